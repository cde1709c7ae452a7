import type { Stdin } from './files.js';

/** The streams and environment a command runs with: the process's, or a test's. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  env: NodeJS.ProcessEnv;
  /** What `-` reads; the process's standard input when absent. */
  stdin?: Stdin;
}

export const EXIT_READY = 0;
export const EXIT_NOT_READY = 1;
export const EXIT_INVALID = 2;
