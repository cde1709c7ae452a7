import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_NODE } from '../support/node.js';

/** Runs the bundled CLI the way `npx readiness-gate` does (build first: `npm run build`). */
function cli(...args: string[]) {
  const result = spawnSync(ACTION_NODE, ['dist/cli/index.js', ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scratch = () => mkdtempSync(join(tmpdir(), 'readiness-import-'));

describe('readiness-gate import', () => {
  it('writes the manifest and tells on stderr what it read, each kind of guess with its count', () => {
    const out = join(scratch(), 'readiness.yml');
    const result = cli('import', 'tests/fixtures/import/what-who-when.md', '-o', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      [
        'readiness-gate import: read tests/fixtures/import/what-who-when.md',
        '  phases:  1 phase, 1 blocking',
        '  tasks:   5 tasks: 1 done, 0 in progress, 4 open',
        '  links:   0 links',
        '  owners:  4 owners, on 5 tasks',
        '  dates:   3 dates',
        '  guesses: date left out: 2, blocking assumed: 1',
        '  not tasks: none',
        `readiness-gate import: wrote ${out}; review its comments, then commit it as .github/readiness.yml`,
        '',
      ].join('\n'),
    );
    expect(readFileSync(out, 'utf8')).toContain('# Imported from what-who-when.md by readiness-gate import.');
    const checked = cli('check', out, '--format', 'json');
    expect(checked.code).toBe(1);
    expect(JSON.parse(checked.stdout).completion).toBe(20);
  });

  it('with --explain, accounts on stderr for every list item and table row, source line by source line', () => {
    const result = cli('import', 'tests/fixtures/import/account.md', '--explain');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('version: 1');
    expect(result.stderr).toContain('  not tasks: 11 list items and table rows (');
    expect(result.stderr).toContain('readiness-gate import: the account, source line by source line\n  line 5: Legend\n');
    expect(result.stderr).toContain("  line 36: Design | design\n    not a task: in 'References': reference material\n");
    expect(result.stderr.match(/^ {2}line \d+:/gm)).toHaveLength(16);
  });

  it('keeps links with their repositories, so check names them', () => {
    const out = join(scratch(), 'readiness.yml');
    expect(cli('import', 'tests/fixtures/import/release-checklist.md', '-o', out).code).toBe(0);
    const report = JSON.parse(cli('check', out, '--format', 'json').stdout);
    const refs = report.phases.flatMap((phase: { tasks: { links: { ref: string }[] }[] }) =>
      phase.tasks.flatMap((task) => task.links.map((link) => link.ref)),
    );
    expect(refs).toEqual([
      'https://github.com/nimbus-org/nimbus/issues/1300',
      '#1312',
      'https://github.com/nimbus-org/scheduler/issues/13978',
      'https://github.com/nimbus-org/community/pull/88',
    ]);
  });

  it('exits 2 and writes nothing when the document holds no task, saying what it looked like', () => {
    const dir = scratch();
    const document = join(dir, 'notes.md');
    writeFileSync(document, '# Launch notes\n\nWe met on Monday.\n\n- coffee\n- cake\n');
    const out = join(dir, 'readiness.yml');
    const result = cli('import', document, '-o', out);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'notes.md no task found, so no manifest was written. The document has 1 heading, 1 paragraph, 2 list items without a checkbox or status mark. ' +
        'import reads task lists ("- [ ] …", "- [x] …"), items marked with a status (✅, ❌, 🟡), lists under a label such as "Required:", ' +
        'and tables with a task or item column beside a status, owner or date column.\n',
    );
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 with the line, not a stack trace, on nesting no plan needs', () => {
    const dir = scratch();
    const document = join(dir, 'deep.md');
    writeFileSync(document, `# Plan\n\n${'>'.repeat(10_000)} - [ ] deep\n`);
    const result = cli('import', document);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^deep\.md:3:1 nests block quotes or lists \d+ levels deep; a readiness plan nests a few levels/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('render → import keeps owners, due dates and what a phase waits for', () => {
    const dir = scratch();
    const manifest = join(dir, 'readiness.yml');
    writeFileSync(
      manifest,
      [
        'version: 1',
        'title: Payments go-live',
        'phases:',
        '  - id: P0',
        '    name: Security',
        '    blocking: true',
        '    owner: "@sec-team"',
        '    due: 2026-12-01',
        '    tasks:',
        '      - { id: P0.1, title: Rotate keys, status: done, owner: "@alice", links: ["acme/api#12"] }',
        '      - { id: P0.2, title: Pen test, status: in-progress, owner: Security }',
        '  - id: P1',
        '    name: Launch',
        '    blocking: false',
        '    requires: [P0]',
        '    tasks:',
        '      - { id: P1.1, title: Announce, status: todo }',
        '',
      ].join('\n'),
    );
    const document = join(dir, 'READINESS.md');
    expect(cli('render', manifest, '-o', document).code).toBe(0);
    const again = join(dir, 'again.yml');
    expect(cli('import', document, '-o', again).code).toBe(0);
    const before = JSON.parse(cli('check', manifest, '--format', 'json').stdout);
    const after = JSON.parse(cli('check', again, '--format', 'json').stdout);
    expect(after.incompletePhases).toEqual(before.incompletePhases);
    const text = readFileSync(again, 'utf8');
    expect(text).toMatch(/- id: P0\n {4}name: Security\n {4}blocking: true\n {4}owner: "@sec-team"\n {4}due: 2026-12-01\n/);
    expect(text).toMatch(/- id: P1\n {4}name: Launch\n {4}blocking: false\n {4}requires:\n {6}- P0\n/);
    expect(text).toContain(
      '      - id: P0.1\n        title: Rotate keys\n        status: done\n        owner: "@alice"\n        links:\n          - "https://github.com/acme/api/issues/12"\n',
    );
    expect(text).toContain('      - id: P0.2\n        title: Pen test\n        status: in-progress\n        owner: Security\n');
  });
});
