import { describe, expect, it, vi } from 'vitest';
import { jsonLengthAtLeast, reportJson } from '../../src/action/publish.js';
import { random, type Random } from '../support/random.js';
import { needsAttention } from '../../src/core/verdict/policy.js';
import type { PhaseReport, Report, TaskReport } from '../../src/core/verdict/report.js';

function item(id: string, overrides: Partial<TaskReport> = {}): TaskReport {
  return {
    id,
    kind: 'task',
    title: 'A task',
    status: 'done',
    satisfied: true,
    reason: 'done',
    drift: false,
    overdue: false,
    links: [],
    ...overrides,
  };
}

function phase(tasks: TaskReport[]): PhaseReport {
  const base = { id: 'P0', name: 'Phase', blocking: true, selected: true, skipped: false, complete: false, completion: 0 };
  return { ...base, requires: [], unmetRequires: [], empty: false, overdue: false, tasks };
}

function report(tasks: TaskReport[]): Report {
  const counts = { items: tasks.length, satisfied: 0, drift: 0, overdue: 0, expiredWaivers: 0, dropped: 0 };
  const base = { ready: false, gate: 'merge', title: 'Plan', incompletePhases: ['P0'], completion: 0, verified: true, today: '2026-01-01' };
  return { ...base, skippedPhases: [], caveats: [], counts, phases: [phase(tasks)] };
}

describe('the report output of a plan too large for 1 MB', () => {
  it('keeps the items that need attention, by the rule the comment uses', () => {
    const attention = [
      item('open', { satisfied: false, status: 'todo', reason: 'todo' }),
      item('hinted', { hint: 'every sub-issue of acme/api#3 is closed: close it if the work is done' }),
      item('expired', { waiver: { reason: 'later', expires: '2026-01-01', expired: true } }),
      item('drift', { satisfied: false, drift: true }),
    ];
    // Satisfied items with nothing to say, long enough to pass the limit together.
    const quiet = Array.from({ length: 2_000 }, (_, i) => item(`Q${i}`, { notes: 'x'.repeat(600) }));
    const json = reportJson(report([...quiet.slice(0, 1_000), ...attention, ...quiet.slice(1_000)]));
    const kept = (JSON.parse(json) as Report & { truncated: string }).phases[0]!.tasks;
    expect(json.length).toBeLessThanOrEqual(1_000_000);
    expect(kept.map((task) => task.id)).toEqual(['open', 'hinted', 'expired', 'drift']);
    expect(kept.every(needsAttention)).toBe(true);
    expect(JSON.parse(json)).toMatchObject({ truncated: 'items that need no attention were left out to fit the 1 MB output limit' });
  });

  it('gives the same answer when the titles alone pass the limit, the whole report untried', () => {
    const long = Array.from({ length: 2_000 }, (_, i) => item(`L${i}`, { title: 't'.repeat(600) }));
    const stringify = vi.spyOn(JSON, 'stringify');
    const json = reportJson(report([item('open', { satisfied: false, status: 'todo', reason: 'todo' }), ...long]));
    // One JSON text, of the items that need attention: the whole report was never written out.
    expect(stringify).toHaveBeenCalledTimes(1);
    stringify.mockRestore();
    expect((JSON.parse(json) as Report).phases[0]!.tasks.map((task) => task.id)).toEqual(['open']);
  });

  it('keeps every item when the whole report fits', () => {
    const tasks = [item('a'), item('b', { satisfied: false })];
    expect(JSON.parse(reportJson(report(tasks)))).toEqual(report(tasks));
  });
});

describe('the length of a report as JSON, counted before it is written', () => {
  const strings = ['', 'plain', 'quote " and \\ backslash', 'line\nbreak\ttab', '\u0001 control', 'é ✅ 🚀', '\ud800 lone surrogate', '</script>'];
  function value(rng: Random, depth: number): unknown {
    const kind = rng.int(depth > 3 ? 5 : 8);
    if (kind === 0) return rng.pick(strings);
    if (kind === 1) return rng.pick([0, -12.5, 1e21, Number.NaN, Infinity]);
    if (kind === 2) return rng.chance(0.5);
    if (kind === 3) return null;
    if (kind === 4) return rng.pick([undefined, () => 1, Symbol('s')]);
    if (kind === 5) return Array.from({ length: rng.int(4) }, () => value(rng, depth + 1));
    if (kind === 6) return new Date(0);
    return Object.fromEntries(Array.from({ length: rng.int(5) }, (_, i) => [rng.pick(['id', 'title', 'é', `k${i}`]), value(rng, depth + 1)]));
  }

  it('is never more than the JSON itself, whatever the values', () => {
    const seed = Number(process.env.READINESS_JSON_SEED ?? Date.now() % 100_000);
    console.log(`JSON length bound: seed ${seed} (replay: READINESS_JSON_SEED=${seed})`);
    const rng = random(seed);
    for (let run = 0; run < 5_000; run++) {
      const sample = value(rng, 0);
      const written = JSON.stringify(sample) as string | undefined;
      expect(jsonLengthAtLeast(sample), `run ${run}: ${written}`).toBeLessThanOrEqual(written?.length ?? 1);
    }
  });

  it('is the length itself for text without escapes, as reports mostly are', () => {
    const sample = { id: 'P0.1', title: 'A task', links: [{ ref: '#12', state: 'open' }], notes: undefined };
    expect(jsonLengthAtLeast(sample)).toBe(JSON.stringify(sample).length);
  });
});
