import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/verdict/evaluate.js';
import { LinkStates } from '../../src/core/links/links.js';
import { parseManifest } from '../../src/core/manifest/manifest.js';
import { renderTrackingDocument } from '../../src/core/views/render-document.js';

const example = parseManifest(readFileSync('examples/readiness.yml', 'utf8'), 'examples/readiness.yml');
const repository = { owner: 'acme', repo: 'payments-api' };
const offline = (today = '2026-11-23') => evaluate(example, { gate: 'merge', today, links: 'offline', repository });

/** The rows of the table under a heading, split into trimmed cells. */
function tableUnder(document: string, heading: string): string[][] {
  const lines = document.split('\n');
  const start = lines.indexOf(heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('## ')) break;
    if (line.startsWith('|')) rows.push(splitRow(line));
  }
  return rows;
}

/** Cells of a table row; an escaped pipe stays inside its cell. */
function splitRow(line: string): string[] {
  return line
    .replace(/\\\|/g, '\u2758')
    .split('|')
    .slice(1, -1)
    .map((cell) => cell.replace(/\u2758/g, '\\|').trim());
}

describe('the tracking document', () => {
  it('renders the same bytes twice and names no date when the states are not live', () => {
    const first = renderTrackingDocument(offline(), { source: 'examples/readiness.yml' });
    const again = renderTrackingDocument(offline(), { source: 'examples/readiness.yml', date: '2026-12-31' });
    expect(again).toBe(first);
    expect(first).not.toMatch(/\d{4}-\d{2}-\d{2}.*by readiness-gate|on \d{4}-\d{2}-\d{2}/);
    expect(first).toContain('Statuses are as declared; links were not verified.');
  });

  it('names the day only when the link states are live from GitHub', () => {
    const links = LinkStates.of([
      [
        { ...repository, number: 12 },
        { kind: 'issue', state: 'completed', url: 'https://github.com/acme/payments-api/issues/12' },
      ],
    ]);
    const live = evaluate(example, { gate: 'merge', today: '2026-11-23', links, repository });
    const document = renderTrackingDocument(live, { source: 'examples/readiness.yml', date: '2026-11-23' });
    expect(document).toContain('by readiness-gate on 2026-11-23');
    expect(document).toContain('Link states are live from GitHub.');
    expect(document).toContain('[acme/payments-api#12](https://github.com/acme/payments-api/issues/12) (completed)');
  });

  it('states the verdict of the gate', () => {
    const document = renderTrackingDocument(offline(), { source: 'examples/readiness.yml' });
    expect(document).toContain('**❌ Gate `merge` is not ready** — incomplete: P2; 87% complete (7/8 items).');
  });

  it('shows due dates with overdue flags, notes, waivers and requires', () => {
    const document = renderTrackingDocument(offline(), { source: 'examples/readiness.yml' });
    const p2 = tableUnder(document, '## P2 — Resilience');
    expect(p2[0]).toEqual(['ID', 'Task', 'Owner', 'Status', 'Due', 'Links', 'Notes']);
    expect(p2[2]).toEqual([
      'P2.1',
      'Circuit breaker around the card processor',
      '[@bob](https://github.com/bob)',
      '🚧 in progress',
      '2026-02-01 ⏰ overdue',
      '[acme/payments-api#31](https://github.com/acme/payments-api/issues/31)',
      '',
    ]);
    expect(p2[3]![6]).toBe('Waiver: Managed database with tested failover; see ADR-7 (until 2027-06-30)');
    expect(tableUnder(document, '## P1 — Database and performance')[3]![3]).toBe('Migration 0042; measured 40x faster listing.');
    expect(tableUnder(document, '## Dependencies')).toEqual([
      ['Phase', 'Depends on'],
      ['-------', '------------'],
      ['P1', 'P0'],
      ['P2', 'P1'],
    ]);
    // Before the due date nothing is overdue.
    const early = renderTrackingDocument(offline('2026-01-01'), { source: 'examples/readiness.yml' });
    expect(tableUnder(early, '## P2 — Resilience')[2]![4]).toBe('2026-02-01');
  });

  it('leaves out columns that would be empty', () => {
    const document = renderTrackingDocument(offline(), { source: 'examples/readiness.yml' });
    expect(tableUnder(document, '## P1 — Database and performance')[0]).toEqual(['ID', 'Task', 'Status', 'Notes']);
    expect(tableUnder(document, '## P3 — Observability')[0]).toEqual(['ID', 'Task', 'Status', 'Links']);
  });

  it('links #N to its page only when the repository is known', () => {
    const unknownRepository = evaluate(example, { gate: 'merge', today: '2026-11-23', links: 'offline' });
    const document = renderTrackingDocument(unknownRepository, { source: 'examples/readiness.yml' });
    expect(tableUnder(document, '## P0 — Critical security')[2]![4]).toBe('#12');
    expect(document).toContain('[acme/payments-api#15](https://github.com/acme/payments-api/issues/15)');
    expect(document).toContain('[acme/payments-api#21](https://github.com/acme/payments-api/pull/21)');
  });

  it('links to an Enterprise Server when told its URL', () => {
    const document = renderTrackingDocument(offline(), { source: 'examples/readiness.yml', serverUrl: 'https://ghe.example.com' });
    expect(document).toContain('[acme/payments-api#31](https://ghe.example.com/acme/payments-api/issues/31)');
  });
});

describe('hostile text in the tracking document', () => {
  const hostile = parseManifest(
    `version: 1
title: "Plan <script>alert(1)</script> for @everyone"
phases:
  - id: P0
    name: "#<img src=x onerror=alert(1)>|"
    blocking: true
    owner: "@acme/security and @eve"
    tasks:
      - id: P0.1
        title: "#<img src=x onerror=alert(1)>| [x](javascript:alert(1)) ![i](https://evil.example/i.png) @alice"
        owner: "@bob"
        notes: "ping @carol about #12 | <b>now</b>"
        status: todo
        links: ["#7"]
`,
    'readiness.yml',
  );
  const report = evaluate(hostile, { gate: 'merge', today: '2026-11-23', links: 'offline', repository: { owner: 'acme', repo: 'api' } });
  const document = renderTrackingDocument(report, { source: 'readiness.yml' });

  it('writes no HTML, no working image or javascript: link, and no live @mention or #reference', () => {
    expect(document).not.toMatch(/<(img|script|b)\b/);
    expect(document).not.toMatch(/[^\\]\]\(javascript:/);
    expect(document).toContain('\\[x\\](javascript:alert(1))');
    expect(document).not.toMatch(/!\[i\]\(/);
    expect(document).not.toMatch(/(^|[^[\u200b])@(everyone|alice|carol|eve)/m);
    expect(document).not.toMatch(/#(?!\u200b)12/);
  });

  it('keeps every row in its table', () => {
    const overview = tableUnder(document, '## Phase overview');
    expect(overview.every((row) => row.length === overview[0]!.length)).toBe(true);
    const tasks = document.split('\n').filter((line) => line.startsWith('| P0.1 |'));
    expect(tasks).toHaveLength(1);
    expect(splitRow(tasks[0]!)).toHaveLength(
      tableUnder(
        document,
        document.split('\n').find((l) => l.startsWith('## P0 '))!,
      )[0]!.length,
    );
  });

  it('links only to the issue page on GitHub', () => {
    expect(document).toContain('[acme/api#7](https://github.com/acme/api/issues/7)');
    expect([...document.matchAll(/(?<!\\)\]\(([^)]*)\)/g)].map((m) => m[1])).toEqual([
      'https://github.com/bob',
      'https://github.com/acme/api/issues/7',
    ]);
  });
});
