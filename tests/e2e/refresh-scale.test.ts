import { describe, expect, it } from 'vitest';
import type { RequestRecord } from '../emulator/github.js';
import { webhookPayload } from '../support/action.js';
import { MANIFEST_PATH, PR_NUMBER, scenarioPerTest, type Scenario } from '../support/scenario.js';

let scenario: Scenario;
scenarioPerTest((fresh) => (scenario = fresh));

const BOT = 'github-actions[bot]';
const MARKER = '<!-- readiness-gate: gate=merge -->';
const FIRST = 1001;

/** A plan whose blocking phase is gated by `paths` and waits for issue #12. */
const PLAN = `version: 1
title: Refresh at scale
phases:
  - id: P0
    name: Critical security
    blocking: true
    paths: ["src/**"]
    tasks:
      - id: P0.1
        title: Remove default secrets
        status: done
        links: ["#12"]
      - id: P0.2
        title: Rate-limit the login endpoint
        status: done
`;

const sha = (kind: 'a' | 'b', n: number) => `${kind}${n.toString(16).padStart(39, '0')}`;

/** Open pull requests FIRST… each on a base commit of its own, all with the same manifest there. */
function openPullRequests(from: number, count: number): void {
  for (let n = from; n < from + count; n++) {
    scenario.repo().pulls.set(n, { number: n, headSha: sha('a', n), baseSha: sha('b', n), files: ['src/app.ts', 'docs/x.md'] });
    scenario.issue({ number: n, kind: 'pull', title: `Change ${n}`, state: 'OPEN' });
    scenario.manifest(PLAN, sha('b', n));
  }
}

const isWrite = (r: RequestRecord) => r.method !== 'GET' && !(r.method === 'POST' && r.path === '/graphql');
const reads = () => scenario.github.requests.filter((r) => !isWrite(r));
const writes = () => scenario.github.requests.filter(isWrite);

function schedule(env: Record<string, string> = {}) {
  return scenario.run({ event: 'schedule', payload: { schedule: '0 6 * * *' }, inputs: { status: 'true' }, env });
}

/**
 * `count` open pull requests, each with this action's comment and status as a run left
 * them while #12 was open: the first pull request's are written by a real run, then
 * copied to the others (their footers differ, which a refresh ignores).
 */
async function refreshedWhileOpen(count: number): Promise<void> {
  scenario.repo().pulls.delete(PR_NUMBER);
  scenario.manifest(PLAN, '1'.repeat(40));
  openPullRequests(FIRST, 1);
  scenario.github.comments.push({ id: 1, issueNumber: FIRST, body: `${MARKER}\nan old report`, author: BOT });
  const first = await schedule();
  expect(first.code).toBe(1);
  const comment = scenario.github.comments.find((c) => c.issueNumber === FIRST)!;
  expect(comment.body).toContain('not ready');
  const status = scenario.github.statuses.find((s) => s.sha === sha('a', FIRST))!;
  expect(status).toMatchObject({ state: 'failure', context: 'readiness/merge' });

  openPullRequests(FIRST + 1, count - 1);
  for (let n = FIRST + 1; n < FIRST + count; n++) {
    const footer = `<sub>readiness-gate · manifest \`${MANIFEST_PATH}\` at \`${sha('b', n).slice(0, 7)}\`</sub>`;
    scenario.github.comments.push({
      id: n,
      issueNumber: n,
      body: comment.body.replace(/^<sub>.*<\/sub>$/m, footer).replace(`for #${FIRST}`, `for #${n}`),
      author: BOT,
    });
    scenario.github.statuses.push({ ...status, sha: sha('a', n) });
  }
  scenario.github.requests.length = 0;
}

