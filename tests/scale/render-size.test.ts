import { describe, expect, it, vi } from 'vitest';
import { evaluate } from '../../src/core/verdict/evaluate.js';
import { parseManifest } from '../../src/core/manifest/manifest.js';
import { codeSpan, escapeMarkdown } from '../../src/core/views/markdown.js';
import {
  COMMENT_LIMIT,
  measureBytes,
  measureCharacters,
  firstSuccess,
  renderFirstShapeThatFits,
  renderMarkdownReport,
  SHAPES,
} from '../../src/core/views/render-report.js';
import { RowMemo } from '../../src/core/views/report-parts.js';
import { random } from '../support/random.js';
import { renderTextReport } from '../../src/core/views/render-text.js';
import { renderTrackingDocument } from '../../src/core/views/render-document.js';

describe('escapeMarkdown', () => {
  it('neutralises HTML', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)> & <!-- x -->')).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; &lt;\\!-- x --&gt;');
  });

  it('keeps @mentions and #references from linking', () => {
    const escaped = escapeMarkdown('ping @alice and @acme/team about #12, acme/api#3 and GH-4');
    expect(escaped).not.toMatch(/@[A-Za-z]/);
    expect(escaped).not.toMatch(/#\d/);
    expect(escaped).not.toMatch(/GH-\d/);
    expect(escaped.replace(/\u200b/g, '')).toBe('ping @alice and @acme/team about #12, acme/api#3 and GH-4');
  });

  it('keeps a cell inside its table and formatting out', () => {
    expect(escapeMarkdown('a | b\nc *d* _e_ `f` [g](h) ~~i~~')).toBe('a \\| b c \\*d\\* \\_e\\_ \\`f\\` \\[g\\](h) \\~\\~i\\~\\~');
  });
});

