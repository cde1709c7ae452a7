import { describe, expect, it } from 'vitest';
import { importMarkdown } from '../../src/core/import/importer.js';
import { parseMarkdown } from '../../src/core/import/2-parse.js';
import { readStructure } from '../../src/core/import/3-structure.js';
import { mdastStructure } from '../support/mdast-structure.js';

/**
 * What one place in a long document says — a legend, a reference definition at its end,
 * the owner of the document — holds everywhere in it, and its blocks are those GitHub's
 * parser (the mdast oracle) reads.
 */
function longPlan(): string {
  const out = ['# Launch plan', '', 'Owner: @lead · Target: 2026-09-30', '', '✅ = done', '🚧 = in progress', ''];
  for (let s = 0; s < 40; s++) {
    out.push(`## Phase ${s}: Area ${s}`, '');
    if (s % 4 === 1) out.push('Completed:', '');
    for (let t = 0; t < 8; t++) {
      const mark = t % 3 === 0 ? '✅ ' : t % 3 === 1 ? '🚧 ' : '';
      const box = mark ? '- ' : `- [${t % 2 ? 'x' : ' '}] `;
      out.push(`${box}${mark}Task ${s}.${t}${t === 2 ? ' [tracking][t]' : ''}${t === 5 ? ' (CRITICAL)' : ''}`);
      if (t === 4) out.push('  - [ ] a sub-task', '  - a note on it');
    }
    out.push('');
  }
  out.push('[t]: https://github.com/acme/api/issues/7', '');
  return out.join('\n');
}

describe('a long document', () => {
  it("reads as GitHub's parser reads it, a definition at the end and a legend at the top holding everywhere", () => {
    const text = longPlan();
    const blocks = readStructure(parseMarkdown(text, 'plan.md')).blocks;
    expect(blocks).toEqual(mdastStructure(text).blocks);
    expect(blocks.filter((block) => block.kind === 'item' && block.content.links.length > 0)).toHaveLength(40);
    const phases = importMarkdown(text, 'plan.md').manifest.phases;
    // Each section holds one item marked CRITICAL: a blocking phase for it, and one for the rest.
    expect(phases.map((phase) => phase.id).slice(-2)).toEqual(['P39', 'P39-later']);
    expect(phases).toHaveLength(80);
    const last = phases.at(-1)!;
    // The definition at the end of the document gives the link; the owner and date at its top hold for every section.
    expect(last.tasks.find((task) => task.title.startsWith('Task 39.2'))?.links).toEqual(['https://github.com/acme/api/issues/7']);
    expect(last.owner).toBe('@lead');
    expect(last.due).toBe('2026-09-30');
    // The legend at the top reads 🚧 in the last section.
    expect(last.tasks.find((task) => task.title === 'Task 39.1')?.status).toBe('in-progress');
  });
});

describe('task ids', () => {
  it('generated ids step around an id the document gives', () => {
    const text = '# Plan\n\n## Phase 1: Build\n\n- [ ] first\n- [ ] P1.2: given its own id\n- [ ] third\n- [ ] fourth\n';
    const tasks = importMarkdown(text, 'plan.md').manifest.phases[0]!.tasks;
    expect(tasks.map((task) => task.id)).toEqual(['P1.1', 'P1.2', 'P1.2-2', 'P1.3']);
  });

  it('generated ids alone are distinct across phases whose ids look alike', () => {
    const sections = ['## Phase 1: A', '## Phase 1.1: B', '## Phase 1: C'].map(
      (heading) => `${heading}\n\n${Array.from({ length: 12 }, (_, t) => `- [ ] task ${t}\n`).join('')}`,
    );
    const manifest = importMarkdown(`# Plan\n\n${sections.join('\n')}`, 'plan.md').manifest;
    const ids = manifest.phases.flatMap((phase) => phase.tasks.map((task) => task.id));
    expect(manifest.phases.map((phase) => phase.id)).toEqual(['P1', 'P1.1', 'P1-2']);
    expect(new Set(ids).size).toBe(36);
    expect(ids.slice(10, 14)).toEqual(['P1.11', 'P1.12', 'P1.1.1', 'P1.1.2']);
  });
});
