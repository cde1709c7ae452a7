import { ConfigError, type ConfigProblem } from '../shared/errors.js';

/** The first problems of a manifest are listed, the rest counted: a report stays readable. */
export const MAX_PROBLEMS = 50;

/** At most `MAX_PROBLEMS` problems, then one line that counts the others (of `total`). */
export function manifestError(problems: readonly ConfigProblem[], file: string, total = problems.length): ConfigError {
  if (total <= MAX_PROBLEMS) return new ConfigError(problems);
  const more = (total - MAX_PROBLEMS).toLocaleString('en-US');
  return new ConfigError([...problems.slice(0, MAX_PROBLEMS), { file, message: `and ${more} more problems` }]);
}

/** How many problems a list stands for, counting those the last entry says were left out. */
export function problemCount(problems: readonly ConfigProblem[]): number {
  const last = problems[problems.length - 1];
  const more = last && last.line === undefined ? /^and ([\d,]+) more problems$/.exec(last.message) : null;
  return more ? problems.length - 1 + Number(more[1]!.replace(/,/g, '')) : problems.length;
}
