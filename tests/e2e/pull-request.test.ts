import { describe, expect, it } from 'vitest';
import {
  BASE_SHA,
  HEAD_SHA,
  lineOf,
  MANIFEST_PATH,
  PLAN,
  PR_NUMBER,
  READ_ONLY_TOKEN,
  Scenario,
  scenarioPerTest,
  USER_TOKEN,
  ACTIONS_TOKEN,
} from '../support/scenario.js';

let scenario: Scenario;
scenarioPerTest((fresh) => (scenario = fresh));

describe('on a pull request', () => {
  it('fails while a blocking phase has an open issue, keeps one comment, and turns it green once the issue closes', async () => {
    const first = await scenario.pullRequest();
    expect(first.code).toBe(1);
    expect(first.outputs).toMatchObject({ ready: 'false', 'incomplete-phases': 'P0', completion: '50' });
    expect(first.annotations).toContainEqual(
      expect.objectContaining({ level: 'error', message: expect.stringContaining("Gate 'merge' is not ready: incomplete phases P0") }),
    );
    expect(scenario.botComments()).toHaveLength(1);
    const [comment] = scenario.botComments();
    expect(comment!.body).toContain('<!-- readiness-gate: gate=merge -->');
    expect(comment!.body).toContain('`merge` gate is not ready');

    const rerun = await scenario.pullRequest();
    expect(rerun.code).toBe(1);
    expect(scenario.botComments()).toHaveLength(1);

    scenario.close(12);
    const fixed = await scenario.pullRequest();
    expect(fixed.code).toBe(0);
    expect(fixed.outputs).toMatchObject({ ready: 'true', 'incomplete-phases': '', completion: '100' });
    expect(scenario.botComments()).toHaveLength(1);
    expect(scenario.botComments()[0]!.id).toBe(comment!.id);
    expect(scenario.botComments()[0]!.body).toContain('`merge` gate is ready');
  });

  it('never edits a comment by someone else that copies the marker', async () => {
    scenario.github.comments.push({
      id: 1,
      issueNumber: PR_NUMBER,
      author: 'mallory',
      body: '<!-- readiness-gate: gate=merge -->\nAll good, merge it!',
    });
    const run = await scenario.pullRequest();
    expect(run.code).toBe(1);
    expect(scenario.github.comments.find((c) => c.id === 1)!.body).toBe('<!-- readiness-gate: gate=merge -->\nAll good, merge it!');
    expect(scenario.botComments()).toHaveLength(1);
  });

  it('finds its comment on a later page of a busy pull request', async () => {
    for (let i = 0; i < 250; i++) {
      scenario.github.comments.push({ id: 10 + i, issueNumber: PR_NUMBER, author: 'octocat', body: `comment ${i}` });
    }
    await scenario.pullRequest();
    await scenario.pullRequest();
    expect(scenario.botComments()).toHaveLength(1);
    const pages = scenario.github.requests.filter((r) => r.method === 'GET' && r.path.endsWith(`/issues/${PR_NUMBER}/comments`));
    // The first run reads them again after creating its comment, to catch a run beside it.
    expect(pages.map((r) => r.query.get('page') ?? '1')).toEqual(['1', '2', '3', '1', '2', '3', '1', '2', '3']);
  });

  it('with comment: auto creates no comment when the gate is ready', async () => {
    scenario.close(12);
    const run = await scenario.pullRequest();
    expect(run.code).toBe(0);
    expect(scenario.github.comments).toHaveLength(0);
  });

  it('with comment: always comments even when ready; with never, not even when failing', async () => {
    scenario.close(12);
    expect((await scenario.pullRequest({ inputs: { comment: 'always' } })).code).toBe(0);
    expect(scenario.botComments()).toHaveLength(1);
    expect(scenario.botComments()[0]!.body).toContain('gate is ready');

    const fresh = await new Scenario().start();
    try {
      const run = await fresh.pullRequest({ inputs: { comment: 'never' } });
      expect(run.code).toBe(1);
      expect(fresh.github.comments).toHaveLength(0);
      expect(fresh.github.requests.some((r) => r.path.includes('/comments'))).toBe(false);
    } finally {
      await fresh.stop();
    }
  });

  it('with enforce: false reports but passes', async () => {
    const run = await scenario.pullRequest({ inputs: { enforce: 'false' } });
    expect(run.code).toBe(0);
    expect(run.outputs.ready).toBe('false');
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'warning', message: expect.stringContaining('(not enforced)') }));
  });

  it('writes the job summary and the full JSON report', async () => {
    const run = await scenario.pullRequest();
    expect(run.summary).toContain('Hello-World readiness');
    expect(run.summary).toContain('<details><summary>❌ <code>P0</code> Critical security — 1/2 items · incomplete</summary>');
    const report = JSON.parse(run.outputs.report!);
    expect(report).toMatchObject({ ready: false, gate: 'merge', incompletePhases: ['P0'], completion: 50 });
    expect(report.phases[0].tasks[0].links).toEqual([expect.objectContaining({ ref: '#12', kind: 'issue', state: 'open' })]);
  });

  it('annotates drift on the task line of the manifest', async () => {
    const run = await scenario.pullRequest();
    expect(run.annotations).toContainEqual({
      level: 'warning',
      file: MANIFEST_PATH,
      line: lineOf(PLAN, 'id: P0.1'),
      title: 'Readiness drift: P0.1',
      message: 'P0.1 is marked done, but Codertocat/Hello-World#12 is still open',
    });
  });

  it('calls out not-planned issues, unmerged PRs and unreadable links in the summary, without crashing', async () => {
    scenario.issue({ number: 20, kind: 'issue', title: 'Won’t do', state: 'CLOSED', stateReason: 'NOT_PLANNED' });
    scenario.issue({ number: 21, kind: 'pull', title: 'Abandoned', state: 'CLOSED' });
    scenario.issue({ number: 1, kind: 'issue', title: 'Private', state: 'CLOSED', stateReason: 'COMPLETED' }, 'secret/vault');
    scenario.repo('secret/vault').hiddenFrom.add(ACTIONS_TOKEN);
    scenario.close(12);
    scenario.manifest(
      `version: 1
phases:
  - id: P0
    name: Security
    blocking: true
    tasks:
      - { id: A, title: a, links: ["#20"] }
      - { id: B, title: b, links: ["#21"] }
      - { id: C, title: c, links: ["#999"] }
      - { id: D, title: d, links: ["secret/vault#1"] }
      - { id: E, title: e, links: ["#12"] }
`,
      BASE_SHA,
    );
    const run = await scenario.pullRequest();
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const tasks = JSON.parse(run.outputs.report!).phases[0].tasks;
    expect(tasks.map((t: { links: { state: string }[] }) => t.links[0]!.state)).toEqual([
      'not_planned',
      'closed_unmerged',
      'unknown',
      'unknown',
      'completed',
    ]);
    // The summary keeps references from linking with a zero-width space after '#'.
    const summary = run.summary.replace(/\u200b/g, '');
    // Each with what to do about it.
    expect(summary).toContain('#20 was closed as not planned: relink or waive');
    expect(summary).toContain('#21 was closed without merging: link the pull request that replaces it, or waive');
    expect(summary).toContain('#999 could not be read (not found, or the token cannot read it): check the reference and that the token can read it');
    expect(summary).toContain('secret/vault#1 could not be read');
    expect(run.outputs.completion).toBe('20');
  });

  it('reads the manifest from the base branch, so a pull request cannot weaken its own gate', async () => {
    // The pull request waives its own blocking task in the manifest it carries.
    scenario.manifest(PLAN.replace('        links: ["#12"]', '        waiver: { reason: "not needed after all" }'), HEAD_SHA);
    const base = await scenario.pullRequest();
    expect(base.code).toBe(1);
    const contents = scenario.github.requests.filter((r) => r.path.includes('/contents/'));
    expect(contents.map((r) => r.query.get('ref'))).toEqual([BASE_SHA]);

    const head = await scenario.pullRequest({ inputs: { 'manifest-ref': 'head' } });
    expect(head.code).toBe(0);
    expect(head.outputs.ready).toBe('true');
  });

  it('uses paths: a phase is skipped unless the PR touches them, also when the match is on a later page', async () => {
    scenario.manifest(PLAN.replace('    blocking: true\n', '    blocking: true\n    paths: ["deploy/**"]\n'), BASE_SHA);
    const skipped = await scenario.pullRequest();
    expect(skipped.code).toBe(0);
    expect(JSON.parse(skipped.outputs.report!).skippedPhases).toEqual(['P0']);
    expect(skipped.summary).toContain('skipped');

    const pull = scenario.repo().pulls.get(PR_NUMBER)!;
    pull.files = [...Array.from({ length: 230 }, (_, i) => `src/file${i}.ts`), 'deploy/prod/values.yaml'];
    const applied = await scenario.pullRequest();
    expect(applied.code).toBe(1);
    expect(applied.outputs['incomplete-phases']).toBe('P0');
    const pages = scenario.github.requests.filter((r) => r.path.endsWith(`/pulls/${PR_NUMBER}/files`)).map((r) => r.query.get('page') ?? '1');
    expect(pages).toEqual(['1', '1', '2', '3']);

    pull.files = ['README.md'];
    const release = await scenario.pullRequest({ inputs: { gate: 'release' } });
    expect(release.code).toBe(1);
    expect(JSON.parse(release.outputs.report!).skippedPhases).toEqual([]);
  });

  it('counts the pull request under evaluation as merged for a task that links to it', async () => {
    scenario.manifest(PLAN.replace('links: ["#12"]', `links: ["https://github.com/Codertocat/Hello-World/pull/${PR_NUMBER}"]`), BASE_SHA);
    const run = await scenario.pullRequest();
    expect(run.code).toBe(0);
    const link = JSON.parse(run.outputs.report!).phases[0].tasks[0].links[0];
    expect(link).toMatchObject({ state: 'merged', detail: 'this pull request completes it', completedByThisPullRequest: 'merging' });
  });

  it('reports an invalid manifest as an error at its exact line and column', async () => {
    const broken = PLAN.replace('status: todo', 'status: dne');
    scenario.manifest(broken, BASE_SHA);
    const run = await scenario.pullRequest();
    expect(run.code).toBe(1);
    expect(run.annotations).toContainEqual({
      level: 'error',
      file: MANIFEST_PATH,
      line: lineOf(broken, 'status: dne'),
      col: 17,
      title: 'readiness-gate configuration',
      message: "unknown status 'dne' — expected todo, in-progress, blocked or done (did you mean 'done'?)",
    });
    expect(run.stdout).not.toMatch(/\n\s+at .*\.js:\d+/);
    expect(scenario.github.comments).toHaveLength(0);
  });

  it('reports a missing manifest and an unknown gate plainly', async () => {
    const missing = await scenario.pullRequest({ inputs: { manifest: 'ops/readiness.yml' } });
    expect(missing.code).toBe(1);
    expect(missing.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: expect.stringContaining('ops/readiness.yml no manifest at this path in Codertocat/Hello-World'),
      }),
    );
    const gate = await scenario.pullRequest({ inputs: { gate: 'relase' } });
    expect(gate.code).toBe(1);
    expect(gate.annotations).toContainEqual(
      expect.objectContaining({ level: 'error', message: expect.stringContaining("unknown gate 'relase' (did you mean 'release'?)") }),
    );
  });

  it('on a fork with a read-only token still evaluates and fails correctly, with one warning naming the permission', async () => {
    const run = await scenario.pullRequest({ token: READ_ONLY_TOKEN });
    expect(run.code).toBe(1);
    expect(run.outputs.ready).toBe('false');
    expect(run.summary).toContain('gate is not ready');
    const warnings = run.annotations.filter((a) => a.level === 'warning' && a.message.includes('pull-requests: write'));
    expect(warnings).toHaveLength(1);
    expect(scenario.github.comments).toHaveLength(0);

    scenario.close(12);
    const passing = await scenario.pullRequest({ token: READ_ONLY_TOKEN, inputs: { comment: 'always' } });
    expect(passing.code).toBe(0);
  });

  it('behaves the same under pull_request_target, reading only the base manifest', async () => {
    // The pull request waives its own blocking task in the manifest it carries.
    scenario.manifest(PLAN.replace('        links: ["#12"]', '        waiver: { reason: "not needed after all" }'), HEAD_SHA);
    const run = await scenario.pullRequest({ event: 'pull_request_target' });
    expect(run.code).toBe(1);
    expect(run.outputs['incomplete-phases']).toBe('P0');
    expect(scenario.botComments()).toHaveLength(1);
  });

  it('never lets another identity’s token take over the comment', async () => {
    await scenario.pullRequest();
    await scenario.pullRequest({ token: USER_TOKEN });
    expect(scenario.github.comments.filter((c) => c.author === 'mallory')).toHaveLength(1);
    expect(scenario.botComments()).toHaveLength(1);
  });
});
