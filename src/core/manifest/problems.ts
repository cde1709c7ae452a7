import { ConfigError, type ConfigProblem } from '../shared/errors.js';

/** The most characters of a link or pattern a problem quotes: a 10,000-character value is not a readable line. */
export const LONGEST_QUOTED = 200;

/** The first problems of a manifest are listed, the rest counted: a report stays readable. */
export const MAX_PROBLEMS = 50;

/** At most `MAX_PROBLEMS` of the problems, the others (of `total`) counted. */
export function manifestError(problems: readonly ConfigProblem[], total = problems.length): ConfigError {
  const listed = problems.slice(0, MAX_PROBLEMS);
  return new ConfigError(listed, { omitted: total - listed.length });
}

/** Characters that would break a problem's one line or rewrite it in a terminal: written as escapes. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A message that quotes the manifest's values, kept on one line: a value may hold line
 * breaks or control characters (`"a\nb"`), which a report, a log or an annotation would
 * otherwise print as they are — a second line that looks like another problem.
 */
export function printable(message: string): string {
  return message.replace(UNPRINTABLE, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
