/**
 * Never a green it cannot justify, and what GitHub already knows: each case a new user hit,
 * run through the built action against the emulator (every query validated against
 * GitHub's published schema), asserting the verdict, the outputs and the words shown.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { webhookPayload } from '../support/action.js';
import { ACTION_NODE } from '../support/node.js';
import { BASE_SHA, HEAD_SHA, PLAN, PR_NUMBER, REPOSITORY, scenarioPerTest, type Scenario } from '../support/scenario.js';

let scenario: Scenario;
scenarioPerTest((s) => (scenario = s));

const OWNER_REPO = REPOSITORY;

function plan(tasks: string, extra = ''): string {
  return `version: 1\nphases:\n  - id: P0\n    name: Release\n    blocking: true\n${extra}    tasks:\n${tasks}`;
}

describe('empty gates do not pass', () => {
  it('no blocking phase: the merge gate is a manifest error at the phases, with the fix', async () => {
    scenario.manifest(PLAN.replace('    blocking: true\n', ''), BASE_SHA);
    const run = await scenario.pullRequest();
    expect(run.code).toBe(1);
    expect(run.outputs.ready).toBe('false');
    const error = run.annotations.find((a) => a.level === 'error');
    expect(error).toMatchObject({ file: '.github/readiness.yml', line: 3 });
    expect(error!.message).toContain("gate 'merge' selects the blocking phases, but no phase is marked 'blocking: true'");
    expect(run.summary).toContain("no phase is marked 'blocking: true'");
  });

  it('gates: { merge: { phases: [] } } is an error at the gate', async () => {
    scenario.manifest(`${PLAN}gates:\n  merge: { phases: [] }\n`, BASE_SHA);
    const run = await scenario.pullRequest();
    expect(run.code).toBe(1);
    expect(run.annotations.find((a) => a.level === 'error')).toMatchObject({
      line: 22,
      message: expect.stringContaining("gate 'merge' selects no phase"),
    });
  });

  it('a blocking phase with no tasks is incomplete, and every view says it has no items yet', async () => {
    scenario.manifest(`${PLAN}  - id: P2\n    name: Launch review\n    blocking: true\n`, BASE_SHA);
    scenario.close(12);
    const run = await scenario.pullRequest();
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ ready: 'false', 'incomplete-phases': 'P2' });
    expect(run.summary).toContain('has no items yet');
    expect(scenario.botComments()[0]!.body).toContain('has no items yet');
  });
});

describe('links only from the GitHub the run talks to', () => {
  it.each(['https://gitlab.com/acme/api/issues/1', 'https://evil.example/acme/api/issues/1'])('%s is a manifest error at its line', async (url) => {
    scenario.manifest(plan(`      - { id: P0.1, title: Audit, status: done, links: ["${url}"] }\n`), BASE_SHA);
    const run = await scenario.pullRequest();
    expect(run.code).toBe(1);
    expect(run.outputs.ready).toBe('false');
    expect(run.annotations.find((a) => a.level === 'error')).toMatchObject({
      line: 7,
      message: expect.stringContaining(`link '${url}' is not on github.com`),
    });
  });

  it('on Enterprise Server, a github.com link is the foreign one', async () => {
    scenario.manifest(plan(`      - { id: P0.1, title: Audit, status: done, links: ["https://github.com/${OWNER_REPO}/issues/12"] }\n`), BASE_SHA);
    const run = await scenario.pullRequest({ enterprise: true });
    expect(run.code).toBe(1);
    expect(run.annotations.find((a) => a.level === 'error')!.message).toMatch(/is not on 127\.0\.0\.1:\d+, the GitHub this run verifies links on/);
  });

  it('a number past GitHub range is an error at its line, and the run still reports', async () => {
    scenario.manifest(plan('      - { id: P0.1, title: Audit, links: ["#2147483648", "#12"] }\n'), BASE_SHA);
    const run = await scenario.pullRequest();
    expect(run.code).toBe(1);
    expect(run.annotations.find((a) => a.level === 'error')).toMatchObject({ line: 7, message: expect.stringContaining("past GitHub's range") });
    expect(run.outputs.ready).toBe('false');
    expect(run.summary).toContain("past GitHub's range");
  });
});

describe('big pull requests', () => {
  it('a listing cut at 3,000 files counts every paths phase as touched, and says why', async () => {
    scenario.manifest(PLAN.replace('    blocking: true\n', '    blocking: true\n    paths: ["deploy/prod/**"]\n'), BASE_SHA);
    scenario.repo().pulls.get(PR_NUMBER)!.files = [...Array.from({ length: 3199 }, (_, i) => `src/f${i}.ts`), 'deploy/prod/values.yaml'];
    const payload = webhookPayload('pull_request', 'opened') as { pull_request: { changed_files: number } };
    payload.pull_request.changed_files = 3200;
    const run = await scenario.pullRequest({ payload });
    expect(run.code).toBe(1);
    expect(run.outputs['incomplete-phases']).toBe('P0');
    expect(JSON.parse(run.outputs.report!).skippedPhases).toEqual([]);
    expect(run.summary).toContain('GitHub lists at most 3,000 of the files a pull request changes');
    expect(run.summary).toContain('changes 3,200 files: every phase with');
  });
});

describe('merge queues', () => {
  it('judge the queued pull request as pull_request does: a task linking it counts it as merged', async () => {
    const payload = webhookPayload('merge_group') as { merge_group: { head_ref: string; head_sha: string; base_sha: string } };
    payload.merge_group.head_ref = `refs/heads/gh-readonly-queue/main/pr-${PR_NUMBER}-${'a'.repeat(40)}`;
    const manifest = PLAN.replace('links: ["#12"]', `links: ["https://github.com/${OWNER_REPO}/pull/${PR_NUMBER}"]`);
    scenario.manifest(manifest, BASE_SHA, payload.merge_group.base_sha);
    const onPullRequest = await scenario.pullRequest();
    expect(onPullRequest.code).toBe(0);

    const inQueue = await scenario.run({ event: 'merge_group', payload, sha: payload.merge_group.head_sha, inputs: { status: 'true' } });
    expect(inQueue.code).toBe(0);
    expect(inQueue.outputs.ready).toBe('true');
    const link = JSON.parse(inQueue.outputs.report!).phases[0].tasks[0].links[0];
    expect(link).toMatchObject({ state: 'merged', detail: 'this pull request completes it' });
    expect(scenario.github.statuses).toEqual([expect.objectContaining({ sha: payload.merge_group.head_sha, state: 'success' })]);
  });
});

describe('what GitHub knows', () => {
  function epic(state: 'OPEN' | 'CLOSED', closedChildren: number, children = 5) {
    for (let i = 0; i < children; i++) {
      const number = 200 + i;
      scenario.issue({
        number,
        kind: 'issue',
        title: `Part ${i}`,
        state: i < closedChildren ? 'CLOSED' : 'OPEN',
        stateReason: i < closedChildren ? 'COMPLETED' : null,
      });
    }
    scenario.issue({
      number: 100,
      kind: 'issue',
      title: 'Epic: hardening',
      state,
      stateReason: state === 'CLOSED' ? 'COMPLETED' : null,
      subIssues: Array.from({ length: children }, (_, i) => 200 + i),
    });
  }

  it('an epic closed while 3 of its 5 sub-issues are open is drift, not done', async () => {
    epic('CLOSED', 2);
    scenario.manifest(plan('      - { id: P0.1, title: Hardening, status: done, links: ["#100"] }\n'), BASE_SHA);
    const run = await scenario.pullRequest();
    expect(run.code).toBe(1);
    const task = JSON.parse(run.outputs.report!).phases[0].tasks[0];
    expect(task).toMatchObject({ satisfied: false, drift: true });
    expect(task.reason).toBe(`marked done, but ${OWNER_REPO}#100 is closed, but 3 of its 5 sub-issues are still open`);
    expect(task.links[0].subIssues).toEqual({ total: 5, closed: 2, open: 3 });
    expect(run.summary).toContain('2 of 5 sub-issues closed');
    expect(run.annotations.some((a) => a.level === 'warning' && a.line === 7)).toBe(true);
  });

  it("a listing cut short never lowers the count GitHub's summary gives", async () => {
    // 101 sub-issues, the first 100 closed: the one still open is past the first page.
    epic('CLOSED', 100, 101);
    scenario.manifest(plan('      - { id: P0.1, title: Hardening, status: done, links: ["#100"] }\n'), BASE_SHA);
    const run = await scenario.pullRequest();
    expect(run.code).toBe(1);
    const task = JSON.parse(run.outputs.report!).phases[0].tasks[0];
    expect(task).toMatchObject({ satisfied: false, drift: true });
    expect(task.links[0].subIssues).toEqual({ total: 101, closed: 100, open: 1 });
  });

  it('a sub-issue closed as not planned is not open: the epic is satisfied', async () => {
    epic('CLOSED', 5);
    scenario.close(204, 'NOT_PLANNED');
    scenario.manifest(plan('      - { id: P0.1, title: Hardening, links: ["#100"] }\n'), BASE_SHA);
    const run = await scenario.pullRequest();
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs.report!).phases[0].tasks[0].links[0].subIssues).toEqual({ total: 5, closed: 5, open: 0 });
  });

  it('an open epic whose sub-issues are all closed gets a hint to close it', async () => {
    epic('OPEN', 5);
    scenario.manifest(plan('      - { id: P0.1, title: Hardening, links: ["#100"] }\n'), BASE_SHA);
    const run = await scenario.pullRequest();
    expect(run.code).toBe(1);
    expect(JSON.parse(run.outputs.report!).phases[0].tasks[0].hint).toBe(
      `every sub-issue of ${OWNER_REPO}#100 is closed: close it if the work is done`,
    );
    expect(run.summary).toContain('5 of 5 sub-issues closed');
  });

  it('an issue the pull request closes when merged ("Fixes #12") counts as completed on that pull request', async () => {
    scenario.repo().issues.get(PR_NUMBER)!.closes = [{ owner: OWNER_REPO.split('/')[0]!, repo: OWNER_REPO.split('/')[1]!, number: 12 }];
    scenario.manifest(plan('      - { id: P0.1, title: Remove default secrets, links: ["#12"] }\n'), BASE_SHA);
    const run = await scenario.pullRequest();
    expect(run.code).toBe(0);
    const link = JSON.parse(run.outputs.report!).phases[0].tasks[0].links[0];
    expect(link).toMatchObject({ state: 'completed', detail: 'this pull request closes it' });
    expect(run.summary).toContain(`✨ this PR completes P0.1 by closing #\u200b12`);
    const push = await scenario.run({ event: 'push', payload: webhookPayload('push'), sha: BASE_SHA });
    expect(push.code).toBe(1);
  });

  it('a pull request closed without merging completes nothing: neither itself nor the issues it would have closed', async () => {
    scenario.repo().issues.get(PR_NUMBER)!.closes = [{ owner: OWNER_REPO.split('/')[0]!, repo: OWNER_REPO.split('/')[1]!, number: 12 }];
    scenario.manifest(plan('      - { id: P0.1, title: Remove default secrets, links: ["#12"] }\n'), BASE_SHA);
    const open = await scenario.pullRequest({ inputs: { status: 'true' } });
    expect(open.code).toBe(0);

    scenario.close(PR_NUMBER, 'NOT_PLANNED');
    const payload = webhookPayload('pull_request', 'closed') as {
      number: number;
      pull_request: { number: number; state: string; merged: boolean; head: { sha: string }; base: { sha: string } };
    };
    Object.assign(payload, { number: PR_NUMBER });
    Object.assign(payload.pull_request, { number: PR_NUMBER, state: 'closed', merged: false });
    Object.assign(payload.pull_request.head, { sha: HEAD_SHA });
    Object.assign(payload.pull_request.base, { sha: BASE_SHA });
    const closed = await scenario.run({ event: 'pull_request', payload, sha: HEAD_SHA, inputs: { status: 'true' } });
    expect(closed.code).toBe(1);
    const [issue] = JSON.parse(closed.outputs.report!).phases[0].tasks[0].links;
    expect(issue).toMatchObject({ state: 'open' });
    expect(issue.completedByThisPullRequest).toBeUndefined();
    expect(closed.summary).not.toContain('this PR completes');
    expect(scenario.github.statuses.at(-1)).toMatchObject({ sha: HEAD_SHA, state: 'failure' });
  });

  it('a duplicate is reported as duplicate, and stays unsatisfied', async () => {
    scenario.close(12, 'DUPLICATE');
    const run = await scenario.pullRequest();
    expect(run.code).toBe(1);
    expect(JSON.parse(run.outputs.report!).phases[0].tasks[0].links[0].state).toBe('duplicate');
    expect(run.summary).toContain('was closed as a duplicate');
  });

  it('a server without enableDuplicate is asked again without it, says so once, and reports not planned', async () => {
    scenario.github.schemaFlavor = 'enterprise-server';
    scenario.close(12, 'DUPLICATE');
    const run = await scenario.pullRequest();
    expect(run.code).toBe(1);
    expect(JSON.parse(run.outputs.report!).phases[0].tasks[0].links[0].state).toBe('not_planned');
    const notes = run.annotations.filter((a) => a.message.includes('cannot say which issues were closed as duplicates'));
    expect(notes).toHaveLength(1);
    expect(run.annotations.filter((a) => a.message.includes('does not know sub-issues'))).toHaveLength(1);
    // The one query such a server rejects is the first; the emulator recorded it, as it should.
    expect(scenario.github.rejectedQueries.map((r) => r.errors)).toEqual([
      ['Unknown argument "enableDuplicate" on field "Issue.stateReason".', 'Cannot query field "subIssuesSummary" on type "Issue".'],
    ]);
    scenario.github.rejectedQueries.length = 0;
  });
});

describe('gate names', () => {
  it.each(['toString', 'constructor', '__proto__'])('check --gate %s is an unknown gate, exit 2, no stack trace', (gate) => {
    const dir = mkdtempSync(join(tmpdir(), 'readiness-gate-'));
    writeFileSync(join(dir, 'readiness.yml'), PLAN);
    const result = spawnSync(ACTION_NODE, ['dist/cli/index.js', 'check', join(dir, 'readiness.yml'), '--gate', gate], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`unknown gate '${gate}'`);
    expect(result.stderr).not.toMatch(/TypeError|\n\s+at /);
  });
});

void HEAD_SHA;
