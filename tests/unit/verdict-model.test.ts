/**
 * A randomized differential test of the verdict: random manifests × random GitHub states
 * (sub-issues, closing references, the pull request itself, empty phases, gates that
 * select nothing), judged by a small reference model written from SPEC.md's "How status
 * is decided" — not by calling `evaluate` — against what `parseManifest` + `evaluate` say.
 *
 * Replay a failure with READINESS_MODEL_SEED=<seed printed in the failure>.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/shared/errors.js';
import { evaluate, type PullRequestScope } from '../../src/core/verdict/evaluate.js';
import { LinkStates, type LinkState, type LinkStatus } from '../../src/core/links/links.js';
import { parseManifest } from '../../src/core/manifest/manifest.js';
import { random, type Random } from '../support/random.js';

const REPO = { owner: 'acme', repo: 'api' };
const TODAY = '2026-06-15';
const RUNS = 250;
const ISSUES = 8;

// ---- The world: what the generator decides, in plain data ------------------------------

interface Item {
  id: string;
  status?: 'todo' | 'in-progress' | 'blocked' | 'done';
  links: number[];
  waiver?: { expires?: string };
}
interface Phase {
  id: string;
  blocking: boolean;
  requires: string[];
  paths?: string[];
  items: Item[];
}
interface Issue {
  state: LinkState;
  kind: 'issue' | 'pull';
  subIssues?: { total: number; closed: number; open: number };
}
interface World {
  phases: Phase[];
  /** An explicit gate, when the manifest defines one. */
  gateDefinition?: 'blocking' | 'all' | string[];
  gate: string;
  /** Issue numbers 1..ISSUES; absent means GitHub could not read it. */
  issues: Map<number, Issue>;
  pullRequest?: { number: number; touched: Set<string>; closes: number[] };
}

function world(r: Random): World {
  const phases: Phase[] = Array.from({ length: 1 + r.int(4) }, (_, p) => {
    const id = `P${p}`;
    const items = Array.from({ length: r.int(4) }, (_, t): Item => ({
      id: `${id}.${t}`,
      ...(r.chance(0.8) ? { status: r.pick(['todo', 'in-progress', 'blocked', 'done'] as const) } : {}),
      links: Array.from({ length: r.int(3) }, () => 1 + r.int(ISSUES)),
      ...(r.chance(0.15) ? { waiver: r.chance(0.5) ? { expires: r.pick(['2026-06-14', '2026-06-15', '2026-07-01']) } : {} } : {}),
    }));
    return {
      id,
      blocking: r.chance(0.6),
      requires: p > 0 && r.chance(0.3) ? [`P${r.int(p)}`] : [],
      ...(r.chance(0.3) ? { paths: [r.pick(['deploy/**', 'src/**'])] } : {}),
      items,
    };
  });
  const issues = new Map<number, Issue>();
  for (let n = 1; n <= ISSUES; n++) {
    if (r.chance(0.1)) continue;
    const kind = r.chance(0.3) ? 'pull' : 'issue';
    const state: LinkState =
      kind === 'pull' ? r.pick(['open', 'merged', 'closed_unmerged'] as const) : r.pick(['open', 'completed', 'not_planned', 'duplicate'] as const);
    const total = kind === 'issue' && r.chance(0.3) ? 1 + r.int(4) : 0;
    const open = total > 0 ? r.int(total + 1) : 0;
    issues.set(n, { kind, state, ...(total > 0 ? { subIssues: { total, closed: total - open, open } } : {}) });
  }
  const gateDefinition = r.chance(0.3)
    ? r.pick<World['gateDefinition']>(['blocking', 'all', phases.filter(() => r.chance(0.5)).map((p) => p.id)])
    : undefined;
  const gate = gateDefinition ? 'custom' : r.pick(['merge', 'release']);
  // The pull request under evaluation is one of the linked pull requests, or one no task links.
  const pulls = [...issues].filter(([, issue]) => issue.kind === 'pull').map(([n]) => n);
  const pullRequest = r.chance(0.5)
    ? {
        number: pulls.length > 0 && r.chance(0.7) ? r.pick(pulls) : 100,
        touched: new Set(phases.filter(() => r.chance(0.5)).map((p) => p.id)),
        closes: [1 + r.int(ISSUES)],
      }
    : undefined;
  return { phases, gate, issues, ...(gateDefinition ? { gateDefinition } : {}), ...(pullRequest ? { pullRequest } : {}) };
}

function manifestText(w: World): string {
  const lines = ['version: 1', 'phases:'];
  for (const phase of w.phases) {
    lines.push(
      `  - id: ${phase.id}`,
      `    name: Phase ${phase.id}`,
      `    blocking: ${phase.blocking}`,
      `    requires: [${phase.requires.join(', ')}]`,
    );
    if (phase.paths) lines.push(`    paths: [${phase.paths.map((p) => `"${p}"`).join(', ')}]`);
    lines.push('    tasks:');
    if (phase.items.length === 0) lines[lines.length - 1] = '    tasks: []';
    for (const item of phase.items) {
      const fields = [`id: ${item.id}`, 'title: t', `links: [${item.links.map((n) => `"#${n}"`).join(', ')}]`];
      if (item.status) fields.push(`status: ${item.status}`);
      if (item.waiver) fields.push(`waiver: { reason: r${item.waiver.expires ? `, expires: ${item.waiver.expires}` : ''} }`);
      lines.push(`      - { ${fields.join(', ')} }`);
    }
  }
  if (w.gateDefinition !== undefined) {
    const phases = Array.isArray(w.gateDefinition) ? `[${w.gateDefinition.join(', ')}]` : w.gateDefinition;
    lines.push('gates:', `  custom: { phases: ${phases} }`);
  }
  return `${lines.join('\n')}\n`;
}

