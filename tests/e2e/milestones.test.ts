import { describe, expect, it } from 'vitest';
import type { IssueRecord, MilestoneRecord } from '../emulator/github.js';
import { webhookPayload } from '../support/action.js';
import { BASE_SHA, HEAD_SHA, lineOf, MAIN_SHA, MANIFEST_PATH, PR_NUMBER, REPOSITORY, scenarioPerTest, type Scenario } from '../support/scenario.js';

let scenario: Scenario;
scenarioPerTest((fresh) => (scenario = fresh));

/** A plan whose blocking phase is a milestone of the repository, beside one task of its own. */
function milestonePlan(milestone: string): string {
  return `version: 1
phases:
  - id: beta
    name: Beta scope
    blocking: true
    milestone: ${milestone}
    tasks:
      - id: beta.docs
        title: Release notes
        status: done
`;
}

const BETA: MilestoneRecord = { number: 3, title: 'v2.0 beta', state: 'OPEN', dueOn: '2026-12-20T08:00:00Z' };

function givenMilestone(milestone: MilestoneRecord, items: Omit<IssueRecord, 'milestone'>[], manifest = milestonePlan('"v2.0 beta"')): void {
  scenario.repo().milestones.set(milestone.number, milestone);
  for (const item of items) scenario.issue({ ...item, milestone: milestone.number });
  scenario.manifest(manifest, BASE_SHA, HEAD_SHA, MAIN_SHA);
}

interface JsonReport {
  ready: boolean;
  completion: number;
  caveats: string[];
  counts: { items: number; satisfied: number; drift: number; dropped: number };
  phases: {
    id: string;
    due?: string;
    complete: boolean;
    milestone?: { total: number; closed: number; dropped: { name: string; state: string }[] };
    tasks: { id: string; kind: string; satisfied: boolean; drift: boolean; reason: string }[];
  }[];
}

function reportOf(run: { outputs: Record<string, string> }): JsonReport {
  return JSON.parse(run.outputs.report!) as JsonReport;
}

const MILESTONE_URL = `https://github.com/${REPOSITORY}/milestone/3`;

