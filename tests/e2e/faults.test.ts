/**
 * The bundled action against GitHub's bad minutes, injected in the emulator: races,
 * writes stored before a 502, GraphQL's own failures, rate limits in every form, servers
 * that never answer or trickle, next-page links to another host, and 403s of every cause.
 * The GitHub layer's time runs 10 times faster here (TIME_SCALE) or more, so the product's
 * seconds in messages are real ones in production.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BAD_GATEWAY_PAGE, GRAPHQL_RATE_LIMITED, GRAPHQL_SOMETHING_WENT_WRONG, RecordingServer } from '../emulator/github.js';
import { TIME_SCALE, webhookPayload, type ActionRun } from '../support/action.js';
import { PR_NUMBER, READ_ONLY_TOKEN, REPOSITORY, scenarioPerTest, type Scenario } from '../support/scenario.js';

let scenario: Scenario;
scenarioPerTest((fresh) => (scenario = fresh));

const COMMENTS = /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/;
const CONTENTS = /\/contents\//;

/** The run's failure, as the runner shows it: the one error annotation that fails the step. */
function failure(run: ActionRun): string {
  const errors = run.annotations.filter((a) => a.level === 'error' && a.message.startsWith('readiness-gate failed: '));
  expect(errors).toHaveLength(1);
  return errors[0]!.message;
}

async function timed(run: Promise<ActionRun>): Promise<ActionRun & { seconds: number }> {
  const started = performance.now();
  const result = await run;
  return { ...result, seconds: (performance.now() - started) / 1000 };
}

/** Faster still, for the runs that wait out time limits: a 30-s limit lasts 0.15 s. */
const FASTER = '0.005';

/** Real seconds that stand for `seconds` of the GitHub layer's time at a time scale. */
const real = (seconds: number, scale = TIME_SCALE) => seconds * Number(scale);

describe('one comment, always', () => {
  it('two runs at once on one pull request leave one comment', async () => {
    // Both runs find no comment, and both create one: the emulator holds the two creates until both arrived.
    scenario.github.faults.push({ method: 'POST', path: COMMENTS, gather: 2, times: 2 });
    const runs = await Promise.all([scenario.pullRequest(), scenario.pullRequest()]);
    expect(runs.map((run) => run.code)).toEqual([1, 1]);
    expect(scenario.github.requests.filter((r) => r.method === 'POST' && COMMENTS.test(r.path))).toHaveLength(2);
    expect(scenario.botComments()).toHaveLength(1);
    expect(scenario.botComments()[0]!.body).toContain('`merge` gate is not ready');

    // The next run updates that one comment and turns it green.
    scenario.close(12);
    const fixed = await scenario.pullRequest();
    expect(fixed.code).toBe(0);
    expect(scenario.botComments()).toHaveLength(1);
    expect(scenario.botComments()[0]!.body).toContain('`merge` gate is ready');
  });

  it('a run that finds duplicates keeps the oldest, brings it up to date and deletes the rest', async () => {
    const marker = '<!-- readiness-gate: gate=merge -->';
    for (const id of [7, 3, 9]) {
      scenario.github.comments.push({ id, issueNumber: PR_NUMBER, author: 'github-actions[bot]', body: `${marker}\nstale ${id}` });
    }
    const run = await scenario.pullRequest();
    expect(run.code).toBe(1);
    expect(scenario.botComments().map((c) => c.id)).toEqual([3]);
    expect(scenario.botComments()[0]!.body).toContain('`merge` gate is not ready');
  });

  it('a duplicate GitHub refuses to delete is reported, the kept comment is still brought up to date, and the next run removes it', async () => {
    const marker = '<!-- readiness-gate: gate=merge -->';
    for (const id of [3, 7])
      scenario.github.comments.push({ id, issueNumber: PR_NUMBER, author: 'github-actions[bot]', body: `${marker}\nstale ${id}` });
    scenario.github.faults.push({ method: 'DELETE', path: /\/issues\/comments\/\d+$/, status: 502, times: 4 });
    const refused = await scenario.pullRequest();
    expect(failure(refused)).toMatch(
      /^readiness-gate failed: duplicate readiness comment not deleted, the next run will: DELETE \/repos\/[^ ]+\/issues\/comments\/7 answered 502: Server Error \(tried 4 times\)$/,
    );
    expect(scenario.botComments().find((c) => c.id === 3)!.body).toContain('`merge` gate is not ready');

    await scenario.pullRequest();
    expect(scenario.botComments().map((c) => c.id)).toEqual([3]);
  });

  it('a comment GitHub stored but answered 502 is not sent again', async () => {
    scenario.github.faults.push({ method: 'POST', path: COMMENTS, status: 502, body: BAD_GATEWAY_PAGE, afterStore: true, times: 1 });
    const run = await scenario.pullRequest();
    expect(run.code).toBe(1);
    expect(run.outputs.ready).toBe('false');
    expect(scenario.github.requests.filter((r) => r.method === 'POST' && COMMENTS.test(r.path))).toHaveLength(1);
    expect(scenario.botComments()).toHaveLength(1);
    expect(run.stdout).toContain(`Pull request comment on #${PR_NUMBER}: created.`);
  });

  it('a create that failed without being stored is sent again, once it is known not to be there', async () => {
    scenario.github.faults.push({ method: 'POST', path: COMMENTS, status: 502, times: 1 });
    const run = await scenario.pullRequest();
    expect(run.code).toBe(1);
    expect(scenario.github.requests.filter((r) => r.method === 'POST' && COMMENTS.test(r.path))).toHaveLength(2);
    expect(scenario.botComments()).toHaveLength(1);
  });
});

