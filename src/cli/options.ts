/**
 * Each command's options, once: the parser is built from these tables and `--help` is
 * printed from them, so an option cannot be accepted without being documented, nor the
 * other way round.
 */
import { DEFAULT_GATE } from '../defaults.js';

export interface OptionRow {
  type: 'string' | 'boolean';
  /** One letter: `-g` for `--gate`. */
  short?: string;
  /** The value's name in help: `--gate NAME`. */
  value?: string;
  /** How the one-line usage of every command shows it (`--format text|json|markdown`); absent: not shown there. */
  usage?: string;
  /** What it does, one string per help line. */
  help: readonly string[];
}

export type OptionTable = Readonly<Record<string, OptionRow>>;

const HELP = { type: 'boolean', short: 'h', help: ['show this help'] } as const satisfies OptionRow;

const GATE = { type: 'string', short: 'g', value: 'NAME', usage: '--gate NAME' } as const;
const REPO = { type: 'string', value: 'OWNER/NAME', usage: '--repo owner/name' } as const;
const SERVER_URL = {
  type: 'string',
  value: 'URL',
  usage: '--server-url URL',
  help: ['the GitHub that links point to (default: GITHUB_SERVER_URL,', 'else https://github.com); a link to another host is an error'],
} as const satisfies OptionRow;

/** What `check --format` prints. */
export const CHECK_FORMATS = ['text', 'json', 'markdown'] as const;

export const CHECK_OPTIONS = {
  gate: { ...GATE, help: [`the gate to evaluate (default: ${DEFAULT_GATE})`] },
  format: {
    type: 'string',
    short: 'f',
    value: 'FORMAT',
    usage: `--format ${CHECK_FORMATS.join('|')}`,
    help: ['text (default), json (the full report) or markdown'],
  },
  repo: { ...REPO, help: ['the repository #N links refer to'] },
  'server-url': SERVER_URL,
  verbose: { type: 'boolean', short: 'v', usage: '--verbose', help: ['list every item of every phase, not only what needs attention'] },
  at: {
    type: 'string',
    value: 'TIME',
    usage: '--at TIME',
    help: [
      'judge freeze windows, waivers and due dates at TIME:',
      "2026-12-24T10:00 in each window's zone, or with Z",
      'or an offset that instant (default: now)',
    ],
  },
  help: HELP,
} as const satisfies OptionTable;

export const IMPORT_OPTIONS = {
  output: { type: 'string', short: 'o', value: 'FILE', usage: '-o readiness.yml', help: ['write the manifest to FILE instead of standard output'] },
  explain: {
    type: 'boolean',
    usage: '--explain',
    help: ['print to stderr, source line by source line, the', 'task each list item and table row became, or why', 'it is not one'],
  },
  help: HELP,
} as const satisfies OptionTable;

export const RENDER_OPTIONS = {
  output: { type: 'string', short: 'o', value: 'FILE', usage: '-o READINESS.md', help: ['write to FILE instead of standard output'] },
  gate: { ...GATE, help: [`the gate whose verdict the document states (default: ${DEFAULT_GATE})`] },
  repo: { ...REPO, help: ['the repository #N links refer to (default: the git remote)'] },
  'server-url': SERVER_URL,
  check: {
    type: 'boolean',
    usage: '--check',
    help: ['compare with FILE (default READINESS.md) instead of', 'writing it: exit 1 when it differs from what the', 'manifest renders'],
  },
  help: HELP,
} as const satisfies OptionTable;

export const SCHEMA_OPTIONS = { help: HELP } as const satisfies OptionTable;

export const DOCTOR_OPTIONS = {
  repo: { ...REPO, help: ['the repository to check (default: the git remote)'] },
  branch: { type: 'string', value: 'NAME', usage: '--branch NAME', help: ['the branch whose rules count (default: the default branch)'] },
  gate: { ...GATE, help: ['only the workflows that run this gate (default: every one)'] },
  'server-url': SERVER_URL,
  help: HELP,
} as const satisfies OptionTable;

/** The options of every command that takes any. */
export const COMMAND_OPTIONS = {
  check: CHECK_OPTIONS,
  import: IMPORT_OPTIONS,
  render: RENDER_OPTIONS,
  doctor: DOCTOR_OPTIONS,
  schema: SCHEMA_OPTIONS,
} as const;

/** What node:util's parseArgs needs of a table. */
export type ParserOptions<T extends OptionTable> = { [K in keyof T]: { type: T[K]['type']; short?: string } };

export function parserOptions<T extends OptionTable>(table: T): ParserOptions<T> {
  const entries = Object.entries(table).map(([name, row]) => [name, { type: row.type, ...(row.short ? { short: row.short } : {}) }]);
  return Object.fromEntries(entries) as ParserOptions<T>;
}

/** Where the descriptions start in `--help`, counted from the left column's start. */
const DESCRIPTION_COLUMN = 22;

/** The `Options:` lines of a command's help: "  -g, --gate NAME       the gate to evaluate". */
export function optionLines(table: OptionTable): string {
  const indent = ' '.repeat(2 + DESCRIPTION_COLUMN);
  const lines = Object.entries(table).flatMap(([name, row]) => {
    const flag = `${row.short ? `-${row.short}, ` : '    '}--${name}${row.value ? ` ${row.value}` : ''}`;
    const [first = '', ...rest] = row.help;
    const left = flag.length < DESCRIPTION_COLUMN ? flag.padEnd(DESCRIPTION_COLUMN) : `${flag} `;
    return [`  ${left}${first}`, ...rest.map((line) => `${indent}${line}`)];
  });
  return lines.join('\n');
}

/** A command's options as its one-line usage shows them: "[--gate NAME] [--verbose]". */
export function usageOptions(table: OptionTable): string {
  return Object.values(table)
    .flatMap((row) => (row.usage ? [`[${row.usage}]`] : []))
    .join(' ');
}
