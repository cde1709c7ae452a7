import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/verdict/evaluate.js';
import { LinkStates, type LinkStatus } from '../../src/core/links/links.js';
import { parseManifest } from '../../src/core/manifest/manifest.js';
import { issueUrl, stripControls } from '../../src/core/views/markdown.js';
import { COMMENT_LIMIT, measureBytes, measureCharacters, renderMarkdownReport, SUMMARY_LIMIT_BYTES } from '../../src/core/views/render-report.js';
import { renderTextReport } from '../../src/core/views/render-text.js';
import type { LinkReport } from '../../src/core/verdict/report.js';

const repository = { owner: 'acme', repo: 'api' };
const comment = { max: COMMENT_LIMIT - 4096, measure: measureCharacters };
const summary = { max: SUMMARY_LIMIT_BYTES - 4096, measure: measureBytes };

const PLAN = `version: 1
title: API readiness
phases:
  - id: P0
    name: Security
    blocking: true
    tasks:
      - { id: P0.1, title: Remove default secrets, status: done, links: ["#12"], notes: "Rotated in the vault on deploy" }
      - { id: P0.2, title: Rate-limit login, links: ["#7"] }
  - id: P1
    name: Observability
    tasks:
      - { id: P1.1, title: Dashboards, status: todo }
`;

function withLinks(states: Record<number, LinkStatus>, pullRequest?: number) {
  const links = LinkStates.of(Object.entries(states).map(([n, status]) => [{ ...repository, number: Number(n) }, status] as const));
  return evaluate(parseManifest(PLAN, 'readiness.yml'), {
    gate: 'merge',
    today: '2026-11-23',
    links,
    repository,
    ...(pullRequest ? { pullRequest: { number: pullRequest, touchedPhases: new Set<string>() } } : {}),
  });
}

describe('links in the comment and the summary', () => {
  it('are real links to the issue page, with the issue title escaped and shortened', () => {
    const hostileTitle = '@alice | [x](javascript:alert(1)) #<img src=x> ' + 'y'.repeat(200);
    const report = withLinks({
      12: { kind: 'issue', state: 'open', title: hostileTitle, url: 'https://github.com/acme/api/issues/12' },
      7: { kind: 'pull', state: 'merged', title: 'Limit logins', url: 'javascript:alert(1)//github.com/acme/api/pull/7' },
    });
    const markdown = renderMarkdownReport(report, { detail: 'all' }, comment);
    // The last row naming it: the summary's fold of its phase, after the blockers table.
    const row = markdown
      .split('\n')
      .filter((line) => line.startsWith('| ⚠️ drift | `P0.1` Remove'))
      .at(-1)!;
    // A short reference into the report's own repository, carrying the title, cut short and escaped.
    expect(row).toContain('🟡 [#12 @\u200balice \\| \\[x\\](javascript:alert(1))…](https://github.com/acme/api/issues/12)');
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(9); // 7 cells with the Notes column
    // GitHub's own URL is used only when it is an https page of that very issue.
    expect(markdown).toContain('🟣 [#7 Limit logins](https://github.com/acme/api/pull/7)');
    expect(markdown).not.toMatch(/(?<!\\)\]\((?!https:\/\/github\.com\/acme\/api\/(issues|pull)\/\d+\))/);
  });

  it('show the manifest notes as notes, and a "why" only where the state does not say it all', () => {
    const report = withLinks({ 12: { kind: 'issue', state: 'completed' }, 7: { kind: 'pull', state: 'open' } });
    const markdown = renderMarkdownReport(report, { detail: 'all' }, comment);
    expect(markdown).toContain('| State | Item | Owner | Due | Why | Links | Notes |');
    const row = markdown.split('\n').find((line) => line.startsWith('| ✅ done | `P0.1`'))!;
    expect(row.endsWith('|  | 🟢 [#12](https://github.com/acme/api/issues/12) | Rotated in the vault on deploy |')).toBe(true);
    const open = markdown.split('\n').find((line) => line.startsWith('| ⬜ todo | `P0.2`'))!;
    expect(open).toContain('| #\u200b7 is open: review and merge it |');
  });

  it('say in words that this pull request completes a task', () => {
    const report = withLinks(
      { 12: { kind: 'issue', state: 'completed' }, 7: { kind: 'pull', state: 'open', url: 'https://github.com/acme/api/pull/7' } },
      7,
    );
    const markdown = renderMarkdownReport(report, { detail: 'all' }, comment);
    expect(markdown).toContain('✨ this PR completes P0.2');
    expect(markdown).toContain('| this PR completes it | 🟣 [#7](https://github.com/acme/api/pull/7) |');
    expect(renderTextReport(report)).toContain('✨ this PR completes P0.2');
  });
});

