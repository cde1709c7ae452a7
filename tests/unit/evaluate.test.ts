import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/shared/errors.js';
import { evaluate, phasesTouched, type EvaluationContext, type PullRequestScope } from '../../src/core/verdict/evaluate.js';
import { LinkStates, parseLink, targetOf, type LinkState, type LinkStatus } from '../../src/core/links/links.js';
import { parseManifest } from '../../src/core/manifest/manifest.js';
import { loadPathMatcher } from '../../src/core/verdict/paths.js';
import type { TaskReport } from '../../src/core/verdict/report.js';

const matches = await loadPathMatcher();

const REPO = { owner: 'acme', repo: 'api' };
const TODAY = '2026-06-15';

function manifest(yaml: string) {
  return parseManifest(`version: 1\n${yaml}`, 'readiness.yml');
}

/** Link states as GitHub would report them, written as `owner/repo#N` for brevity. */
function states(entries: Record<string, LinkState | LinkStatus>): LinkStates {
  return LinkStates.of(
    Object.entries(entries).map(([ref, value]) => [
      targetOf(parseLink(ref)!)!,
      typeof value === 'string' ? { kind: value === 'merged' || value === 'closed_unmerged' ? 'pull' : 'issue', state: value } : value,
    ]),
  );
}

function context(overrides: Partial<EvaluationContext> = {}): EvaluationContext {
  return { gate: 'merge', today: TODAY, repository: REPO, links: new LinkStates(), ...overrides };
}

/** A pull request changing these files, as the evaluation service scopes it for PLAN. */
function pullRequest(number: number, changedFiles: string[]): PullRequestScope {
  return { number, touchedPhases: phasesTouched(manifest(PLAN), changedFiles, matches) };
}

/** Evaluates a one-phase, one-task manifest and returns that task. */
function task(taskYaml: string, links: EvaluationContext['links'] = new LinkStates()): TaskReport {
  const report = evaluate(
    manifest(`phases:\n  - id: P0\n    name: Security\n    blocking: true\n    tasks:\n      - id: T1\n        title: The task\n${taskYaml}`),
    context({ links }),
  );
  return report.phases[0]!.tasks[0]!;
}

