import { thousands } from './words.js';

/** One mistake in a user's configuration, located in a file. */
export interface ConfigProblem {
  file: string;
  /** 1-based; absent when the problem is not tied to a place in the file. */
  line?: number;
  column?: number;
  message: string;
  /**
   * What to write instead, when one line of YAML shows it (`owner: "@alice"`): kept apart
   * from the message so that views show it as code, which a reader can copy as it is.
   */
  fix?: string;
}

/** The problem in words, with its fix after it. */
export function problemText(problem: ConfigProblem): string {
  return problem.fix ? `${problem.message}, e.g. ${problem.fix}` : problem.message;
}

/** `file:line:col`, or the file alone for a problem not tied to a place in it. */
export function problemPlace(problem: ConfigProblem): string {
  return problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
}

export function formatProblem(problem: ConfigProblem): string {
  return `${problemPlace(problem)} ${problemText(problem)}`;
}

/**
 * A mistake the user can fix (bad manifest, unknown gate, missing file).
 * Everything else that is thrown is a bug and is reported as one.
 */
export class ConfigError extends Error {
  /** The problems listed, each with its place. */
  readonly problems: readonly ConfigProblem[];
  /**
   * Problems found but not listed: a manifest with thousands of mistakes lists the first
   * ones and counts the rest, in the file of the last one listed.
   */
  readonly omitted: number;

  constructor(problems: ConfigProblem | readonly ConfigProblem[], counts: { omitted?: number } = {}) {
    const list: readonly ConfigProblem[] = Array.isArray(problems) ? problems : [problems as ConfigProblem];
    const omitted = counts.omitted ?? 0;
    super([...list, ...omissionLine(list, omitted)].map(formatProblem).join('\n'));
    this.name = 'ConfigError';
    this.problems = list;
    this.omitted = omitted;
  }

  /** Every problem found, listed or not. */
  get total(): number {
    return this.problems.length + this.omitted;
  }
}

/**
 * The line that counts the problems left out ("and 2,950 more problems"), for views that
 * list problems one per line; none when nothing was left out.
 */
export function omittedProblems(error: ConfigError): ConfigProblem[] {
  return omissionLine(error.problems, error.omitted);
}

/** The problems as every view lists them: each listed one, then the count of the others. */
export function listedProblems(error: ConfigError): ConfigProblem[] {
  return [...error.problems, ...omittedProblems(error)];
}

function omissionLine(listed: readonly ConfigProblem[], omitted: number): ConfigProblem[] {
  if (omitted <= 0) return [];
  return [{ file: listed.at(-1)?.file ?? '', message: `and ${thousands(omitted)} more problems` }];
}

/** Problems in reading order: by file, then line and column; those without a place last. */
export function sortedProblems(problems: readonly ConfigProblem[]): ConfigProblem[] {
  const place = (problem: ConfigProblem) => [problem.line ?? Infinity, problem.column ?? 0] as const;
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => {
      if (a.problem.file !== b.problem.file) return a.index - b.index;
      const [lineA, columnA] = place(a.problem);
      const [lineB, columnB] = place(b.problem);
      return lineA - lineB || columnA - columnB || a.index - b.index;
    })
    .map(({ problem }) => problem);
}