describe('issueUrl', () => {
  const link = (fields: Partial<LinkReport>): LinkReport => ({
    ref: '#5',
    key: 'acme/api#5',
    name: 'acme/api#5',
    kind: 'issue',
    state: 'open',
    satisfied: false,
    ...fields,
  });

  it('builds https GitHub pages and never passes a reported URL that is not one', () => {
    expect(issueUrl(link({}))).toBe('https://github.com/acme/api/issues/5');
    expect(issueUrl(link({ kind: 'pull' }))).toBe('https://github.com/acme/api/pull/5');
    expect(issueUrl(link({ url: 'https://ghe.example.com/acme/api/issues/5' }))).toBe('https://ghe.example.com/acme/api/issues/5');
    for (const url of [
      'javascript:alert(1)',
      'http://github.com/acme/api/issues/5',
      'https://github.com/acme/api/issues/6',
      'https://github.com/evil/api/issues/5',
      'https://user:pw@github.com/acme/api/issues/5',
      'https://github.com/acme/api/issues/5?x=)',
    ]) {
      expect(issueUrl(link({ url }))).toBe('https://github.com/acme/api/issues/5');
    }
    expect(issueUrl(link({}), 'javascript:alert(1)')).toBe('https://github.com/acme/api/issues/5');
    expect(issueUrl(link({ name: '#5' }))).toBeUndefined();
  });

  it('takes the reported URL as it is when it is the page it would build, whatever the case and the kind', () => {
    expect(issueUrl(link({ url: 'https://github.com/acme/api/issues/5' }))).toBe('https://github.com/acme/api/issues/5');
    expect(issueUrl(link({ kind: 'pull', url: 'https://github.com/acme/api/issues/5' }))).toBe('https://github.com/acme/api/issues/5');
    expect(issueUrl(link({ name: 'Acme/API#5', url: 'https://github.com/acme/api/issues/5' }))).toBe('https://github.com/acme/api/issues/5');
    expect(issueUrl(link({ url: 'https://GitHub.com/acme/api/issues/5' }))).toBe('https://github.com/acme/api/issues/5');
    expect(issueUrl(link({ url: 'https://ghe.example.com/acme/api/issues/5' }), 'https://ghe.example.com')).toBe(
      'https://ghe.example.com/acme/api/issues/5',
    );
  });
});

function bigPlan(phases: number, tasksPerPhase: number, titleLength: number): string {
  const lines = ['version: 1', 'phases:'];
  for (let p = 0; p < phases; p++) {
    lines.push(`  - id: P${p}`, `    name: Phase ${p} ${'n'.repeat(titleLength)}`, '    blocking: true', '    tasks:');
    for (let t = 0; t < tasksPerPhase; t++) {
      lines.push(
        `      - { id: P${p}.${t}, title: "${'x'.repeat(titleLength)} ${t}", status: todo, links: ["#${t + 1}", "#${t + 100}", "#${t + 200}"] }`,
      );
    }
  }
  return lines.join('\n');
}

