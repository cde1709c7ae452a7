import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/verdict/evaluate.js';
import { importMarkdown } from '../../src/core/import/importer.js';
import { repairMojibake } from '../../src/core/import/mojibake.js';
import { parseManifest } from '../../src/core/manifest/manifest.js';
import { renderTrackingDocument } from '../../src/core/views/render-document.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');

/** Imports, and proves the output is a manifest `check` accepts. */
function importAndValidate(markdown: string) {
  const { yaml, manifest } = importMarkdown(markdown, 'plan.md');
  const parsed = parseManifest(yaml, 'readiness.yml');
  expect(parsed.data).toEqual(manifest);
  return { yaml, manifest: parsed };
}

const summary = (manifest: ReturnType<typeof importAndValidate>['manifest']) =>
  manifest.data.phases.map((phase) => ({
    id: phase.id,
    blocking: phase.blocking,
    tasks: phase.tasks.map((task) => `${task.id}:${task.status}`),
    acceptance: phase.acceptance.map((task) => `${task.id}:${task.status}`),
  }));

const MOJIBAKE = /[ÃÂâðïğü][\u0080-\u02ff\u2000-\u206f]|\uF8FF|ï¿½/u;

describe('repairMojibake', () => {
  it.each([
    ['Windows-1252', 'ðŸŸ¢ DONE', '🟢 DONE'],
    ['Windows-1252, a lost byte restored', 'âŒ open', '❌ open'],
    ['Windows-1252, the variation selector restored', 'âš\u00a0ï¸ partly', '⚠️ partly'],
    ['Windows-1254', 'ğŸ”´ TODO', '🔴 TODO'],
    ['Mac Roman', '\uF8FFüî¥ CRITICAL ‚Üí next', '🔴 CRITICAL → next'],
    ['a lost emoji', 'ï¿½ DONE', '\uFFFD DONE'],
    ['clean text, unchanged', 'Café — naïve “quotes” 🟢', 'Café — naïve “quotes” 🟢'],
  ])('%s', (_name, broken, repaired) => {
    expect(repairMojibake(broken)).toBe(repaired);
  });
});

describe('importing a tracking matrix with an overview table', () => {
  const { manifest, yaml } = importAndValidate(fixture('tracking-matrix.md'));

  it('takes the phases, their names and Blocking flags from the overview table', () => {
    expect(manifest.data.title).toBe('Launch Readiness Matrix');
    expect(manifest.data.phases.map((p) => [p.id, p.name, p.blocking])).toEqual([
      ['P0', 'Access Control', true],
      ['P1', 'Data Safety', true],
      ['P2', 'Polish', false],
      ['P3', 'Launch Review', true],
    ]);
  });

  it('reads task rows with their ids, owners, statuses and links, repairing the emoji', () => {
    expect(manifest.data.phases[0]!.tasks).toEqual([
      { id: 'P0.1', title: 'Require login on admin routes', status: 'done', owner: '@dana', links: ['#41'] },
      { id: 'P0.2a', title: 'Rotate the signing key', status: 'done', links: ['acme/auth#7'] },
      { id: 'P0.2b', title: 'Drop the legacy token endpoint', status: 'done', links: ['https://github.com/acme/auth/pull/9'] },
    ]);
    expect(summary(manifest)[1]!.tasks).toEqual(['P1.1:todo', 'P1.2:in-progress', 'P1.3:todo']);
  });

  it('turns the dependencies table into requires, dropping an edge that would close a cycle', () => {
    expect(manifest.data.phases.map((p) => [p.id, p.requires])).toEqual([
      ['P0', []],
      ['P1', ['P0']],
      ['P2', []],
      ['P3', ['P0', 'P1', 'P2']],
    ]);
  });

  it('leaves out progress logs and checklists the overview does not list, and says so', () => {
    expect(manifest.data.phases).toHaveLength(4);
    expect(yaml).toContain("#   - left out: 'Week 1 (Target: P0)' has 2 item(s) but the phase overview table does not list it");
    expect(yaml).toContain("#   - not read as tasks: 'Definition of Done' is a template to copy (2 items)");
    expect(yaml).not.toContain('this is code');
  });

  it('is not ready on the incomplete blocking phases', () => {
    const report = evaluate(manifest, { gate: 'merge', today: '2026-01-01', links: 'offline' });
    expect(report.incompletePhases).toEqual(['P1', 'P3']);
  });
});