describe('a phase with a milestone', () => {
  it('is not ready while an item is open: the open item is listed, the milestone linked with its progress', async () => {
    givenMilestone(BETA, [
      { number: 101, kind: 'issue', title: 'Crash on empty config', state: 'OPEN' },
      { number: 102, kind: 'issue', title: 'Slow start', state: 'CLOSED', stateReason: 'COMPLETED' },
      { number: 103, kind: 'pull', title: 'Cache the schema', state: 'MERGED' },
    ]);
    const run = await scenario.pullRequest();
    expect(run.code).toBe(1);
    const report = reportOf(run);
    expect(report.ready).toBe(false);
    const beta = report.phases[0]!;
    expect(beta.due).toBe('2026-12-20');
    expect(beta.milestone).toMatchObject({ total: 3, closed: 2 });
    expect(beta.tasks.filter((task) => !task.satisfied).map((task) => [task.id, task.kind, task.reason])).toEqual([
      ['#101', 'milestone', `${REPOSITORY}#101 is still open`],
    ]);
    const [comment] = scenario.botComments();
    expect(comment!.body).toContain(`milestone [v2.0 beta](${MILESTONE_URL}): 2 of 3 closed, due 2026-12-20`);
    // Among the blockers the item names its milestone: its id alone is a number.
    expect(comment!.body).toContain('| `#101` _milestone v2.0 beta:_ Crash on empty config |');
    expect(run.summary).toContain('| `#101` _milestone v2.0 beta:_ Crash on empty config |');
    expect(run.summary).toContain(`[v2.0 beta](${MILESTONE_URL})`);
  });

  it('is ready when every item is closed as done, named by title or by number', async () => {
    const items: Omit<IssueRecord, 'milestone'>[] = [
      { number: 102, kind: 'issue', title: 'Slow start', state: 'CLOSED', stateReason: 'COMPLETED' },
      { number: 103, kind: 'pull', title: 'Cache the schema', state: 'MERGED' },
    ];
    givenMilestone(BETA, items);
    const byTitle = await scenario.pullRequest();
    expect(byTitle.code).toBe(0);
    expect(reportOf(byTitle).completion).toBe(100);
    expect(byTitle.summary).toContain('2 of 2 closed, due 2026-12-20');

    scenario.manifest(milestonePlan('3'), BASE_SHA);
    const byNumber = await scenario.pullRequest();
    expect(byNumber.code).toBe(0);
    expect(reportOf(byNumber).phases[0]!.milestone).toMatchObject({ total: 2, closed: 2 });
  });

  it('counts the pull request under evaluation as merged when it is in the milestone', async () => {
    givenMilestone(BETA, [{ number: PR_NUMBER, kind: 'pull', title: 'Update the README', state: 'OPEN' }]);
    const run = await scenario.pullRequest();
    expect(run.code).toBe(0);
    expect(reportOf(run).phases[0]!.tasks.find((task) => task.kind === 'milestone')!.reason).toContain('is this pull request');
  });

  it('lists items closed as not planned or unmerged as dropped: not blocking, outside the completion figure', async () => {
    givenMilestone(BETA, [
      { number: 102, kind: 'issue', title: 'Slow start', state: 'CLOSED', stateReason: 'COMPLETED' },
      { number: 104, kind: 'issue', title: 'Plugin API', state: 'CLOSED', stateReason: 'NOT_PLANNED' },
      { number: 105, kind: 'pull', title: 'Rewrite in Rust', state: 'CLOSED' },
    ]);
    const run = await scenario.pullRequest();
    expect(run.code).toBe(0);
    const report = reportOf(run);
    expect(report.counts).toMatchObject({ items: 2, satisfied: 2, dropped: 2 });
    expect(report.completion).toBe(100);
    expect(report.phases[0]!.milestone!.dropped.map((link) => [link.name, link.state])).toEqual([
      [`${REPOSITORY}#104`, 'not_planned'],
      [`${REPOSITORY}#105`, 'closed_unmerged'],
    ]);
    // The figures line counts them, in every view's words.
    expect(run.summary).toContain('⚪ 2 dropped');
    expect(run.stdout).toContain('⚪ 2 dropped');
    const issues = `https://github.com/${REPOSITORY}`;
    expect(run.summary).toContain(`1 of 1 closed, due 2026-12-20 · dropped: [#104](${issues}/issues/104), [#105](${issues}/pull/105)`);
  });

  it('is incomplete when the milestone is empty', async () => {
    givenMilestone(BETA, []);
    const run = await scenario.pullRequest();
    expect(run.code).toBe(1);
    expect(reportOf(run).phases[0]!.complete).toBe(false);
    expect(scenario.botComments()[0]!.body).toContain('no items yet');
  });

  it('reports a closed milestone with open items as drift', async () => {
    givenMilestone({ ...BETA, state: 'CLOSED' }, [{ number: 101, kind: 'issue', title: 'Crash on empty config', state: 'OPEN' }]);
    const run = await scenario.pullRequest();
    expect(run.code).toBe(1);
    const report = reportOf(run);
    expect(report.counts.drift).toBe(1);
    expect(report.phases[0]!.tasks.find((task) => task.drift)!.reason).toBe(
      `in milestone 'v2.0 beta', which is closed, but ${REPOSITORY}#101 is still open`,
    );
    expect(run.annotations.find((annotation) => annotation.title === 'Readiness drift: #101')).toMatchObject({
      file: MANIFEST_PATH,
      line: lineOf(milestonePlan('"v2.0 beta"'), 'milestone:'),
    });
  });

  it('names a milestone that does not exist as a manifest error at its line', async () => {
    givenMilestone(BETA, [], milestonePlan('"v2.0 gamma"'));
    const run = await scenario.pullRequest();
    expect(run.code).toBe(1);
    const error = run.annotations.find((annotation) => annotation.level === 'error')!;
    expect(error).toMatchObject({ file: MANIFEST_PATH, line: lineOf(milestonePlan('"v2.0 gamma"'), 'milestone:'), col: 16 });
    expect(error.message).toContain(`milestone 'v2.0 gamma' of phase 'beta' does not exist in ${REPOSITORY}`);
    expect(run.outputs.ready).toBe('false');
  });
});

