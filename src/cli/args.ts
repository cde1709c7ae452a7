import { parseArgs } from 'node:util';
import { closest } from '../core/shared/words.js';
import { parserOptions, type OptionTable } from './options.js';

/** A mistake on the command line: one line naming it, then where to get help; exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose `--help` to point at. */
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * Parses a command's arguments by its table of options (the one `--help` prints). Unknown
 * options are named with the nearest known one ("did you mean '--gate'?"); a lone `-` is
 * a positional (standard input).
 */
export function parseCommandArgs<T extends OptionTable>(command: string, args: readonly string[], table: T, maxPositionals: number) {
  rejectUnknownOptions(command, args, table);
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: parserOptions(table), allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(plainParseError(error), command);
  }
  if (parsed.positionals.length > maxPositionals) {
    throw new UsageError(`unexpected argument '${parsed.positionals[maxPositionals]}'`, command);
  }
  return parsed;
}

function rejectUnknownOptions(command: string, args: readonly string[], options: OptionTable): void {
  const longs = Object.keys(options);
  const shorts = Object.values(options).flatMap((option) => (option.short ? [option.short] : []));
  for (const arg of args) {
    if (arg === '--') return;
    if (arg === '-' || !arg.startsWith('-')) continue;
    if (arg.startsWith('--')) {
      const name = arg.slice(2).split('=')[0]!;
      if (longs.includes(name)) continue;
      const guess = closest(name, longs);
      throw new UsageError(`Unknown option '--${name}' for ${command}${guess ? ` (did you mean '--${guess}'?)` : ''}`, command);
    }
    // A cluster of short flags: -vg NAME; the first letter decides.
    const letter = arg[1]!;
    if (!shorts.includes(letter)) throw new UsageError(`Unknown option '-${letter}' for ${command}`, command);
  }
}

/** Node's parseArgs messages, shortened to what the user typed and what is missing. */
function plainParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = /'(-\w), (--[\w-]+)/.exec(message) ?? /'(--[\w-]+)/.exec(message);
    const name = option ? (option[2] ?? option[1]) : 'an option';
    return message.includes('argument missing') ? `option '${name}' needs a value` : `option '${name}' takes no value`;
  }
  return message.split('.')[0] ?? message;
}

/** The command nearest to a mistyped one. */
export function suggestCommand(word: string, commands: readonly string[]): string {
  const guess = closest(word, commands);
  return guess ? ` (did you mean '${guess}'?)` : '';
}
