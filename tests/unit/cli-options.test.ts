import { describe, expect, it } from 'vitest';
import { parseCommandArgs, UsageError } from '../../src/cli/args.js';
import { COMMAND_HELP, USAGE } from '../../src/cli/help.js';
import { COMMAND_OPTIONS, parserOptions } from '../../src/cli/options.js';

type Command = keyof typeof COMMAND_OPTIONS;
const COMMANDS = Object.keys(COMMAND_OPTIONS) as Command[];

/** The flags a command's `--help` lists under "Options:", as `--name` and `-x`. */
function flagsInHelp(command: Command): string[] {
  const section = COMMAND_HELP[command].split('\nOptions:\n')[1]!.split('\n\n')[0]!;
  return section
    .split('\n')
    .filter((line) => /^ {2}(-\w, |\s{4})--/.test(line))
    .flatMap((line) => line.trim().split(/\s+/).slice(0, 2))
    .flatMap((word) => (/^--?[\w-]+,?$/.test(word) ? [word.replace(/,$/, '')] : []));
}

/** The flags parseArgs accepts for a command, as `--name` and `-x`. */
function flagsParsed(command: Command): string[] {
  return Object.entries(parserOptions(COMMAND_OPTIONS[command])).flatMap(([name, option]) => [
    ...(option.short ? [`-${option.short}`] : []),
    `--${name}`,
  ]);
}

/** An argument list that passes the option, with a value when it takes one. */
function passing(command: Command, flag: string): string[] {
  const table = COMMAND_OPTIONS[command] as Record<string, { type: string; short?: string }>;
  const row = Object.entries(table).find(([name, option]) => flag === `--${name}` || flag === `-${option.short}`)![1];
  return row.type === 'string' ? [flag, 'value'] : [flag];
}

describe('the options of each command', () => {
  it.each(COMMANDS)('%s: --help lists exactly the options the parser accepts', (command) => {
    expect(flagsInHelp(command).sort()).toEqual(flagsParsed(command).sort());
  });

  it.each(COMMANDS)('%s: the parser accepts every option --help lists', (command) => {
    for (const flag of flagsInHelp(command)) {
      expect(() => parseCommandArgs(command, passing(command, flag), COMMAND_OPTIONS[command], 1), flag).not.toThrow();
    }
  });

  it('the usage of every command names only options the command accepts', () => {
    for (const command of ['check', 'import', 'render'] as const) {
      const line = USAGE.split('\n').find((text) => text.startsWith(`  readiness-gate ${command} `))!;
      const named = [...line.matchAll(/\[(--?[\w-]+)/g)].map((match) => match[1]!);
      expect(named.length, command).toBeGreaterThan(0);
      for (const flag of named) expect(flagsParsed(command), `${command} ${flag}`).toContain(flag);
    }
  });

  it('lists --server-url where check and render accept it', () => {
    expect(COMMAND_HELP.check).toMatch(/^ {6}--server-url URL {2}the GitHub/m);
    expect(COMMAND_HELP.render).toMatch(/^ {6}--server-url URL {2}the GitHub/m);
  });

  it('refuses an option no table has, naming the nearest', () => {
    expect(() => parseCommandArgs('check', ['--server-ur'], COMMAND_OPTIONS.check, 1)).toThrow(
      new UsageError("Unknown option '--server-ur' for check (did you mean '--server-url'?)", 'check'),
    );
  });
});
