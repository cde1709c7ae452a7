import { describe, expect, it } from 'vitest';
import type { RequestRecord } from '../emulator/github.js';
import { webhookPayload } from '../support/action.js';
import { BASE_SHA, PR_NUMBER, scenarioPerTest, type Scenario } from '../support/scenario.js';

let scenario: Scenario;
scenarioPerTest((fresh) => (scenario = fresh));

/** A round trip long enough that requests sent together and requests sent one after another cannot be confused. */
const LATENCY_MS = 200;

/**
 * How many round trips in a row the requests took: a request starts a new round when it
 * was sent a good part of a round trip after the previous one, which only an answer it
 * waited for explains.
 */
function sequentialDepth(requests: readonly RequestRecord[]): number {
  const times = requests.map((r) => r.at).sort((a, b) => a - b);
  return times.filter((at, i) => i === 0 || at - times[i - 1]! >= LATENCY_MS * 0.6).length;
}

function describeRequest(request: RequestRecord): string {
  if (request.path === '/graphql') return `POST graphql ${/^\{"query":"query (\w+)/.exec(request.body)?.[1] ?? '?'}`;
  return `${request.method} ${decodeURIComponent(request.path).replace(/^\/repos\/[^/]+\/[^/]+/, '')}`;
}

/**
 * A first run that creates the comment, then, once #12 closed, a second one at a round trip's
 * latency that updates it and passes: the run whose requests are counted.
 */
async function runAgainOnceIssueClosed() {
  expect((await scenario.pullRequest()).code).toBe(1);
  scenario.close(12);
  scenario.github.requests.length = 0;
  scenario.github.latencyMs = LATENCY_MS;
  const run = await scenario.pullRequest();
  expect(run.code).toBe(0);
  return run;
}

describe('the pull-request run in round trips', () => {
  it('reads beside the manifest, then the links, then writes: three round trips in a row', async () => {
    // The first run creates the comment; the second, after the issue closed, updates it.
    await runAgainOnceIssueClosed();
    const requests = scenario.github.requests;
    expect(requests.map(describeRequest).sort()).toEqual(
      [
        'GET /contents/.github/readiness.yml',
        `GET /issues/${PR_NUMBER}/comments`,
        `GET /pulls/${PR_NUMBER}/files`,
        'POST graphql ReadinessPullRequest',
        'POST graphql ReadinessLinks',
        'PATCH /issues/comments/1000',
      ].sort(),
    );
    expect(sequentialDepth(requests)).toBe(3);
    expect(scenario.botComments()).toHaveLength(1);
    expect(scenario.botComments()[0]!.body).toContain('gate is ready');
  });

  it('a milestone phase of 100 items costs no round trip more: it is read beside the links', async () => {
    scenario.repo().milestones.set(3, { number: 3, title: 'v2.0 beta', state: 'OPEN' });
    for (let n = 1; n <= 100; n++) {
      scenario.issue({
        number: 500 + n,
        kind: n % 4 === 0 ? 'pull' : 'issue',
        title: `Item ${n}`,
        state: n % 4 === 0 ? 'MERGED' : 'CLOSED',
        milestone: 3,
      });
    }
    const plan = `version: 1\nphases:\n  - id: P0\n    name: Beta\n    blocking: true\n    milestone: v2.0 beta\n    tasks:\n      - { id: P0.1, title: Secrets, links: ["#12"] }\n`;
    scenario.manifest(plan, BASE_SHA);
    const run = await runAgainOnceIssueClosed();
    expect(JSON.parse(run.outputs.report!).counts).toMatchObject({ items: 101, satisfied: 101 });
    const requests = scenario.github.requests;
    expect(requests.map(describeRequest).filter((r) => r.includes('Milestone'))).toEqual(['POST graphql ReadinessMilestones']);
    expect(sequentialDepth(requests)).toBe(3);
  });

  it('the token identity comes from the query sent anyway: no query of its own', async () => {
    await scenario.pullRequest();
    const queries = scenario.github.graphqlRequests().map(describeRequest);
    expect(queries).not.toContain('POST graphql ReadinessViewer');
    expect(queries).not.toContain('POST graphql ReadinessClosingIssues');
    expect(queries.filter((q) => q === 'POST graphql ReadinessPullRequest')).toHaveLength(1);
  });
});

/** At `sha`, a one-phase manifest of `count` tasks, each linked to its own closed issue #first+1, #first+2, …. */
function closedLinkedTasks(sha: string, first: number, count: number): void {
  const tasks: string[] = [];
  for (let n = 1; n <= count; n++) {
    scenario.issue({ number: first + n, kind: 'issue', title: `Issue ${n}`, state: 'CLOSED', stateReason: 'COMPLETED' });
    tasks.push(`      - { id: T${n}, title: "Task ${n}", links: ["#${first + n}"] }`);
  }
  scenario.manifest(`version: 1\nphases:\n  - id: P0\n    name: All\n    blocking: true\n    tasks:\n${tasks.join('\n')}\n`, sha);
}

describe('link lookup', () => {
  it('batches of one shape send one query text, their repositories and numbers as variables', async () => {
    const sha = 'e'.repeat(40);
    closedLinkedTasks(sha, 2000, 250);

    // Real time: the emulator validates each distinct text, which must not race a shortened request limit.
    const run = await scenario.run({ event: 'push', payload: webhookPayload('push'), sha, env: { READINESS_GATE_TIME_SCALE: '1' } });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs.report!).counts).toMatchObject({ items: 250, satisfied: 250 });
    const bodies = scenario.github
      .graphqlRequests()
      .map((r) => JSON.parse(r.body) as { query: string; variables: Record<string, unknown> })
      .filter((body) => body.query.startsWith('query ReadinessLinks'));
    // 100, 100 and 50 links: the two full batches share their text; every number is a variable.
    expect(bodies).toHaveLength(3);
    expect(new Set(bodies.map((body) => body.query)).size).toBe(2);
    const numbers = bodies.flatMap((body) => Object.entries(body.variables).filter(([name]) => /^r\d+i\d+$/.test(name)));
    expect(numbers.map(([, value]) => value as number).sort((a, b) => a - b)).toEqual(Array.from({ length: 250 }, (_, i) => 2001 + i));
    for (const body of bodies) expect(body.query).not.toMatch(/\b20\d\d\b/);
  });

  it('a batch GitHub gives up on (504 after every retry) is split and resolved, not failed', async () => {
    const sha = 'd'.repeat(40);
    closedLinkedTasks(sha, 1000, 100);
    // The first attempt and its three retries all time out at the gateway.
    scenario.github.faults.push({ path: /^\/graphql$/, status: 504, times: 4, body: { message: 'We couldn’t respond to your request in time.' } });

    const run = await scenario.run({ event: 'push', payload: webhookPayload('push'), sha });
    expect(run.code).toBe(0);
    expect(run.outputs.ready).toBe('true');
    const linkQueries = scenario.github.graphqlRequests().filter((r) => r.body.includes('ReadinessLinks'));
    // Four failed tries of the whole batch, then its two halves.
    expect(linkQueries).toHaveLength(6);
    expect(scenario.github.faults[0]!.times).toBe(0);
  });
});
