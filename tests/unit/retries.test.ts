import { describe, expect, it } from 'vitest';
import { describeReset, forbiddenCause, GitHubError, isForkPullRequest, mayHaveLanded } from '../../src/github/errors.js';
import { Limiter, retryDecision, sendWithRetries, type Outcome, type RequestFailure, type RetryOptions } from '../../src/github/retries.js';
import { VirtualClock } from '../support/virtual-clock.js';

const NOW = 1_800_000_000_000;
const middle = () => 0.5;

describe('retryDecision', () => {
  it('retries server errors three times, after about 1, 2 and 4 seconds', () => {
    const failure = { status: 502, message: 'answered 502' };
    expect([0, 1, 2, 3].map((attempt) => retryDecision(failure, attempt, NOW, middle))).toEqual([
      { retry: true, waitMs: 1000, rateLimited: false },
      { retry: true, waitMs: 2000, rateLimited: false },
      { retry: true, waitMs: 4000, rateLimited: false },
      { retry: false },
    ]);
  });

  it('spreads backoff between half and one and a half times its step, so runs that failed together part ways', () => {
    const failure = { status: 503, message: 'answered 503' };
    expect(retryDecision(failure, 1, NOW, () => 0)).toMatchObject({ waitMs: 1000 });
    expect(retryDecision(failure, 1, NOW, () => 0.999)).toMatchObject({ waitMs: 2998 });
  });

  it("retries timeouts, lost connections and GraphQL failures on GitHub's side like server errors", () => {
    const failures: RequestFailure[] = [
      { message: 'did not answer', noAnswer: 'timeout' },
      { message: 'could not be reached', noAnswer: 'network' },
      { status: 200, message: "failed on GitHub's side: Something went wrong while executing your query.", graphql: 'transient' },
    ];
    for (const failure of failures) expect(retryDecision(failure, 0, NOW, middle)).toEqual({ retry: true, waitMs: 1000, rateLimited: false });
  });

  it('waits out a secondary rate limit for retry-after seconds, or a minute without it', () => {
    const message = 'answered 403: You have exceeded a secondary rate limit.';
    expect(retryDecision({ status: 403, message, headers: { 'retry-after': '7' } }, 0, NOW, () => 0)).toEqual({
      retry: true,
      waitMs: 7000,
      rateLimited: true,
    });
    expect(retryDecision({ status: 403, message }, 0, NOW, () => 0)).toEqual({ retry: true, waitMs: 60_000, rateLimited: true });
    expect(retryDecision({ status: 429, message: 'answered 429', headers: { 'retry-after': 2 } }, 0, NOW, () => 0)).toMatchObject({ waitMs: 2000 });
  });

  it('reads retry-after given as an HTTP date', () => {
    const headers = { 'retry-after': new Date(NOW + 20_000).toUTCString() };
    expect(retryDecision({ status: 429, message: 'answered 429', headers }, 0, NOW, () => 0)).toEqual({
      retry: true,
      waitMs: 20_000,
      rateLimited: true,
    });
  });

  it('waits for a spent primary limit until one second past its reset, plus up to a second of jitter', () => {
    const headers = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 30) };
    const failure = { status: 403, message: 'answered 403: API rate limit exceeded', headers };
    expect(retryDecision(failure, 0, NOW, () => 0)).toEqual({ retry: true, waitMs: 31_000, rateLimited: true });
    expect(retryDecision(failure, 0, NOW, middle)).toEqual({ retry: true, waitMs: 31_500, rateLimited: true });
  });

  it("retries GraphQL's RATE_LIMITED even without x-ratelimit-remaining: 0, after a minute at most", () => {
    const failure: RequestFailure = {
      status: 200,
      message: 'answered with a rate limit: API rate limit exceeded',
      headers: { 'x-ratelimit-remaining': '4000' },
      graphql: 'rate-limited',
    };
    expect(retryDecision(failure, 0, NOW, () => 0.99)).toEqual({ retry: true, waitMs: 60_000, rateLimited: true });
  });

  it('never waits more than a minute: a limit that resets later is given up on, naming the reset', () => {
    const long = retryDecision({ status: 429, message: 'answered 429', headers: { 'retry-after': '100000' } }, 0, NOW, middle);
    expect(long).toEqual({ retry: false, resetAt: NOW + 100_000_000 });

    const headers = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '99999999999' };
    const far = retryDecision({ status: 403, message: 'answered 403', headers }, 0, NOW, middle);
    expect(far).toEqual({ retry: false, resetAt: 99_999_999_999_000 + 1000 });
    expect(describeReset(99_999_999_999_000, NOW)).toMatch(/^at 5138-11-16 09:46 UTC \(in \d+ days\)$/);

    const beyondDates = retryDecision({ status: 429, message: 'answered 429', headers: { 'retry-after': '9'.repeat(400) } }, 0, NOW, middle);
    expect(beyondDates).toMatchObject({ retry: false });
    expect(describeReset((beyondDates as { resetAt: number }).resetAt, NOW)).not.toContain('Invalid');
  });

  it('treats a retry-after that is not a number or a date as absent', () => {
    expect(retryDecision({ status: 429, message: 'answered 429', headers: { 'retry-after': 'soon' } }, 0, NOW, () => 0)).toEqual({
      retry: true,
      waitMs: 60_000,
      rateLimited: true,
    });
  });

  it('gives up on rate limits after three waits', () => {
    expect(retryDecision({ status: 403, message: 'secondary rate limit', headers: { 'retry-after': '1' } }, 3, NOW)).toEqual({ retry: false });
  });

  it('does not retry a 403 that is a missing permission, nor other client errors', () => {
    expect(retryDecision({ status: 403, message: 'answered 403: Resource not accessible by integration' }, 0, NOW)).toEqual({ retry: false });
    for (const status of [400, 401, 404, 422]) expect(retryDecision({ status, message: 'no' }, 0, NOW)).toEqual({ retry: false });
  });
});

