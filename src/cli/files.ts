import { readFile, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ConfigError } from '../core/shared/errors.js';
import { thousands } from '../core/shared/words.js';

/** What a `-` argument reads: standard input, by default the process's. */
export type Stdin = AsyncIterable<string | Uint8Array>;

/** The name errors use for standard input. */
export const STDIN_NAME = '<stdin>';

/** The path a file argument names, or standard input for `-`. */
export function displayName(file: string): string {
  return file === '-' ? STDIN_NAME : file;
}

/**
 * Reads a text file, or standard input for `-`. A file that cannot be read is a
 * `ConfigError` of one line ("nope.yml no such file"), never a stack trace. Files larger
 * than `maxBytes` are refused before they are read.
 */
export async function readTextFile(file: string, options: { stdin?: Stdin; maxBytes?: number; what?: string } = {}): Promise<string> {
  if (file === '-') return readStdin(options.stdin ?? process.stdin, options.maxBytes, options.what);
  try {
    if (options.maxBytes !== undefined) {
      const { size, isFile } = await stat(file).then((s) => ({ size: s.size, isFile: s.isFile() }));
      if (isFile && size > options.maxBytes) throw tooLarge(file, size, options.maxBytes, options.what);
    }
    return await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError({ file, message: readProblem(error) });
  }
}

async function readStdin(stdin: Stdin, maxBytes: number | undefined, what: string | undefined): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    size += buffer.length;
    if (maxBytes !== undefined && size > maxBytes) throw tooLarge(STDIN_NAME, size, maxBytes, what, true);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function tooLarge(file: string, size: number, maxBytes: number, what = 'file', atLeast = false): ConfigError {
  return new ConfigError({
    file,
    message: `is ${atLeast ? 'over ' : ''}${thousands(atLeast ? maxBytes : size)} bytes — a ${what} may be at most ${thousands(maxBytes)} bytes (1 MiB, the most GitHub's contents API serves)`,
  });
}

/** Writes a file; a path that cannot be written is a one-line `ConfigError`. */
export async function writeTextFile(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? `cannot be written: the directory '${dirname(path)}' does not exist`
        : code === 'EISDIR'
          ? 'cannot be written: it is a directory'
          : code === 'EACCES' || code === 'EPERM'
            ? 'cannot be written: permission denied'
            : code === 'EROFS'
              ? 'cannot be written: read-only file system'
              : `cannot be written (${code ?? (error instanceof Error ? error.message : String(error))})`;
    throw new ConfigError({ file: path, message });
  }
}

function readProblem(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied';
    case 'ENOTDIR':
      return 'no such file (a part of the path is not a directory)';
    default: {
      const code = (error as NodeJS.ErrnoException).code;
      return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
    }
  }
}