describe('the size fallback', () => {
  /** The rows of the blockers table: the first table of the report. */
  const blockerRows = (text: string) => text.split('\n').filter((line) => /^\| ⬜ todo \| `P\d+\.\d+` /.test(line));

  it('60 phases × 20 failing tasks: the headline and the first blockers survive, the folded lists go first', () => {
    const report = evaluate(parseManifest(bigPlan(60, 20, 600), 'r.yml'), { gate: 'merge', today: '2026-11-23', links: 'offline', repository });
    const text = renderMarkdownReport(report, { detail: 'problems' }, comment);
    expect(text.length).toBeLessThanOrEqual(comment.max);
    expect(text).toContain('`merge` gate is not ready — 60 of 60 phases incomplete');
    expect(text).toContain('**0%** complete `░░░░░░░░░░` 0/1200 items');
    const rows = blockerRows(text);
    expect(rows.length).toBeGreaterThanOrEqual(50);
    expect(rows[0]).toContain('`P0.0`');
    expect(text).toContain(`_${1200 - rows.length} more blocking items not shown: the job summary lists them._`);
    // The fold of everything else gave way before the blockers did.
    expect(text).not.toMatch(/^\| `P\d+` \|/m);
    expect(text).not.toContain('`report` output');
  });

  it('3,000 incomplete phases: the headline and the blockers survive, in comment and summary alike', () => {
    const report = evaluate(parseManifest(bigPlan(3000, 1, 10), 'r.yml'), { gate: 'merge', today: '2026-11-23', links: 'offline', repository });
    for (const [limit, detail] of [
      [comment, 'problems'],
      [summary, 'all'],
    ] as const) {
      const text = renderMarkdownReport(report, { detail }, limit);
      expect(limit.measure(text)).toBeLessThanOrEqual(limit.max);
      expect(text).toContain('**0%** complete `░░░░░░░░░░` 0/3000 items');
      const rows = blockerRows(text);
      expect(rows.length).toBeGreaterThanOrEqual(100);
      expect(rows[0]).toContain('`P0.0`');
      if (rows.length < 3000) expect(text).toContain(`_${3000 - rows.length} more blocking items not shown`);
      expect(text).not.toContain('`report` output');
    }
  });

  it('the complete phases give way before the blockers when the report must shrink', () => {
    const plan =
      bigPlan(1500, 1, 10) +
      '\n' +
      bigPlan(1500, 1, 10)
        .split('\n')
        .slice(2)
        .join('\n')
        .replace(/P(\d+)/g, 'Q$1')
        .replace(/status: todo/g, 'status: done')
        .replace(/, links: \[[^\]]*\]/g, '');
    const report = evaluate(parseManifest(plan, 'r.yml'), { gate: 'merge', today: '2026-11-23', links: 'offline', repository });
    const text = renderMarkdownReport(report, { detail: 'problems' }, { max: 30_000, measure: measureCharacters });
    expect(text).toContain('| ⬜ todo | `P0.0` ');
    expect(text).not.toContain('`Q0`');
  });
});

describe('the terminal report', () => {
  const PLAN_WITH_OUTSIDERS = `version: 1
title: "Plan \\e]0;pwned\\a\\e[2K\\e[1A✓ READY"
phases:
  - id: P0
    name: "Security \\e[32m"
    blocking: true
    tasks:
      - { id: P0.1, title: "Fix \\u009b31m it\\r\\nREADY", status: todo }
      - { id: P0.2, title: Done, status: done }
  - id: P1
    name: Later
    tasks:
${Array.from({ length: 30 }, (_, i) => `      - { id: P1.${i}, title: Later ${i}, status: todo }`).join('\n')}
`;
  const report = evaluate(parseManifest(PLAN_WITH_OUTSIDERS, 'r.yml'), { gate: 'merge', today: '2026-11-23', links: 'offline' });

  it('strips escape sequences and control characters from manifest and issue text', () => {
    const text = renderTextReport(report);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(text.split('\n')[0]).toBe("❌ not ready Plan ✓ READY — gate 'merge' — 1 phase incomplete");
    expect(text).toContain('⬜ todo · P0.1 Fix  it READY');
    expect(stripControls('a\u001b]8;;https://evil\u0007link\u001b]8;;\u0007b\tc\n')).toBe('alinkb\tc\n');
  });

  it('lists the gate’s items and puts each phase outside the gate on one line', () => {
    const text = renderTextReport(report);
    expect(text).toContain('⬜ todo · P0.1');
    expect(text).not.toContain('P1.0');
    expect(text).toContain('  ➖ not in gate P1 Later  0/30  [30 items to look at]');
    expect(text).toContain('30 items of phases outside the gate not listed; --verbose lists every item.');
    expect(text.split('\n').length).toBeLessThan(18);
  });

  it('lists every item with --verbose', () => {
    const text = renderTextReport(report, { verbose: true });
    expect(text).toContain('✅ done · P0.2 Done — done');
    for (let i = 0; i < 30; i++) expect(text).toContain(`⬜ todo · P1.${i} Later ${i} — todo`);
  });

  it('colours only when asked to', () => {
    expect(renderTextReport(report)).not.toContain('\u001b[');
    const coloured = renderTextReport(report, { colour: true });
    expect(coloured).toContain('\u001b[31m❌ not ready\u001b[39m');
    expect(coloured).toContain('\u001b[31m⬜ todo\u001b[39m · P0.1');
  });
});