describe('retries that end', () => {
  it('retries a GraphQL query that failed on GitHub\'s side (200, data null, "Something went wrong")', async () => {
    scenario.close(12);
    scenario.github.faults.push({ method: 'POST', path: /^\/graphql$/, status: 200, body: GRAPHQL_SOMETHING_WENT_WRONG, times: 2 });
    const run = await scenario.pullRequest();
    expect(run.code).toBe(0);
    expect(run.outputs.ready).toBe('true');
    expect(scenario.github.faults[0]!.times).toBe(0);
  });

  it("retries GraphQL's RATE_LIMITED that comes without x-ratelimit-remaining: 0", async () => {
    scenario.close(12);
    scenario.github.faults.push({ method: 'POST', path: /^\/graphql$/, status: 200, body: GRAPHQL_RATE_LIMITED, times: 1 });
    // GraphQL names no wait here, so the run waits a minute: 1.2 s at this scale.
    const run = await scenario.pullRequest({ env: { READINESS_GATE_TIME_SCALE: '0.02' } });
    expect(run.code).toBe(0);
    expect(run.outputs.ready).toBe('true');
    expect(
      run.annotations.filter((a) => a.level === 'warning' && /rate limit hit on POST \/graphql; retrying in \d+ s/.test(a.message)),
    ).toHaveLength(1);
  });

  it('retry-after: 100000 ends the run at once, naming when the limit resets', async () => {
    scenario.github.faults.push({
      path: CONTENTS,
      status: 403,
      headers: { 'retry-after': '100000' },
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
      times: 1,
    });
    const run = await timed(scenario.pullRequest());
    expect(run.seconds).toBeLessThan(5);
    expect(failure(run)).toMatch(
      /^readiness-gate failed: GitHub's rate limit resets at \d{4}-\d\d-\d\d \d\d:\d\d UTC \(in 27 h 4\d min\); the run waits at most 60 s: re-run the job after that \(GET \/repos\/[^ ]+\/contents\/[^ ]+\)$/,
    );
  });

  it('x-ratelimit-reset: 99999999999 is clamped, not a timer that fires at once', async () => {
    scenario.github.faults.push({
      path: CONTENTS,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '99999999999' },
      body: { message: 'API rate limit exceeded for installation ID 4242.' },
      times: 5,
    });
    const run = await timed(scenario.pullRequest());
    expect(run.seconds).toBeLessThan(5);
    expect(scenario.github.requests.filter((r) => CONTENTS.test(r.path))).toHaveLength(1);
    expect(failure(run)).toContain('it resets at 5138-11-16 09:46 UTC');
  });

  it('a server that never answers: the run ends by itself with a clear message', async () => {
    scenario.github.faults.push({ path: CONTENTS, hang: true, times: 10 });
    const run = await timed(scenario.pullRequest({ env: { READINESS_GATE_TIME_SCALE: FASTER } }));
    // Four tries of 30 s and 7 s of backoff: about two minutes, well within the 4-minute limit.
    expect(run.seconds).toBeLessThan(real(240, FASTER) + 2);
    expect(failure(run)).toMatch(/^readiness-gate failed: GET \/repos\/[^ ]+\/contents\/[^ ]+ did not answer in full within 30 s \(tried 4 times\)$/);
    expect(scenario.github.requests.filter((r) => CONTENTS.test(r.path))).toHaveLength(4);
  });

  it('the whole run ends within its 4-minute limit, however many requests hang', async () => {
    // A scheduled refresh of three pull requests on three bases: each manifest read hangs for two minutes of retries.
    for (const [number, base] of [
      [31, 'c'],
      [32, 'd'],
      [33, 'e'],
    ] as const) {
      scenario.repo().pulls.set(number, { number, headSha: base.repeat(40), baseSha: base.repeat(40), files: [] });
      scenario.issue({ number, kind: 'pull', title: `Change ${number}`, state: 'OPEN' });
    }
    scenario.github.faults.push({ path: CONTENTS, hang: true, times: 100 });
    const run = await timed(scenario.run({ event: 'schedule', payload: { schedule: '0 6 * * *' }, env: { READINESS_GATE_TIME_SCALE: FASTER } }));
    expect(run.seconds).toBeLessThan(real(240, FASTER) + 2);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/stopped at the run's time limit of 4 min: GET \/repos\/[^ ]+\/contents\//);
    // Nothing was sent after the limit: at most four tries for each of the two reads that started before it.
    expect(scenario.github.requests.filter((r) => CONTENTS.test(r.path)).length).toBeLessThanOrEqual(8);
  });

  it('a body that trickles a byte at a time does not hold the run', async () => {
    // A byte every 250 s of the layer's time.
    scenario.github.faults.push({ path: CONTENTS, trickleMs: real(250, FASTER) * 1000, times: 10 });
    const run = await timed(scenario.pullRequest({ env: { READINESS_GATE_TIME_SCALE: FASTER } }));
    expect(run.seconds).toBeLessThan(real(240, FASTER) + 2);
    expect(failure(run)).toMatch(/did not answer in full within 30 s \(tried 4 times\)$/);
  });
});