describe('a task', () => {
  it('with status done and every link satisfied is satisfied', () => {
    const t = task('        status: done\n        links: ["#1", "acme/api#2"]\n', states({ 'acme/api#1': 'completed', 'acme/api#2': 'merged' }));
    expect(t).toMatchObject({ satisfied: true, drift: false, status: 'done' });
    expect(t.links.map((l) => [l.ref, l.key, l.state])).toEqual([
      ['#1', 'acme/api#1', 'completed'],
      ['acme/api#2', 'acme/api#2', 'merged'],
    ]);
  });

  it('marked done while its issue is open is drift, not satisfied', () => {
    const t = task('        status: done\n        links: ["#1"]\n', states({ 'acme/api#1': 'open' }));
    expect(t).toMatchObject({ satisfied: false, drift: true, reason: 'marked done, but acme/api#1 is still open' });
  });

  it.each([
    ['not_planned', 'acme/api#1 was closed as not planned'],
    ['duplicate', 'acme/api#1 was closed as a duplicate'],
    ['closed_unmerged', 'acme/api#1 was closed without being merged'],
  ] as const)('marked done with a link %s is drift and is called out', (state, said) => {
    const t = task('        status: done\n        links: ["#1"]\n', states({ 'acme/api#1': state }));
    expect(t).toMatchObject({ satisfied: false, drift: true, reason: `marked done, but ${said}` });
  });

  it('with a link that cannot be read is not satisfied, says why, and is not drift', () => {
    const t = task(
      '        status: done\n        links: ["other/x#9"]\n',
      states({ 'other/x#9': { kind: 'unknown', state: 'unknown', detail: 'not found or no access' } }),
    );
    expect(t).toMatchObject({
      satisfied: false,
      drift: false,
      reason: 'marked done, but other/x#9 could not be read (not found or no access)',
    });
  });

  it('whose link the API did not answer for is unknown', () => {
    const t = task('        links: ["#5"]\n', new LinkStates());
    expect(t.links[0]).toMatchObject({ state: 'unknown', satisfied: false });
    expect(t.satisfied).toBe(false);
  });

  it('with links and no status is satisfied when every link is, and reads as done', () => {
    const t = task('        links: ["#1", "#2"]\n', states({ 'acme/api#1': 'completed', 'acme/api#2': 'merged' }));
    expect(t).toMatchObject({ satisfied: true, status: 'done', reason: 'every link is closed' });
    expect(t.declaredStatus).toBeUndefined();
  });

  it('with links and no status is not satisfied while one is open', () => {
    const t = task('        links: ["#1", "#2"]\n', states({ 'acme/api#1': 'completed', 'acme/api#2': 'open' }));
    expect(t).toMatchObject({ satisfied: false, status: 'in-progress', reason: 'acme/api#2 is still open' });
  });

  it('not marked done whose links are all satisfied gets a hint to mark it done', () => {
    const t = task('        status: in-progress\n        links: ["#1"]\n', states({ 'acme/api#1': 'completed' }));
    expect(t).toMatchObject({ satisfied: false, status: 'in-progress', hint: 'every link is closed: mark T1 done' });
  });

  it('with neither status nor links defaults to todo', () => {
    expect(task('')).toMatchObject({ satisfied: false, status: 'todo', reason: 'no status and no links, so todo' });
  });

  it.each(['todo', 'in-progress', 'blocked'])('with status %s and no links is not satisfied', (status) => {
    expect(task(`        status: ${status}\n`)).toMatchObject({ satisfied: false, status, reason: status });
  });

  it('with an unexpired waiver is satisfied whatever its links say', () => {
    const t = task(
      '        status: todo\n        links: ["#1"]\n        waiver:\n          reason: accepted risk\n          expires: 2026-06-15\n',
      states({ 'acme/api#1': 'open' }),
    );
    expect(t).toMatchObject({
      satisfied: true,
      reason: 'waived: accepted risk (until 2026-06-15)',
      waiver: { reason: 'accepted risk', expires: '2026-06-15', expired: false },
    });
  });

  it('with a waiver without expiry stays waived', () => {
    expect(task('        waiver: { reason: forever }\n')).toMatchObject({ satisfied: true, reason: 'waived: forever' });
  });

  it('with an expired waiver is judged on its own and reports the expiry', () => {
    const t = task('        status: todo\n        waiver:\n          reason: accepted risk\n          expires: 2026-06-14\n');
    expect(t).toMatchObject({ satisfied: false, reason: 'todo (waiver expired on 2026-06-14)', waiver: { expired: true } });
  });

  it('past its due date and not satisfied is overdue; satisfied or not yet due is not', () => {
    expect(task('        due: 2026-06-14\n').overdue).toBe(true);
    expect(task('        due: 2026-06-15\n').overdue).toBe(false);
    expect(task('        status: done\n        due: 2026-01-01\n').overdue).toBe(false);
  });

  it('offline: declared done counts; links without a status do not', () => {
    const done = task('        status: done\n        links: ["#1"]\n', 'offline');
    expect(done).toMatchObject({ satisfied: true, reason: 'done (declared; links not verified)' });
    expect(done.links[0]!.state).toBe('unverified');
    const undeclared = task('        links: ["#1"]\n', 'offline');
    expect(undeclared).toMatchObject({ satisfied: false, reason: 'links not verified and no status declared' });
  });

  it('linked to the pull request under evaluation counts that PR as merged', () => {
    const report = evaluate(
      manifest(
        'phases:\n  - id: P2\n    name: R\n    blocking: true\n    tasks:\n      - { id: P2.1, title: t, links: ["https://github.com/acme/api/pull/77"] }\n',
      ),
      context({ links: states({ 'acme/api#77': 'open' }), pullRequest: { number: 77, touchedPhases: new Set() } }),
    );
    expect(report.ready).toBe(true);
    expect(report.phases[0]!.tasks[0]!.links[0]).toMatchObject({ state: 'merged', completedByThisPullRequest: 'merging' });
  });

  it('counts an issue the pull request closes as completed, and says so in a field, not in words', () => {
    const report = evaluate(
      manifest('phases:\n  - id: P2\n    name: R\n    blocking: true\n    tasks:\n      - { id: P2.1, title: t, links: ["#12", "#13"] }\n'),
      context({
        links: states({ 'acme/api#12': 'open', 'acme/api#13': { kind: 'issue', state: 'unknown', detail: 'this pull request could not be read' } }),
        pullRequest: { number: 77, touchedPhases: new Set(), closes: [{ ...REPO, number: 12 }] },
      }),
    );
    const [closed, unreadable] = report.phases[0]!.tasks[0]!.links;
    expect(closed).toMatchObject({ state: 'completed', satisfied: true, completedByThisPullRequest: 'closing' });
    // Words in `detail` decide nothing: an unreadable link stays unreadable whatever they say.
    expect(unreadable).not.toHaveProperty('completedByThisPullRequest');
    expect(report.phases[0]!.tasks[0]!.reason).toBe('acme/api#13 could not be read (this pull request could not be read)');
  });

  it('resolves #N against the repository, case-insensitively', () => {
    const t = task('        links: ["#3", "ACME/Api#4"]\n', states({ 'acme/api#3': 'completed', 'acme/api#4': 'completed' }));
    expect(t.satisfied).toBe(true);
  });
});

