/**
 * A seeded search for manifests that crash the reader or the verdict: valid manifests in
 * the format of SPEC.md, each mutated at random places into the shapes a careless or
 * hostile writer produces — a scalar where a list is expected, null, an empty string, a
 * mapping or list of mappings where a scalar is expected, aliases to an enclosing node,
 * merge keys, tags, very long strings, brace patterns, huge numbers, odd dates, duplicated
 * keys, mappings of thousands of keys, stray characters.
 *
 * Whatever the input, `parseManifest` returns a manifest that `evaluate` turns into a
 * report, or throws a ConfigError whose every problem is one line (of at most 1,000
 * characters) placed inside the document; and a report is never ready without grounds.
 *
 * Replay a failure with READINESS_SHAPES_SEED=<seed printed in the failure>; a longer search
 * with READINESS_SHAPES_RUNS=20000 (200 a run by default, a new seed each time).
 */
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/shared/errors.js';
import { parseManifest, type Manifest } from '../../src/core/manifest/manifest.js';
import { evaluate } from '../../src/core/verdict/evaluate.js';
import type { Report } from '../../src/core/verdict/report.js';
import { shape } from '../support/manifest-shapes.js';

const SEED = Number(process.env.READINESS_SHAPES_SEED ?? Date.now() % 1_000_000);
const RUNS = Number(process.env.READINESS_SHAPES_RUNS ?? (process.env.READINESS_SHAPES_SEED ? 1 : 200));
const TODAY = '2026-12-06';

// ---- The invariants ----------------------------------------------------------------------------

/** Every problem one line, placed inside the document. */
function expectPlacedProblems(error: unknown, text: string, replay: string): void {
  if (!(error instanceof ConfigError))
    throw new Error(`${replay}: not a ConfigError: ${String((error as Error)?.stack ?? error)}\n${text.slice(0, 3000)}`);
  const lines = text.split('\n');
  const misplaced = error.problems.filter(
    ({ file, line, column, message }) =>
      file !== 'shapes.yml' ||
      line === undefined ||
      line < 1 ||
      line > lines.length ||
      column === undefined ||
      column < 1 ||
      column > lines[line - 1]!.length + 1 ||
      /undefined|\[object Object\]|NaN|[\n\r\u2028\u2029]/.test(message) ||
      message.trim() === '' ||
      message.length > 1_000,
  );
  expect(error.problems.length, replay).toBeGreaterThan(0);
  expect(misplaced, `${replay}\n${text.slice(0, 3000)}`).toEqual([]);
}

/** Phases whose items are all done or under a waiver that holds, and whose requirements are too. */
function groundedPhases(data: Manifest['data']): Set<string> {
  const byId = new Map(data.phases.map((p) => [p.id, p]));
  const grounded = new Set<string>();
  const memo = new Map<string, boolean>();
  const holds = (id: string, seen: Set<string>): boolean => {
    if (memo.has(id)) return memo.get(id)!;
    const phase = byId.get(id);
    if (!phase || seen.has(id)) return false;
    const items = [...phase.tasks, ...phase.acceptance];
    const waived = (i: (typeof items)[number]) => i.waiver !== undefined && (i.waiver.expires === undefined || i.waiver.expires >= TODAY);
    const result =
      items.length > 0 && items.every((i) => i.status === 'done' || waived(i)) && phase.requires.every((req) => holds(req, new Set([...seen, id])));
    memo.set(id, result);
    return result;
  };
  for (const phase of data.phases) if (holds(phase.id, new Set())) grounded.add(phase.id);
  return grounded;
}

/** A ready report only when every phase the gate selects is grounded, and never otherwise. */
function expectEarned(report: Report, parsed: Manifest, replay: string, text: string): void {
  const grounded = groundedPhases(parsed.data);
  const selection = parsed.data.gates?.merge?.phases ?? 'blocking';
  const selected = parsed.data.phases.filter((p) => (selection === 'all' ? true : selection === 'blocking' ? p.blocking : selection.includes(p.id)));
  const earned = selected.length > 0 && selected.every((p) => grounded.has(p.id));
  expect(report.ready, `${replay}: ready ${report.ready}, grounded ${[...grounded].join(',')}\n${text.slice(0, 3000)}`).toBe(earned);
}

type Outcome = 'report' | 'ready' | 'rejected' | 'gateRefused';

function judge(text: string, replay: string): Outcome {
  let parsed: Manifest;
  try {
    parsed = parseManifest(text, 'shapes.yml');
  } catch (error) {
    expectPlacedProblems(error, text, replay);
    return 'rejected';
  }
  let report: Report;
  try {
    report = evaluate(parsed, { gate: 'merge', today: TODAY, links: 'offline' });
  } catch (error) {
    // The built-in merge gate with no blocking phase: a manifest error, at the phases' line.
    expectPlacedProblems(error, text, replay);
    return 'gateRefused';
  }
  expectEarned(report, parsed, replay, text);
  return report.ready ? 'ready' : 'report';
}

describe(`manifests of hostile shapes (seed ${SEED}, ${RUNS} runs; replay: READINESS_SHAPES_SEED=<seed>)`, () => {
  it(
    'are read into a report or refused with placed one-line problems, and never ready without grounds',
    { timeout: Math.max(60_000, RUNS * 50) },
    () => {
      const outcomes: Record<Outcome, number> = { report: 0, ready: 0, rejected: 0, gateRefused: 0 };
      for (let i = 0; i < RUNS; i++) {
        const seed = SEED + i;
        outcomes[judge(shape(seed), `seed ${seed} (replay: READINESS_SHAPES_SEED=${seed})`)]++;
      }
      // The generator must reach every outcome, or the invariants prove little.
      if (RUNS >= 200) for (const count of Object.values(outcomes)) expect(count).toBeGreaterThan(0);
    },
  );
});
