import { ConfigError, formatProblem, omittedProblems, sortedProblems } from '../core/shared/errors.js';
import { terminalLine } from '../core/views/markdown.js';
import { VERSION } from '../version.js';
import { suggestCommand, UsageError } from './args.js';
import { COMMAND_HELP, COMMANDS, USAGE, type CommandName } from './help.js';
import { EXIT_INVALID, EXIT_READY, type CliIo } from './io.js';

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === '--version' || command === '-V') {
      io.stdout.write(`${VERSION}\n`);
      return EXIT_READY;
    }
    if (command === undefined) {
      io.stderr.write(USAGE);
      return EXIT_INVALID;
    }
    if (command === 'help' || command === '--help' || command === '-h') return help(rest, io);
    if (!isCommand(command)) {
      if (command.startsWith('-')) throw new UsageError(`Unknown option '${command}'${suggestCommand(command, ['--help', '--version'])}`);
      throw new UsageError(`unknown command '${command}'${suggestCommand(command, COMMANDS)}`);
    }
    if (wantsHelp(rest)) {
      io.stdout.write(COMMAND_HELP[command]);
      return EXIT_READY;
    }
    return await run(command, rest, io);
  } catch (error) {
    return reportError(error, io);
  }
}

/**
 * Each command loads its own code when it runs: `import` never pays for the HTTP client,
 * nor `check` for the Markdown parser.
 */
async function run(command: Exclude<CommandName, 'help'>, args: readonly string[], io: CliIo): Promise<number> {
  switch (command) {
    case 'check':
      return (await import('./check-command.js')).checkCommand(args, io);
    case 'import':
      return (await import('./import-command.js')).importCommand(args, io);
    case 'render':
      return (await import('./render-command.js')).renderCommand(args, io);
    case 'doctor':
      return (await import('./doctor.js')).doctorCommand(args, io);
    case 'schema':
      return (await import('./schema-command.js')).schemaCommand(args, io);
  }
}

function isCommand(word: string): word is Exclude<CommandName, 'help'> {
  return word !== 'help' && (COMMANDS as readonly string[]).includes(word);
}

/** `--help` or `-h` anywhere before a `--`. */
function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

function help(args: readonly string[], io: CliIo): number {
  const [topic, extra] = args;
  if (extra !== undefined) throw new UsageError(`unexpected argument '${extra}'`, 'help');
  if (topic === undefined || topic === '--help' || topic === '-h') {
    io.stdout.write(USAGE);
    return EXIT_READY;
  }
  if (!(COMMANDS as readonly string[]).includes(topic)) {
    throw new UsageError(`unknown command '${topic}'${suggestCommand(topic, COMMANDS)}`);
  }
  io.stdout.write(COMMAND_HELP[topic as CommandName]);
  return EXIT_READY;
}

/** Every user mistake is one line per problem (sorted by line) and exit code 2; bugs are thrown. */
function reportError(error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    const helpCommand = error.command ? `readiness-gate ${error.command} --help` : 'readiness-gate --help';
    io.stderr.write(`readiness-gate: ${terminalLine(error.message)}\nSee '${helpCommand}'.\n`);
    return EXIT_INVALID;
  }
  if (error instanceof ConfigError) {
    // Problems quote the manifest, whose text must not reach the terminal as escape sequences.
    io.stderr.write(
      [...sortedProblems(error.problems), ...omittedProblems(error)].map((problem) => terminalLine(formatProblem(problem))).join('\n') + '\n',
    );
    return EXIT_INVALID;
  }
  if (isApiError(error)) {
    io.stderr.write(`readiness-gate: GitHub API request failed (${error.status}): ${terminalLine(error.message.split('\n')[0] ?? '')}\n`);
    return EXIT_INVALID;
  }
  throw error;
}

/** An HTTP error from the GitHub API (bad token, no access, outage), not a bug. */
function isApiError(error: unknown): error is Error & { status: number } {
  return error instanceof Error && typeof (error as { status?: unknown }).status === 'number';
}
