import { ConfigError, type ConfigProblem } from '../shared/errors.js';

/** The first problems of a manifest are listed, the rest counted: a report stays readable. */
export const MAX_PROBLEMS = 50;

/** At most `MAX_PROBLEMS` of the problems, the others (of `total`) counted. */
export function manifestError(problems: readonly ConfigProblem[], total = problems.length): ConfigError {
  const listed = problems.slice(0, MAX_PROBLEMS);
  return new ConfigError(listed, { omitted: total - listed.length });
}