// ---- The reference model: SPEC.md's rules, written independently -------------------------

type Verdict = { error: true } | { error: false; ready: boolean; incomplete: string[]; completion: number };

function modelLinkSatisfied(w: World, n: number): boolean {
  const issue = w.issues.get(n);
  if (!issue) return false; // unknown: never satisfied
  let state = issue.state;
  // "On a pull request that a task links to, that PR counts as merged"; so does an issue it closes.
  if (w.pullRequest && state === 'open' && issue.kind === 'pull' && n === w.pullRequest.number) state = 'merged';
  if (w.pullRequest && state === 'open' && issue.kind === 'issue' && w.pullRequest.closes.includes(n)) state = 'completed';
  const done = state === 'merged' || state === 'completed';
  // Sub-issues: satisfied only when none is still open.
  return done && (issue.subIssues?.open ?? 0) === 0;
}

function modelItemSatisfied(w: World, item: Item): boolean {
  if (item.waiver && (item.waiver.expires === undefined || item.waiver.expires >= TODAY)) return true;
  const linksOk = item.links.every((n) => modelLinkSatisfied(w, n));
  if (item.status === 'done') return linksOk;
  if (item.status === undefined && item.links.length > 0) return linksOk;
  return false;
}

function model(w: World): Verdict {
  const selection = w.gateDefinition ?? 'blocking';
  const selected = new Set(
    selection === 'all' ? w.phases.map((p) => p.id) : selection === 'blocking' ? w.phases.filter((p) => p.blocking).map((p) => p.id) : selection,
  );
  // Nothing is ready by default: a gate that selects no phase is a manifest error.
  if (selected.size === 0) return { error: true };
  const byId = new Map(w.phases.map((p) => [p.id, p]));
  const complete = (id: string): boolean => {
    const phase = byId.get(id)!;
    return phase.items.length > 0 && phase.items.every((item) => modelItemSatisfied(w, item)) && phase.requires.every(complete);
  };
  const pathsApply = w.pullRequest !== undefined && w.gate !== 'release';
  const gated = w.phases.filter((p) => selected.has(p.id) && !(pathsApply && p.paths && !w.pullRequest!.touched.has(p.id)));
  const incomplete = gated.filter((p) => !complete(p.id)).map((p) => p.id);
  const items = gated.flatMap((p) => p.items);
  const satisfied = items.filter((item) => modelItemSatisfied(w, item)).length;
  const ready = incomplete.length === 0;
  const completion = items.length === 0 ? (ready ? 100 : 0) : Math.floor((satisfied * 100) / items.length);
  return { error: false, ready, incomplete, completion };
}

// ---- The product ------------------------------------------------------------------------

function product(w: World): Verdict {
  let manifest;
  try {
    manifest = parseManifest(manifestText(w), 'readiness.yml');
  } catch (error) {
    if (error instanceof ConfigError) return { error: true };
    throw error;
  }
  const states = LinkStates.of(
    [...w.issues].map(([number, issue]): [{ owner: string; repo: string; number: number }, LinkStatus] => [
      { ...REPO, number },
      { kind: issue.kind, state: issue.state, ...(issue.subIssues ? { subIssues: issue.subIssues } : {}) },
    ]),
  );
  const pullRequest: PullRequestScope | undefined = w.pullRequest && {
    number: w.pullRequest.number,
    touchedPhases: w.pullRequest.touched,
    closes: w.pullRequest.closes.map((number) => ({ ...REPO, number })),
  };
  try {
    const report = evaluate(manifest, { gate: w.gate, today: TODAY, repository: REPO, links: states, ...(pullRequest ? { pullRequest } : {}) });
    return { error: false, ready: report.ready, incomplete: report.incompletePhases, completion: report.completion };
  } catch (error) {
    if (error instanceof ConfigError) return { error: true };
    throw error;
  }
}

describe('the verdict against a reference model of SPEC.md', () => {
  it(`agrees on ${RUNS} random plans and GitHub states`, () => {
    const base = Number(process.env.READINESS_MODEL_SEED ?? Date.now() % 1_000_000);
    const runs = process.env.READINESS_MODEL_SEED ? 1 : RUNS;
    const outcomes = { error: 0, ready: 0, notReady: 0 };
    for (let i = 0; i < runs; i++) {
      const seed = base + i;
      const w = world(random(seed));
      const expected = model(w);
      const actual = product(w);
      expect(actual, `seed ${seed} (replay: READINESS_MODEL_SEED=${seed})\n${manifestText(w)}`).toEqual(expected);
      outcomes[expected.error ? 'error' : expected.ready ? 'ready' : 'notReady']++;
    }
    // The generator must exercise every outcome, or the agreement proves little.
    if (runs === RUNS) {
      expect(outcomes.error).toBeGreaterThan(0);
      expect(outcomes.ready).toBeGreaterThan(0);
      expect(outcomes.notReady).toBeGreaterThan(0);
    }
  });
});
