import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, chmodSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wantsColour } from '../../src/cli/terminal.js';
import { ACTION_NODE } from '../support/node.js';

/** Runs the bundled CLI the way `npx readiness-gate` does, from a directory outside any git checkout. */
function cli(args: string[], options: { input?: string; env?: Record<string, string>; cwd?: string } = {}) {
  const result = spawnSync(ACTION_NODE, [join(process.cwd(), 'dist/cli/index.js'), ...args], {
    encoding: 'utf8',
    cwd: options.cwd ?? process.cwd(),
    env: { PATH: process.env.PATH ?? '', ...options.env },
    ...(options.input !== undefined ? { input: options.input } : {}),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const EXAMPLE = join(process.cwd(), 'examples/readiness.yml');
const noStack = /\n\s+at /;
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'readiness-manners-'));
}

describe('help and version', () => {
  it('answers --help for every command, and help <command> alike', () => {
    for (const command of ['check', 'import', 'render', 'schema']) {
      const help = cli([command, '--help']);
      expect(help, command).toMatchObject({ code: 0, stderr: '' });
      expect(help.stdout).toMatch(new RegExp(`^Usage: readiness-gate ${command}`));
      expect(cli(['help', command]).stdout).toBe(help.stdout);
      expect(cli([command, '-h']).stdout).toBe(help.stdout);
    }
    expect(cli(['render', '--help']).stdout).toContain('--check');
    expect(cli(['render', '--help']).stdout).toContain('--gate NAME');
    expect(cli(['check', '--help']).stdout).toContain('--verbose');
    const overview = cli(['--help']);
    expect(overview.code).toBe(0);
    for (const command of ['check', 'import', 'render', 'schema']) expect(overview.stdout).toContain(`readiness-gate ${command}`);
  });

  it('prints the usage on standard error, with exit code 2, when no command is given', () => {
    const run = cli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(cli(['help']).stdout);
  });

  it('prints the version of the package', () => {
    expect(cli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('mistakes on the command line', () => {
  it('suggests the command that was meant', () => {
    const run = cli(['chekc', 'examples/readiness.yml']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe("readiness-gate: unknown command 'chekc' (did you mean 'check'?)\nSee 'readiness-gate --help'.\n");
    expect(cli(['--verison']).stderr).toContain("Unknown option '--verison' (did you mean '--version'?)");
  });

  it('suggests the option that was meant, and names the command', () => {
    const run = cli(['check', EXAMPLE, '--formt', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("readiness-gate: Unknown option '--formt' for check (did you mean '--format'?)\nSee 'readiness-gate check --help'.\n");
    expect(cli(['render', EXAMPLE, '--chek']).stderr).toContain("(did you mean '--check'?)");
    const missing = cli(['render', EXAMPLE, '-o']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("option '--output' needs a value");
    expect(missing.stderr).not.toMatch(/To specify a positional argument|"/);
  });
});

describe('files', () => {
  it('reads the manifest from standard input with -', () => {
    const run = cli(['check', '-', '--format', 'json'], { input: readFileSync(EXAMPLE, 'utf8') });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ ready: false, incompletePhases: ['P2'] });
    const invalid = cli(['check', '-'], { input: 'version: 1\nphases: []\n' });
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/^<stdin>:2:\d+ /);
    const rendered = cli(['render', '-'], { input: readFileSync(EXAMPLE, 'utf8') });
    expect(rendered.code).toBe(0);
    expect(rendered.stdout).toContain('_Rendered from `<stdin>` by readiness-gate;');
  });

  it('reports every file problem in one line with exit code 2', () => {
    const dir = tempDir();
    const unreadable = join(dir, 'secret.yml');
    writeFileSync(unreadable, 'version: 1\n');
    chmodSync(unreadable, 0o000);
    const runs = {
      missing: cli(['check', join(dir, 'nope.yml')]),
      directory: cli(['check', dir]),
      writeToMissingDirectory: cli(['render', EXAMPLE, '-o', join(dir, 'no', 'such', 'READINESS.md')]),
      writeToDirectory: cli(['render', EXAMPLE, '-o', dir]),
      checkMissingDocument: cli(['render', EXAMPLE, '--check', '-o', join(dir, 'READINESS.md')]),
    };
    expect(runs.missing.stderr).toBe(`${join(dir, 'nope.yml')} no such file\n`);
    expect(runs.directory.stderr).toBe(`${dir} is a directory, not a file\n`);
    expect(runs.writeToMissingDirectory.stderr).toBe(
      `${join(dir, 'no', 'such', 'READINESS.md')} cannot be written: the directory '${join(dir, 'no', 'such')}' does not exist\n`,
    );
    expect(runs.writeToDirectory.stderr).toBe(`${dir} cannot be written: it is a directory\n`);
    expect(runs.checkMissingDocument.stderr).toBe(`${join(dir, 'READINESS.md')} no such file\n`);
    for (const [name, run] of Object.entries(runs)) {
      expect(run.code, name).toBe(2);
      expect(run.stderr.split('\n'), name).toHaveLength(2);
      expect(run.stderr, name).not.toMatch(noStack);
    }
    // Root reads anything; elsewhere an unreadable file is one line too.
    if (process.getuid?.() !== 0) {
      expect(cli(['check', unreadable])).toMatchObject({ code: 2, stderr: `${unreadable} cannot be read: permission denied\n` });
    }
  });

  it('refuses a manifest over 1 MiB in one line, before reading it', () => {
    const dir = tempDir();
    const big = join(dir, 'big.yml');
    writeFileSync(big, `version: 1\n# ${'x'.repeat(1024 * 1024)}\n`);
    const run = cli(['check', big]);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(run.stderr).toMatch(/big\.yml is 1,048,5\d\d bytes — a manifest may be at most 1,048,576 bytes/);
  });
});

describe('manifest errors', () => {
  it('come in one list, sorted by line', () => {
    const dir = tempDir();
    const file = join(dir, 'readiness.yml');
    writeFileSync(
      file,
      `version: 1
phases:
  - id: P0
    name: Security
    blocking: true
    tasks:
      - { id: P0.1, title: a, status: dne }
      - { id: P0.2, title: b, statsu: done }
  - id: P1
    name: Later
    colour: red
    tasks:
      - { id: P1.1, title: c, status: todo, due: 2026-13-01 }
`,
    );
    const run = cli(['check', file]);
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(4);
    const numbers = lines.map((line) => Number(/^[^:]+:(\d+):/.exec(line)?.[1]));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(numbers).toEqual(expect.arrayContaining([7, 8, 11, 13]));
  });
});

describe('check', () => {
  it('has no colour when its output is not a terminal, or when NO_COLOR is set', () => {
    expect(cli(['check', EXAMPLE]).stdout).not.toContain('\u001b[');
    expect(cli(['check', EXAMPLE], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(cli(['check', EXAMPLE], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[31m❌ not ready\u001b[39m');
    expect(wantsColour({ isTTY: true }, {})).toBe(true);
    expect(wantsColour({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColour({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
    expect(wantsColour({ isTTY: false }, {})).toBe(false);
  });

  it('focuses on the gate: phases outside it take one line each, --verbose lists every item', () => {
    const dir = tempDir();
    const file = join(dir, 'readiness.yml');
    const later = Array.from({ length: 40 }, (_, i) => `      - { id: L.${i}, title: Later task ${i}, status: todo }`).join('\n');
    writeFileSync(
      file,
      `version: 1
phases:
  - id: P0
    name: Security
    blocking: true
    tasks:
      - { id: P0.1, title: Rotate keys, status: todo }
  - id: L
    name: Later
    tasks:
${later}
`,
    );
    const focused = cli(['check', file]);
    expect(focused.code).toBe(1);
    expect(focused.stdout).toContain('⬜ todo · P0.1 Rotate keys');
    expect(focused.stdout).toContain('  ➖ not in gate L Later  0/40  [40 items to look at]');
    expect(focused.stdout).not.toContain('Later task');
    expect(focused.stdout.split('\n').length).toBeLessThan(18);
    const verbose = cli(['check', file, '--verbose']);
    expect(verbose.stdout.match(/Later task \d+/g)).toHaveLength(40);
  });

  it('strips terminal escapes that a manifest smuggles into titles', () => {
    const dir = tempDir();
    const file = join(dir, 'readiness.yml');
    writeFileSync(
      file,
      `version: 1
title: "\\e]0;pwned\\aPlan"
phases:
  - id: P0
    name: Security
    blocking: true
    tasks:
      - { id: P0.1, title: "Rotate keys \\e[1A\\e[2K  ✓ P0 Security 1/1", status: todo }
`,
    );
    const run = cli(['check', file]);
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).not.toContain('\u0007');
    expect(run.stdout).toContain("❌ not ready Plan — gate 'merge' — 1 phase incomplete");
    expect(run.stdout).toContain('⬜ todo · P0.1 Rotate keys   ✓ P0 Security 1/1\n');

    writeFileSync(
      file,
      'version: 1\nphases:\n  - { id: P0, name: S, blocking: true, tasks: [{ id: T, title: t, status: "x\\e[2Ky\\e]0;pwned\\a" }] }\n',
    );
    const invalid = cli(['check', file]);
    expect(invalid.code).toBe(2);
    // The problem names the invisible characters (escaped), so the user can see what to remove.
    expect(invalid.stderr).toContain("unknown status 'x\\u001b[2Ky\\u001b]0;pwned\\u0007'");
    expect(invalid.stderr).not.toContain('\u001b');
    expect(invalid.stderr).not.toContain('\u0007');
  });
});

describe('render', () => {
  it('writes the same bytes twice, names no date offline, and says what it wrote', () => {
    const dir = tempDir();
    const first = cli(['render', EXAMPLE, '-o', join(dir, 'a.md')]);
    expect(cli(['render', EXAMPLE, '-o', join(dir, 'b.md')]).code).toBe(0);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toBe(`readiness-gate: wrote ${join(dir, 'a.md')}: 4 phases, 10 items; gate 'merge' not ready (P2)\n`);
    const text = readFileSync(join(dir, 'a.md'), 'utf8');
    expect(readFileSync(join(dir, 'b.md'), 'utf8')).toBe(text);
    expect(text).not.toMatch(/ on \d{4}-\d{2}-\d{2}/);
    expect(cli(['render', EXAMPLE]).stdout).toBe(text);
  });

  it('--check exits 0 while the document is current and 1 once the manifest changes', () => {
    const dir = tempDir();
    mkdirSync(join(dir, '.github'));
    const manifest = join(dir, '.github', 'readiness.yml');
    writeFileSync(manifest, readFileSync(EXAMPLE, 'utf8'));
    expect(cli(['render', '-o', 'READINESS.md'], { cwd: dir }).code).toBe(0);

    const current = cli(['render', '--check'], { cwd: dir });
    expect(current).toMatchObject({ code: 0, stdout: '', stderr: 'readiness-gate: READINESS.md is up to date\n' });

    writeFileSync(manifest, readFileSync(EXAMPLE, 'utf8').replace('title: Circuit breaker around the card processor', 'title: Circuit breaker'));
    const stale = cli(['render', '--check', '-o', 'READINESS.md'], { cwd: dir });
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(
      /^readiness-gate: READINESS\.md is out of date \(first difference at line \d+\); run 'readiness-gate render \.github\/readiness\.yml -o READINESS\.md' and commit it\n$/,
    );
    expect(readFileSync(join(dir, 'READINESS.md'), 'utf8')).toContain('Circuit breaker around the card processor');
  });
});
