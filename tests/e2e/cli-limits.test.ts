import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_NODE } from '../support/node.js';

function cli(...args: string[]) {
  const result = spawnSync(ACTION_NODE, ['dist/cli/index.js', ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function manifestFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'readiness-limits-')), name);
  writeFileSync(file, text);
  return file;
}

/** Nine lines, under 400 bytes, that expand to 387,420,489 strings. */
const ALIAS_BOMB = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  .concat(['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`))
  .join('\n');

describe('readiness-gate check on hostile manifests', () => {
  it('refuses a YAML alias bomb with one line at the alias, exit 2, no stack trace', () => {
    expect(ALIAS_BOMB.length).toBeLessThan(400);
    const file = manifestFile('bomb.yml', ALIAS_BOMB);
    const { code, stdout, stderr } = cli('check', file);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `${file}:6:8 YAML aliases expand the manifest by more than 100,000 values here (an alias bomb?) — write the values out instead\n`,
    );
  });

  it('lists 50 of the problems of 3,000 phases requiring unknown ids, then counts the rest', () => {
    const phases = Array.from({ length: 3000 }, (_, i) => `  - { id: P${i}, name: Phase ${i}, blocking: true, requires: [Q${i}] }`);
    const file = manifestFile('many.yml', `version: 1\nphases:\n${phases.join('\n')}\n`);
    const { code, stderr } = cli('check', file);
    expect(code).toBe(2);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(51);
    expect(lines[0]).toMatch(
      new RegExp(`^${file}:3:\\d+ requires unknown phase 'Q0' \\(did you mean 'P0'\\?\\) — phases are P0, .* and 2,990 more$`),
    );
    expect(lines[50]).toBe(`${file} and 2,950 more problems`);
  });

  it('refuses 100,000 tasks (7 MB, over the 1 MiB a manifest may have) with one line', () => {
    const tasks = Array.from({ length: 100_000 }, (_, t) => `      - { id: T${t}, title: "Task ${t}", status: todo, links: ["#${t + 1}"] }`);
    const file = manifestFile('huge.yml', `version: 1\nphases:\n  - id: P0\n    name: All\n    blocking: true\n    tasks:\n${tasks.join('\n')}\n`);
    const { code, stdout, stderr } = cli('check', file);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^${file} is [\\d,]+ bytes — a manifest may be at most .*1 MiB.*\n$`));
  });

  it('refuses two 30,000-character ids with a short line for each', () => {
    const [a, b] = ['A', 'B'].map((letter) => letter.repeat(30_000));
    const file = manifestFile(
      'long.yml',
      `version: 1\nphases:\n  - id: ${a}\n    name: A\n    requires: [${'C'.repeat(30_000)}]\n  - id: ${b}\n    name: B\n`,
    );
    const { code, stderr } = cli('check', file);
    expect(code).toBe(2);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line.length).toBeLessThan(file.length + 150);
    expect(lines[0]).toMatch(/:3:9 'id' in phase 'A+…' is 30,000 characters long — at most 100$/);
  });
});