/** An attempt that plays a script of answers, one per call, each after `tookMs` of virtual time. */
function scripted<T>(clock: VirtualClock, script: (Outcome<T> | 'hang')[], tookMs = 100) {
  const calls: number[] = [];
  const attempt = async (signal: AbortSignal): Promise<Outcome<T>> => {
    calls.push(clock.now());
    const step = script[Math.min(calls.length - 1, script.length - 1)]!;
    // A server that never answers, or trickles its body slower than any limit: only the abort ends it.
    await clock.sleep(step === 'hang' ? 250_000 * 1000 : tookMs, signal);
    if (signal.aborted) return { failure: { message: 'aborted' } };
    return step === 'hang' ? { value: 'late' as T } : step;
  };
  return { attempt, calls };
}

function optionsFor(clock: VirtualClock, overrides: Partial<RetryOptions> = {}): RetryOptions & { warnings: string[] } {
  const warnings: string[] = [];
  return {
    clock,
    deadlineAt: clock.now() + 240_000,
    deadlineMs: 240_000,
    requestTimeoutMs: 30_000,
    repeatable: true,
    what: 'GET /repos/acme/api/contents/x',
    warn: (message) => warnings.push(message),
    random: middle,
    warnings,
    ...overrides,
  };
}

const badGateway: Outcome<string> = { failure: { status: 502, message: 'answered 502: Bad Gateway' } };