describe('codeSpan', () => {
  it('fences text that itself holds backticks', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x')).toBe('`` `x ``');
    expect(codeSpan('P0.1_a-b')).toBe('`P0.1_a-b`');
    expect(codeSpan('P0 | x')).toBe('`P0 \u2758 x`');
  });
});

const hostile = parseManifest(
  `version: 1
title: "<script>alert('x')</script> plan for @everyone"
phases:
  - id: P0
    name: "Security | <b>bold</b>"
    blocking: true
    tasks:
      - id: P0.1
        title: "Fix #12 for @alice\\nnext line | [link](javascript:alert(1))"
        owner: "@bob"
        status: todo
`,
  'readiness.yml',
);

describe('renderMarkdownReport', () => {
  const report = evaluate(hostile, { gate: 'merge', today: '2026-01-01', links: 'offline' });
  const markdown = renderMarkdownReport(report, { detail: 'all' }, { max: COMMENT_LIMIT, measure: measureCharacters });

  it('escapes every piece of manifest text', () => {
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toContain('<b>');
    // An owner is a link to their page, which notifies nobody; anywhere else a mention is broken.
    expect(markdown).toContain('[@bob](https://github.com/bob)');
    expect(markdown).not.toMatch(/(?<!\[)@(everyone|alice|bob)/);
    expect(markdown).not.toMatch(/#12/);
    expect(markdown).not.toMatch(/[^\\]\]\(javascript/);
    expect(markdown).toContain('\\[link\\](javascript');
  });

  it('keeps every task row a single table row with the right number of cells', () => {
    const row = markdown.split('\n').find((line) => line.includes('P0.1'))!;
    const cells = row.replace(/\\\|/g, '').split('|');
    expect(cells).toHaveLength(8); // 6 cells between 7 pipes, plus the empty ends
  });

  it('states the verdict and the incomplete phases', () => {
    expect(markdown).toContain('`merge` gate is not ready');
    expect(markdown).toContain('— 1 phase incomplete');
  });
});

function bigPlan(phases: number, tasksPerPhase: number, titleLength = 80): string {
  const lines = ['version: 1', 'phases:'];
  for (let p = 0; p < phases; p++) {
    lines.push(`  - id: P${p}`, `    name: Phase ${p}`, '    blocking: true', '    tasks:');
    for (let t = 0; t < tasksPerPhase; t++) {
      lines.push(`      - { id: P${p}.${t}, title: "${'x'.repeat(titleLength)} ${t}", status: todo }`);
    }
  }
  return lines.join('\n');
}

/** Waivers in effect in the blocking phases, expired ones in the others: the comment lists both, and shapes cap the lists. */
function waiverPlan(): string {
  const lines = ['version: 1', 'phases:'];
  for (let p = 0; p < 30; p++) {
    lines.push(`  - id: P${p}`, `    name: Phase ${p}`, `    blocking: ${p % 2 === 0}`, '    tasks:');
    for (let t = 0; t < 12; t++) {
      const waiver = t % 3 === 0 ? `, waiver: { reason: accepted for now, expires: ${p % 2 === 0 ? '2099-01-01' : '2020-01-01'} }` : '';
      lines.push(`      - { id: P${p}.${t}, title: "${'w'.repeat(60)} ${t}", status: todo${waiver} }`);
    }
  }
  return lines.join('\n');
}

describe('size limits', () => {
  it('a comment stays under 65,536 characters by collapsing the longest lists, saying how many were left out', () => {
    const report = evaluate(parseManifest(bigPlan(3, 2000), 'r.yml'), { gate: 'merge', today: '2026-01-01', links: 'offline' });
    const text = renderMarkdownReport(report, { detail: 'problems' }, { max: COMMENT_LIMIT, measure: measureCharacters });
    expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    // The blockers go last: the first ones are still there, and the rest are counted.
    expect(text).toContain('| ⬜ todo | `P0.0` ');
    expect(text).toMatch(/_\d+ more blocking items not shown: the job summary lists them\._/);
  });

  it('a summary stays under 1 MiB in bytes, even with multi-byte text', () => {
    // Larger than a manifest may be (1 MiB): the renderer must cope with any report.
    const plan = bigPlan(2, 4000, 60).replace(/x{60}/g, 'é'.repeat(60));
    const report = evaluate(parseManifest(plan, 'r.yml', { maxBytes: Infinity }), {
      gate: 'merge',
      today: '2026-01-01',
      links: 'offline',
    });
    const text = renderMarkdownReport(report, { detail: 'all' }, { max: 1024 * 1024, measure: measureBytes });
    expect(measureBytes(text)).toBeLessThanOrEqual(1024 * 1024);
    expect(text).toContain('items were left out');
  });

  it('a report that fits is not collapsed', () => {
    const report = evaluate(parseManifest(bigPlan(2, 5), 'r.yml'), { gate: 'merge', today: '2026-01-01', links: 'offline' });
    const text = renderMarkdownReport(report, { detail: 'all' }, { max: COMMENT_LIMIT, measure: measureCharacters });
    expect(text).not.toContain('left out');
    // Each item once among the blockers and once in its phase's fold.
    expect(text.match(/\| `P\d\.\d` /g)).toHaveLength(20);
  });

  it('rows written once and reused across the shapes tried give the very text written afresh for each shape', () => {
    // Long names and titles, each cut to another length by the shapes that give way; many items, or many phases.
    const longNames = (plan: string) => plan.replace(/name: Phase (\d+)/g, `name: Phase $1 ${'n'.repeat(120)}`);
    // And one blocker among many complete phases: the comment's phase table gives way.
    const oneOpen = longNames(bigPlan(1500, 1, 10))
      .replace(/status: todo/g, 'status: done')
      .replace('status: done', 'status: todo');
    const plans = [longNames(bigPlan(6, 700, 150)), longNames(bigPlan(400, 2, 150)), longNames(bigPlan(1500, 1, 10)), oneOpen];
    const views = [
      { detail: 'all', limit: { max: 1024 * 1024, measure: measureBytes } },
      { detail: 'all', limit: { max: 300_000, measure: measureBytes } },
      { detail: 'problems', limit: { max: COMMENT_LIMIT, measure: measureCharacters } },
      { detail: 'problems', limit: { max: 30_000, measure: measureCharacters } },
    ] as const;
    for (const plan of plans) {
      const report = evaluate(parseManifest(plan, 'r.yml'), { gate: 'merge', today: '2026-01-01', links: 'offline' });
      const remembered = views.map(({ detail, limit }) => renderMarkdownReport(report, { detail }, limit));
      const row = vi.spyOn(RowMemo.prototype, 'row').mockImplementation((_item, _variant, write) => write());
      const afresh = views.map(({ detail, limit }) => renderMarkdownReport(report, { detail }, limit));
      expect(row).toHaveBeenCalled();
      row.mockRestore();
      expect(remembered).toEqual(afresh);
      // Some had to give way: the shapes tried were more than one.
      expect(remembered.filter((text) => /left out|not shown|cut to fit/.test(text)).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('leaving out shapes that show this report no differently changes no text, at any limit', () => {
    const plans = [bigPlan(40, 10, 90), bigPlan(3, 300, 40), bigPlan(120, 2, 150), waiverPlan()];
    for (const plan of plans) {
      const report = evaluate(parseManifest(plan, 'r.yml'), { gate: 'merge', today: '2026-01-01', links: 'offline' });
      for (const detail of ['all', 'problems'] as const) {
        const whole = measureCharacters(renderMarkdownReport(report, { detail }, { max: Infinity, measure: measureCharacters }));
        // Limits from far below the smallest shape to above the full report.
        for (const share of [0.01, 0.05, 0.1, 0.2, 0.35, 0.5, 0.7, 0.9, 0.99, 1.01]) {
          const limit = { max: Math.floor(whole * share), measure: measureCharacters };
          expect(renderMarkdownReport(report, { detail }, limit)).toBe(renderFirstShapeThatFits(report, { detail }, limit, () => SHAPES));
        }
      }
    }
    const waived = evaluate(parseManifest(waiverPlan(), 'r.yml'), { gate: 'merge', today: '2026-01-01', links: 'offline' });
    const comment = renderMarkdownReport(waived, { detail: 'problems' }, { max: Infinity, measure: measureCharacters });
    expect(comment).toContain('**Waivers in effect**');
    expect(comment).toContain('**Worth a look** (not blocking)');
  });

  it('hundreds of phases still fit, with the overview itself shortened', () => {
    const report = evaluate(parseManifest(bigPlan(3000, 1, 10), 'r.yml'), { gate: 'merge', today: '2026-01-01', links: 'offline' });
    const text = renderMarkdownReport(report, { detail: 'problems' }, { max: COMMENT_LIMIT, measure: measureCharacters });
    expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(text).toMatch(/more phases not shown|cut to fit/);
  });
});

describe('renderTextReport', () => {
  it('summarises the verdict, the phases and what needs attention', () => {
    const report = evaluate(hostile, { gate: 'merge', today: '2026-01-01', links: 'offline' });
    const text = renderTextReport(report);
    expect(text).toContain('❌ not ready');
    expect(text).toContain("gate 'merge' — 1 phase incomplete");
    expect(text).toContain('❌ incomplete P0 Security | <b>bold</b>  0/1  [blocking]');
    expect(text).toContain('⬜ todo · P0.1 Fix #12 for @alice next line');
  });
});

describe('every view of a plan past the cap', () => {
  // 100,000 blocking items: more lines than one call's arguments may hold, which once threw a RangeError.
  const report = evaluate(parseManifest(bigPlan(20, 5000, 10), 'r.yml', { maxBytes: Infinity }), {
    gate: 'merge',
    today: '2026-01-01',
    links: 'offline',
  });

  it('the terminal lists every blocker', () => {
    const text = renderTextReport(report);
    expect(text.match(/^ {2}⬜ todo · P\d+\.\d+ /gm)).toHaveLength(100_000);
  });

  it('the tracking document lists every item', () => {
    const text = renderTrackingDocument(report, { source: 'r.yml' });
    expect(text.match(/^\| P\d+\.\d+ \|/gm)).toHaveLength(100_000);
  });
});

describe('the search for the first shape that fits', () => {
  it('finds what trying every shape in turn finds, in few attempts', () => {
    const seed = Number(process.env.READINESS_SEARCH_SEED ?? Date.now() % 100_000);
    console.log(`shape search: seed ${seed} (replay: READINESS_SEARCH_SEED=${seed})`);
    const rng = random(seed);
    for (let run = 0; run < 2_000; run++) {
      const count = rng.int(40);
      const from = rng.int(count + 1);
      // Attempts succeed from `threshold` on; at `count` or beyond, none does.
      const threshold = rng.int(count + 3);
      const tried: number[] = [];
      const found = firstSuccess(from, count, (index) => {
        tried.push(index);
        return index >= threshold ? `shape ${index}` : undefined;
      });
      const expected = Math.max(from, threshold) < count ? `shape ${Math.max(from, threshold)}` : undefined;
      expect(found, `run ${run}: from ${from}, count ${count}, threshold ${threshold}`).toBe(expected);
      expect(tried.every((index) => index >= from && index < count)).toBe(true);
      expect(tried.length).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(count - from + 1)) + 1);
    }
  });
});
