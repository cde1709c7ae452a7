/** One mistake in a user's configuration, located in a file. */
export interface ConfigProblem {
  file: string;
  /** 1-based; absent when the problem is not tied to a place in the file. */
  line?: number;
  column?: number;
  message: string;
}

export function formatProblem(problem: ConfigProblem): string {
  const place = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
  return `${place} ${problem.message}`;
}

/**
 * A mistake the user can fix (bad manifest, unknown gate, missing file).
 * Everything else that is thrown is a bug and is reported as one.
 */
export class ConfigError extends Error {
  readonly problems: readonly ConfigProblem[];

  constructor(problems: ConfigProblem | readonly ConfigProblem[]) {
    const list = Array.isArray(problems) ? problems : [problems as ConfigProblem];
    super(list.map(formatProblem).join('\n'));
    this.name = 'ConfigError';
    this.problems = list;
  }
}