describe('sendWithRetries, in virtual time', () => {
  it('retries server errors with backoff to the answer', async () => {
    const clock = new VirtualClock();
    const { attempt, calls } = scripted(clock, [badGateway, badGateway, { value: 'ok' }]);
    const { result, elapsedMs } = await clock.run(sendWithRetries(attempt, optionsFor(clock)));
    expect(result).toEqual({ status: 'fulfilled', value: 'ok' });
    expect(calls.map((at) => at - calls[0]!)).toEqual([0, 1100, 3200]);
    expect(elapsedMs).toBe(3300);
  });

  it('gives up after three retries with one line naming the request and the attempts', async () => {
    const clock = new VirtualClock();
    const { attempt, calls } = scripted(clock, [badGateway]);
    const { result } = await clock.run(sendWithRetries(attempt, optionsFor(clock)));
    expect(calls).toHaveLength(4);
    const error = (result as PromiseRejectedResult).reason as GitHubError;
    expect(error).toBeInstanceOf(GitHubError);
    expect(error.message).toBe('GET /repos/acme/api/contents/x answered 502: Bad Gateway (tried 4 times)');
    expect(error.status).toBe(502);
  });

  it('never re-sends a write that may have been stored, and says so', async () => {
    const clock = new VirtualClock();
    const { attempt, calls } = scripted(clock, [badGateway, { value: 'created twice' }]);
    const options = optionsFor(clock, { repeatable: false, what: 'POST /repos/acme/api/issues/1/comments' });
    const { result } = await clock.run(sendWithRetries(attempt, options));
    expect(calls).toHaveLength(1);
    const error = (result as PromiseRejectedResult).reason;
    expect(mayHaveLanded(error)).toBe(true);
    expect((error as Error).message).toContain('not sent again, as GitHub may have stored it');
  });

  it('but does retry a write refused by a rate limit, which GitHub did not store', async () => {
    const clock = new VirtualClock();
    const limited: Outcome<string> = { failure: { status: 403, message: 'answered 403: secondary rate limit', headers: { 'retry-after': '5' } } };
    const { attempt, calls } = scripted(clock, [limited, { value: 'created' }]);
    const options = optionsFor(clock, { repeatable: false });
    const { result } = await clock.run(sendWithRetries(attempt, options));
    expect(result).toEqual({ status: 'fulfilled', value: 'created' });
    expect(calls).toHaveLength(2);
    expect(options.warnings).toEqual(['GitHub rate limit hit on GET /repos/acme/api/contents/x; retrying in 6 s.']);
  });

  it('ends at once, naming when the limit resets, when retry-after asks for 100000 s', async () => {
    const clock = new VirtualClock();
    const limited: Outcome<string> = {
      failure: { status: 403, message: 'answered 403: secondary rate limit', headers: { 'retry-after': '100000' } },
    };
    const { attempt } = scripted(clock, [limited]);
    const { result, elapsedMs } = await clock.run(sendWithRetries(attempt, optionsFor(clock)));
    expect(elapsedMs).toBe(100);
    const error = (result as PromiseRejectedResult).reason as GitHubError;
    expect(error.reason).toBe('rate-limit');
    expect(error.message).toBe(
      "GitHub's rate limit resets at 2026-11-24 15:46 UTC (in 27 h 47 min); the run waits at most 60 s: re-run the job after that (GET /repos/acme/api/contents/x)",
    );
    expect(forbiddenCause(error, { permission: 'pull-requests: write' })).toBe(`${error.message}.`);
  });

  it('times out a request that never answers, or trickles, after 30 s each try: about two minutes in all', async () => {
    const clock = new VirtualClock();
    const { attempt, calls } = scripted<string>(clock, ['hang']);
    const { result, elapsedMs } = await clock.run(sendWithRetries(attempt, optionsFor(clock)));
    expect(calls).toHaveLength(4);
    expect(elapsedMs).toBe(4 * 30_000 + 1000 + 2000 + 4000);
    expect(((result as PromiseRejectedResult).reason as Error).message).toBe(
      'GET /repos/acme/api/contents/x did not answer in full within 30 s (tried 4 times)',
    );
  });

  it("stops at the run's deadline, whatever is in flight or waiting", async () => {
    const clock = new VirtualClock();
    const { attempt } = scripted<string>(clock, ['hang']);
    const options = optionsFor(clock, { deadlineAt: clock.now() + 45_000, deadlineMs: 45_000 });
    const { result, elapsedMs } = await clock.run(sendWithRetries(attempt, options));
    expect(elapsedMs).toBeLessThanOrEqual(45_000);
    const error = (result as PromiseRejectedResult).reason as GitHubError;
    expect(error.reason).toBe('deadline');
    expect(error.message).toBe("stopped at the run's time limit of 45 s: GET /repos/acme/api/contents/x did not answer in full within 14 s");
  });

  it('sends nothing once the deadline has passed', async () => {
    const clock = new VirtualClock();
    const { attempt, calls } = scripted(clock, [{ value: 'ok' }]);
    const options = optionsFor(clock, { deadlineAt: clock.now() - 1 });
    const { result } = await clock.run(sendWithRetries(attempt, options));
    expect(calls).toHaveLength(0);
    expect(((result as PromiseRejectedResult).reason as GitHubError).reason).toBe('deadline');
  });

  it('does not start a wait that would end past the deadline', async () => {
    const clock = new VirtualClock();
    const limited: Outcome<string> = { failure: { status: 429, message: 'answered 429', headers: { 'retry-after': '50' } } };
    const { attempt, calls } = scripted(clock, [limited, { value: 'ok' }]);
    const options = optionsFor(clock, { deadlineAt: clock.now() + 20_000, deadlineMs: 20_000 });
    const { result, elapsedMs } = await clock.run(sendWithRetries(attempt, options));
    expect(calls).toHaveLength(1);
    expect(elapsedMs).toBe(100);
    expect(((result as PromiseRejectedResult).reason as Error).message).toBe(
      "stopped at the run's time limit of 20 s: GET /repos/acme/api/contents/x answered 429",
    );
  });
});