describe("pagination stays on the API's host", () => {
  let elsewhere: RecordingServer;
  beforeEach(async () => {
    elsewhere = await new RecordingServer().start();
  });
  afterEach(() => elsewhere.stop());

  it('an absolute next link to another host is not followed: the token is never sent there', async () => {
    scenario.github.faults.push({
      method: 'GET',
      path: COMMENTS,
      headers: { link: `<${elsewhere.url}/repos/${REPOSITORY}/issues/${PR_NUMBER}/comments?page=2>; rel="next"` },
      times: 1,
    });
    const run = await scenario.pullRequest();
    expect(elsewhere.requests).toEqual([]);
    expect(run.code).toBe(1);
    expect(failure(run)).toBe(
      `readiness-gate failed: refused to send the token to ${elsewhere.url}: GitHub's answer pointed the next page outside ` +
        `GITHUB_API_URL (${scenario.github.apiUrl}); pagination stays on the API's host`,
    );
    expect(scenario.botComments()).toHaveLength(0);
  });
});

describe('messages', () => {
  it('a 502 HTML page becomes one line naming the request', async () => {
    scenario.github.faults.push({ path: CONTENTS, status: 502, body: BAD_GATEWAY_PAGE, times: 10 });
    const run = await scenario.pullRequest();
    const message = failure(run);
    expect(message).toMatch(
      /^readiness-gate failed: GET \/repos\/[^ ]+\/contents\/[^ ]+ answered 502: Unicorn! · GitHub \(an HTML page\) \(tried 4 times\)$/,
    );
    expect(run.stdout).not.toContain('<html');
    expect(run.stdout).not.toContain('No server is currently available');
  });

  it("tells a 403 by its cause: missing permission, a fork's read-only token, a spent rate limit", async () => {
    const permission = await scenario.pullRequest({ token: READ_ONLY_TOKEN });
    expect(permission.annotations.filter((a) => a.level === 'warning' && a.message.includes('Could not write'))).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(
          /^Could not write the readiness comment on #\d+: the token lacks the `pull-requests: write` permission \(GitHub: .*Resource not accessible by integration\)/,
        ),
      }),
    ]);

    const forked = webhookPayload('pull_request', 'opened') as { pull_request: { head: { repo: { full_name: string } } } };
    forked.pull_request.head.repo.full_name = 'mallory/Hello-World';
    const fork = await scenario.pullRequest({ token: READ_ONLY_TOKEN, payload: forked });
    expect(fork.code).toBe(1);
    expect(fork.annotations.filter((a) => a.level === 'warning' && a.message.includes('Could not write'))).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/: a pull request from a fork gets a read-only token/) }),
    ]);

    scenario.github.faults.push({
      method: 'POST',
      path: COMMENTS,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) },
      body: { message: 'API rate limit exceeded for installation ID 4242.' },
      times: 1,
    });
    const limited = await scenario.pullRequest();
    expect(limited.code).toBe(1);
    expect(limited.outputs.ready).toBe('false');
    const warnings = limited.annotations.filter((a) => a.level === 'warning' && a.message.includes('Could not write'));
    expect(warnings).toEqual([expect.objectContaining({ message: expect.stringMatching(/: GitHub's rate limit resets at /) })]);
    expect(warnings[0]!.message).not.toMatch(/fork|permission/);
  });
});