const PLAN = `phases:
  - id: P0
    name: Security
    blocking: true
    tasks:
      - { id: P0.1, title: a, status: done }
      - { id: P0.2, title: b, status: done }
    acceptance:
      - { id: P0.acc, title: scan, status: todo }
  - id: P1
    name: Database
    blocking: true
    requires: [P0]
    tasks:
      - { id: P1.1, title: c, status: done }
  - id: P2
    name: Deploy
    blocking: true
    paths: ["deploy/**"]
    due: 2026-06-01
    tasks:
      - { id: P2.1, title: d, status: todo }
  - id: P3
    name: Nice to have
    tasks:
      - { id: P3.1, title: e, status: done }
gates:
  v1: { phases: [P1, P3] }
  everything: { phases: all }
`;

describe('phases and gates', () => {
  it('a phase needs its acceptance items, and one that requires an incomplete phase is incomplete', () => {
    const report = evaluate(manifest(PLAN), context());
    const [p0, p1] = report.phases;
    expect(p0).toMatchObject({ complete: false, completion: 66 });
    expect(p1).toMatchObject({ complete: false, completion: 100, unmetRequires: ['P0'] });
    expect(report).toMatchObject({ ready: false, incompletePhases: ['P0', 'P1', 'P2'] });
  });

  it('the built-in merge gate selects the blocking phases; completion covers their items, rounded down', () => {
    const report = evaluate(manifest(PLAN), context());
    expect(report.phases.map((p) => p.selected)).toEqual([true, true, true, false]);
    // P0: 2 of 3, P1: 1 of 1, P2: 0 of 1 → 3 of 5.
    expect(report.completion).toBe(60);
    expect(report.counts).toMatchObject({ items: 5, satisfied: 3 });
  });

  it('a named gate selects its listed phases', () => {
    const report = evaluate(manifest(PLAN), context({ gate: 'v1' }));
    expect(report.phases.filter((p) => p.selected).map((p) => p.id)).toEqual(['P1', 'P3']);
    expect(report.incompletePhases).toEqual(['P1']);
  });

  it('a gate of all phases selects every phase', () => {
    expect(evaluate(manifest(PLAN), context({ gate: 'everything' })).phases.every((p) => p.selected)).toBe(true);
  });

  it('is ready when every selected phase is complete', () => {
    const report = evaluate(manifest(PLAN), context({ gate: 'v1' }));
    expect(report.ready).toBe(false);
    const ready = evaluate(manifest(PLAN.replace('title: scan, status: todo', 'title: scan, status: done')), context({ gate: 'v1' }));
    expect(ready).toMatchObject({ ready: true, incompletePhases: [], completion: 100 });
  });

  it('an unknown gate is a ConfigError that names the gates and suggests the nearest', () => {
    const run = () => evaluate(manifest(PLAN), context({ gate: 'merg' }));
    expect(run).toThrow(ConfigError);
    expect(run).toThrow("readiness.yml:28:1 unknown gate 'merg' (did you mean 'merge'?) — this manifest defines merge, release, v1 and everything");
  });

  it('on a pull request, a phase whose paths match no changed file is skipped and listed', () => {
    const report = evaluate(manifest(PLAN), context({ pullRequest: pullRequest(5, ['src/app.ts']) }));
    expect(report.phases[2]).toMatchObject({ id: 'P2', skipped: true });
    expect(report.skippedPhases).toEqual(['P2']);
    expect(report.incompletePhases).toEqual(['P0', 'P1']);
    expect(report.counts.items).toBe(4);
  });

  it('on a pull request that changes a matching file, the phase applies', () => {
    const report = evaluate(manifest(PLAN), context({ pullRequest: pullRequest(5, ['README.md', 'deploy/prod/values.yaml']) }));
    expect(report.phases[2]!.skipped).toBe(false);
    expect(report.incompletePhases).toContain('P2');
  });

  it('outside a pull request, and for the release gate, paths do not skip', () => {
    expect(evaluate(manifest(PLAN), context()).phases[2]!.skipped).toBe(false);
    const release = evaluate(manifest(PLAN), context({ gate: 'release', pullRequest: pullRequest(5, []) }));
    expect(release.phases[2]!.skipped).toBe(false);
    expect(release.incompletePhases).toContain('P2');
  });

  it('flags an incomplete phase past its due date', () => {
    const report = evaluate(manifest(PLAN), context());
    expect(report.phases.map((p) => p.overdue)).toEqual([false, false, true, false]);
  });

  it('counts drift, overdue items and expired waivers over the whole plan', () => {
    const report = evaluate(
      manifest(`phases:
  - id: A
    name: a
    blocking: true
    tasks:
      - { id: A1, title: x, status: done, links: ["#1"] }
      - { id: A2, title: y, due: 2026-01-01 }
      - { id: A3, title: z, waiver: { reason: r, expires: 2026-01-01 } }
`),
      context({ links: states({ 'acme/api#1': 'open' }) }),
    );
    expect(report.counts).toMatchObject({ drift: 1, overdue: 1, expiredWaivers: 1 });
  });

  it('reports the line of every phase and task for annotations', () => {
    const report = evaluate(manifest(PLAN), context());
    expect(report.phases[1]!.line).toBe(11);
    expect(report.phases[0]!.tasks.map((t) => t.line)).toEqual([7, 8, 10]);
  });

  it('nothing is ready by default: a built-in gate with no blocking phase is an error at the phases', () => {
    const run = () => evaluate(manifest('phases:\n  - id: A\n    name: a\n    tasks: [{ id: A1, title: x, status: done }]\n'), context());
    expect(run).toThrow(ConfigError);
    expect(run).toThrow(
      "readiness.yml:2:1 gate 'merge' selects the blocking phases, but no phase is marked 'blocking: true', so it would pass on nothing — mark the phases that must be complete with 'blocking: true', or give the gate a list: gates: { merge: { phases: [P0] } }",
    );
  });

  it('a selected phase without items is incomplete: it has no items yet', () => {
    const report = evaluate(manifest('phases:\n  - id: A\n    name: a\n    blocking: true\n'), context());
    expect(report).toMatchObject({ ready: false, incompletePhases: ['A'], completion: 0 });
    expect(report.phases[0]).toMatchObject({ complete: false, empty: true, completion: 0 });
  });
});