describe('forbiddenCause', () => {
  const forbidden = (message: string, headers = {}) => new GitHubError(message, 403, 'http', { headers });
  const comment = { permission: 'pull-requests: write' };

  it("tells a missing permission, a fork's read-only token and a spent rate limit apart", () => {
    const permission = forbidden('POST /repos/a/b/issues/1/comments answered 403: Resource not accessible by integration');
    expect(forbiddenCause(permission, comment)).toBe(
      "the token lacks the `pull-requests: write` permission (GitHub: POST /repos/a/b/issues/1/comments answered 403: Resource not accessible by integration); grant it in the workflow's `permissions`.",
    );
    expect(forbiddenCause(permission, { ...comment, fork: true })).toMatch(/^a pull request from a fork gets a read-only token/);
    expect(forbiddenCause(forbidden('GET /x answered 403: API rate limit exceeded for installation ID 1.'), comment)).toMatch(
      /^GitHub's rate limit for this token is spent/,
    );
  });

  it('is undefined for anything but a refusal', () => {
    expect(forbiddenCause(new GitHubError('GET /x answered 404: Not Found', 404, 'http'), comment)).toBeUndefined();
    expect(forbiddenCause(new Error('boom'), comment)).toBeUndefined();
  });

  it("knows a fork's pull request by its head repository", () => {
    const pull = (head: string | null, base: string) => ({
      pull_request: { head: { repo: head === null ? null : { full_name: head } }, base: { repo: { full_name: base } } },
    });
    expect(isForkPullRequest(pull('mallory/Hello-World', 'Codertocat/Hello-World'))).toBe(true);
    expect(isForkPullRequest(pull(null, 'Codertocat/Hello-World'))).toBe(true);
    expect(isForkPullRequest(pull('Codertocat/Hello-World', 'Codertocat/Hello-World'))).toBe(false);
    expect(isForkPullRequest({})).toBe(false);
  });
});

describe('Limiter', () => {
  it('runs tasks one at a time, in order, spacing their starts', async () => {
    // A fake clock: each task takes 200 ms; sleeping advances the time it reads.
    let now = 10_000;
    const sleeps: number[] = [];
    const clock = {
      now: () => now,
      sleep: async (ms: number) => {
        sleeps.push(ms);
        now += ms;
      },
    };
    const serial = new Limiter(1, 1000, clock);
    const events: string[] = [];
    const task = (name: string) => async () => {
      events.push(`start ${name} at ${now}`);
      await Promise.resolve();
      now += 200;
      events.push(`end ${name}`);
      return name;
    };
    const results = await Promise.all([serial.run(task('a')), serial.run(task('b')), serial.run(task('c'))]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(events).toEqual(['start a at 10000', 'end a', 'start b at 11000', 'end b', 'start c at 12000', 'end c']);
    expect(sleeps).toEqual([800, 800]);
  });

  it('starts its first unpaced tasks as soon as a slot is free, and spaces the rest from the last start', async () => {
    let now = 10_000;
    const clock = { now: () => now, sleep: async (ms: number) => void (now += ms) };
    const serial = new Limiter(1, 1000, clock, 2);
    const starts: number[] = [];
    const task = () => async () => {
      starts.push(now);
      await Promise.resolve();
      now += 200;
    };
    await Promise.all([1, 2, 3, 4].map(() => serial.run(task())));
    expect(starts).toEqual([10_000, 10_200, 11_200, 12_200]);
  });

  it('runs no more than its concurrency at once, in arrival order', async () => {
    const limiter = new Limiter(2, 0);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const releases: (() => void)[] = [];
    const task = (n: number) => () =>
      new Promise<number>((resolve) => {
        running++;
        most = Math.max(most, running);
        order.push(n);
        releases.push(() => {
          running--;
          resolve(n);
        });
      });
    const all = Promise.all([1, 2, 3, 4, 5].map((n) => limiter.run(task(n))));
    // Release tasks one by one as they start, until all five have run.
    while (order.length < 5 || releases.length > 0) {
      await new Promise((resolve) => setImmediate(resolve));
      releases.shift()?.();
    }
    expect(await all).toEqual([1, 2, 3, 4, 5]);
    expect(order).toEqual([1, 2, 3, 4, 5]);
    expect(most).toBe(2);
  });

  it('keeps going after a task fails', async () => {
    const serial = new Limiter(1, 0);
    const failed = serial.run(async () => {
      throw new Error('boom');
    });
    await expect(failed).rejects.toThrow('boom');
    await expect(serial.run(async () => 'after')).resolves.toBe('after');
  });
});