describe('a scheduled refresh of many open pull requests', () => {
  it('300 pull requests, nothing changed: no write, and 13 reads in batched queries', async () => {
    await refreshedWhileOpen(300);
    const statusesBefore = scenario.github.statuses.length;
    const run = await schedule();
    expect(run.code).toBe(1);
    expect(writes()).toEqual([]);
    expect(scenario.github.statuses).toHaveLength(statusesBefore);
    // 6 pages of 50 pull requests, the rate limit, 3 queries naming the blob at 300 commits,
    // 1 reading the one distinct manifest, 1 for the links, and the manifest at GITHUB_SHA;
    // then the check that the gate is enforced: 1 query for its files, the branch's rules and protection.
    expect(reads()).toHaveLength(16);
    const enforcementReads = /\/(rules\/)?branches\//;
    expect(scenario.github.restRequests().filter((r) => enforcementReads.test(r.path))).toHaveLength(2);
    expect(
      scenario.github
        .restRequests()
        .filter((r) => !enforcementReads.test(r.path))
        .map((r) => `${r.method} ${decodeURIComponent(r.path)}`),
    ).toEqual(['GET /rate_limit', `GET /repos/${scenario.repo().owner}/${scenario.repo().name}/contents/${MANIFEST_PATH}`]);
    expect(run.summary).toContain(`| #${FIRST} | ❌ not ready (P0) | unchanged |`);
    expect(run.summary).toContain(`| #${FIRST + 299} | ❌ not ready (P0) | unchanged |`);
  });

  it('one linked issue closed turns 30 pull requests green: the same reads, one comment edit and one status each', async () => {
    await refreshedWhileOpen(30);
    scenario.close(12);
    const run = await schedule();
    expect(run.code).toBe(0);
    // 1 page, the rate limit, 1 query naming the blobs, 1 reading the manifest, 1 for the links, the manifest at GITHUB_SHA,
    // and the 3 reads of the enforcement check.
    expect(reads()).toHaveLength(9);
    const written = writes().map((r) => `${r.method} ${r.path.replace(/^\/repos\/[^/]+\/[^/]+/, '')}`);
    // …and the run's own commit, whose status changed too.
    expect(written).toHaveLength(61);
    expect(written.at(-1)).toBe(`POST /statuses/${'1'.repeat(40)}`);
    for (let n = FIRST; n < FIRST + 30; n++) {
      expect(written.filter((w) => w === `PATCH /issues/comments/${n === FIRST ? 1 : n}`)).toHaveLength(1);
      expect(written.filter((w) => w === `POST /statuses/${sha('a', n)}`)).toHaveLength(1);
      expect(scenario.github.comments.find((c) => c.issueNumber === n)!.body).toContain('gate is ready');
    }
    expect(scenario.github.statuses.at(-1)).toMatchObject({ sha: '1'.repeat(40), state: 'success' });
    expect(run.summary).toContain(`| #${FIRST + 29} | ✅ ready | updated |`);
  });

  it('stops early with a line in the summary when the rate limit is nearly spent', async () => {
    await refreshedWhileOpen(10);
    scenario.close(12);
    scenario.github.restRemaining = 60;
    const run = await schedule();
    // 60 requests left, 50 kept for the rest of the run: five pull requests get their two writes.
    expect(writes().filter((r) => r.path.includes('/issues/comments/'))).toHaveLength(5);
    expect(run.summary).toContain('Stopped early: 5 of 10 open pull requests were not refreshed');
    expect(run.annotations.filter((a) => a.level === 'warning' && /Stopped early/.test(a.message))).toHaveLength(1);
  });
});

describe('issues events', () => {
  it('an action that cannot change a verdict refreshes nothing and says so', async () => {
    const payload = webhookPayload('issues', 'labeled') as { issue: { number: number } };
    payload.issue.number = 12;
    const run = await scenario.run({ event: 'issues', payload, inputs: { status: 'true' } });
    expect(run.summary).toContain('An issue was labeled, which cannot change a verdict: no pull request was refreshed.');
    expect(scenario.github.graphqlRequests().filter((r) => r.body.includes('ReadinessOpenPullRequests'))).toEqual([]);
    expect(scenario.github.statuses.filter((s) => s.sha !== '1'.repeat(40))).toEqual([]);
  });
});