describe('an issue joining a milestone', () => {
  // By number, and by its title written in other case, which the milestone reader matches too.
  it.each([
    ['by number', (m: { number: number; title: string }) => String(m.number)],
    ['by title in other case', (m: { number: number; title: string }) => JSON.stringify(m.title.toUpperCase())],
  ])("refreshes the pull requests whose plan takes that milestone, named %s (GitHub's issues.milestoned payload)", async (_, named) => {
    const payload = webhookPayload('issues', 'milestoned') as { issue: { number: number }; milestone: { number: number; title: string } };
    const { number, title } = payload.milestone;
    givenMilestone(
      { number, title, state: 'OPEN' },
      [{ number: 102, kind: 'issue', title: 'Slow start', state: 'CLOSED', stateReason: 'COMPLETED' }],
      milestonePlan(named(payload.milestone)),
    );
    expect((await scenario.pullRequest({ inputs: { status: 'true' } })).code).toBe(0);
    expect(scenario.github.statuses.at(-1)).toMatchObject({ sha: HEAD_SHA, state: 'success' });

    // The issue of the payload (renumbered: its #2 is the pull request here) joins the milestone, still open.
    payload.issue.number = 150;
    scenario.issue({ number: payload.issue.number, kind: 'issue', title: 'Late addition', state: 'OPEN', milestone: number });
    const refresh = await scenario.run({ event: 'issues', payload, inputs: { status: 'true' } });
    expect(refresh.summary).toContain(`| #${PR_NUMBER} | ❌ not ready (beta) |`);
    expect(scenario.github.statuses.filter((status) => status.sha === HEAD_SHA).at(-1)).toMatchObject({ state: 'failure' });
  });
});

describe('reading a milestone', () => {
  /** 150 issues and 80 pull requests, all done. */
  function largeMilestone(): void {
    const items: Omit<IssueRecord, 'milestone'>[] = [];
    for (let n = 1; n <= 150; n++) items.push({ number: 1000 + n, kind: 'issue', title: `Issue ${n}`, state: 'CLOSED', stateReason: 'COMPLETED' });
    for (let n = 1; n <= 80; n++) items.push({ number: 2000 + n, kind: 'pull', title: `Pull ${n}`, state: 'MERGED' });
    givenMilestone(BETA, items);
  }

  const milestoneQueries = () => scenario.github.graphqlRequests().filter((r) => /query ReadinessMilestone/.test(r.body));

  it('reads 230 items in at most 5 queries, none per item', async () => {
    largeMilestone();
    const run = await scenario.run({ event: 'push', payload: webhookPayload('push'), sha: MAIN_SHA });
    expect(run.code).toBe(0);
    expect(reportOf(run).counts).toMatchObject({ items: 231, satisfied: 231 });
    // The milestone and its first 100 issues and 100 pull requests, then the last 50 issues.
    expect(milestoneQueries()).toHaveLength(2);
    expect(scenario.github.restRequests().filter((r) => r.path.includes('/issues/'))).toEqual([]);
  });

  it('on a server without duplicates or sub-issues, asks again without them, as for links', async () => {
    scenario.github.schemaFlavor = 'enterprise-server';
    givenMilestone(BETA, [
      { number: 102, kind: 'issue', title: 'Slow start', state: 'CLOSED', stateReason: 'COMPLETED' },
      { number: 104, kind: 'issue', title: 'Plugin API', state: 'CLOSED', stateReason: 'DUPLICATE' },
    ]);
    const run = await scenario.run({ event: 'push', payload: webhookPayload('push'), sha: MAIN_SHA });
    expect(run.code).toBe(0);
    expect(reportOf(run).phases[0]!.milestone!.dropped.map((link) => link.state)).toEqual(['not_planned']);
    // The one query such a server rejects is the first, and the run says so once.
    expect(scenario.github.rejectedQueries.map((r) => r.errors)).toEqual([
      ['Unknown argument "enableDuplicate" on field "Issue.stateReason".', 'Cannot query field "subIssuesSummary" on type "Issue".'],
    ]);
    expect(run.annotations.filter((a) => a.message.includes('cannot say which issues were closed as duplicates'))).toHaveLength(1);
    scenario.github.rejectedQueries.length = 0;
  });

  it('fails closed when the listing is cut short: a later page GitHub does not give leaves the phase incomplete', async () => {
    largeMilestone();
    // Every try of the second page fails at the gateway.
    scenario.github.faults.push({ path: /^\/graphql$/, requestBody: /ReadinessMilestonePages/, status: 502, times: 10 });
    const run = await scenario.run({ event: 'push', payload: webhookPayload('push'), sha: MAIN_SHA });
    expect(run.code).toBe(1);
    const report = reportOf(run);
    expect(report.ready).toBe(false);
    expect(report.caveats.join('\n')).toContain("GitHub listed 180 of the 230 issues and pull requests of milestone 'v2.0 beta'");
  });
});