describe('importing a milestone roadmap with task lists', () => {
  const { manifest, yaml } = importAndValidate(fixture('roadmap.md'));

  it('makes each milestone heading with tasks a phase, with its owner and target date', () => {
    expect(manifest.data.phases.map((p) => [p.id, p.name, p.owner, p.due])).toEqual([
      ['R0', 'Basics', 'Platform', '2026-03-01'],
      ['R1', 'Hardening', '@sec-team', '2026-04-15'],
    ]);
  });

  it('reads [x], [X], [~] and [ ], two boxes on one line as two items, and skips legends', () => {
    expect(summary(manifest)[0]!.tasks).toEqual(['R0.1:done', 'R0.2:done', 'R0.3:done', 'R0.4:in-progress', 'R0.5:todo', 'R0.6:done', 'R0.7:done']);
    expect(manifest.data.phases[0]!.tasks.map((t) => t.title)).toContain('format check in CI');
    expect(yaml).not.toMatch(/Task is complete|title: finished/);
  });

  it('counts a struck-through item as done and says it guessed', () => {
    expect(manifest.data.phases[0]!.tasks[6]).toMatchObject({ title: 'Old deploy script', status: 'done' });
    expect(yaml).toContain('status: done # struck through in the source: counted as done');
  });

  it('puts Acceptance sub-lists in acceptance, and keeps #N and owner/repo#N as links', () => {
    expect(summary(manifest).map((p) => p.acceptance)).toEqual([['R0.acc1:todo'], ['R1.acc1:done', 'R1.acc2:todo']]);
    expect(manifest.data.phases[0]!.tasks[2]!.links).toEqual(['#12']);
    expect(manifest.data.phases[1]!.acceptance[1]!.links).toEqual(['acme/security#88']);
  });

  it('keeps nested notes under a task', () => {
    expect(manifest.data.phases[1]!.tasks[0]).toMatchObject({ title: 'CSP without unsafe-inline', notes: 'measured on the login page' });
  });

  it('marks phases blocking by default and says it guessed', () => {
    expect(manifest.data.phases.every((p) => p.blocking)).toBe(true);
    expect(yaml).toContain('blocking: true # no Blocking column, marker or priority tier: assumed blocking');
  });
});

describe('importing a priority-tiered checklist', () => {
  const { manifest, yaml } = importAndValidate(fixture('tiered.md'));

  it('makes numbered sections phases, blocking from their tier', () => {
    expect(manifest.data.phases.map((p) => [p.id, p.name, p.blocking, p.tasks.length])).toEqual([
      ['1', 'Payments Integration', true, 3],
      ['2', 'Background Jobs', true, 2],
      ['3', 'Docs', false, 2],
      ['4', 'Themes', false, 1],
      ['5', 'Audit Export', false, 1],
      ['6', 'Release Blockers', true, 1],
    ]);
    expect(yaml).toContain("blocking: true # from 'CRITICAL' in the heading");
    expect(yaml).toContain("blocking: false # from 'MEDIUM' in the heading");
  });

  it('does not take file lists, status paragraphs or prose lists for tasks', () => {
    expect(yaml).not.toContain('payments.ts');
    expect(yaml).not.toMatch(/title: (API|UI|Payments|Jobs)$/m);
  });
});

describe('importing ✅/❌ gap lists with mis-decoded emoji', () => {
  const { manifest, yaml } = importAndValidate(fixture('gaps.md'));

  it('leaves no mojibake anywhere in the output', () => {
    expect(yaml).not.toMatch(MOJIBAKE);
  });

  it('reads ✅ lists as done and gap lists as open, with tiers flowing down to sections', () => {
    expect(manifest.data.phases.map((p) => [p.name, p.blocking, p.tasks.map((t) => t.status).join(',')])).toEqual([
      ['Foundations', true, 'done,done'],
      ['Tests', true, 'todo,todo'],
      ['Rate Limiting', true, 'todo,todo'],
      ['Caching', false, 'todo'],
      ['Secrets', true, 'todo,todo,todo'],
      ['Extras', false, 'todo'],
    ]);
  });

  it('keeps a checkbox parent as a task and its children as tasks noting the group', () => {
    expect(manifest.data.phases[4]!.tasks).toEqual([
      { id: 'secrets.1', title: 'Secret storage', status: 'todo' },
      { id: 'secrets.2', title: 'Move keys to a vault', status: 'todo', notes: 'Secret storage' },
      { id: 'secrets.3', title: 'Rotate keys → quarterly', status: 'todo', notes: 'Secret storage' },
    ]);
  });
});

describe('round trip', () => {
  it('render → import gives back the phases, tasks, statuses and blocking flags', () => {
    const original = parseManifest(readFileSync(new URL('../../examples/readiness.yml', import.meta.url), 'utf8'), 'examples/readiness.yml');
    const report = evaluate(original, { gate: 'merge', today: '2026-01-01', links: 'offline' });
    const document = renderTrackingDocument(report, { source: 'examples/readiness.yml', date: '2026-01-01' });
    const { manifest } = importAndValidate(document);
    const shape = (m: typeof original) =>
      m.data.phases.map((phase) => ({
        id: phase.id,
        name: phase.name,
        blocking: phase.blocking,
        tasks: phase.tasks.map((t) => [t.id, t.title, report.phases.flatMap((p) => p.tasks).find((r) => r.id === t.id)?.status ?? t.status]),
        acceptance: phase.acceptance.map((t) => [t.id, t.title, t.status]),
      }));
    expect(shape(manifest)).toEqual(shape(original));
    expect(manifest.data.title).toBe(original.data.title);
  });
});
