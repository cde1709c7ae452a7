import { describe, expect, it } from 'vitest';
import { Limiter, retryDecision } from '../../src/github/retries.js';

const NOW = 1_800_000_000_000;

describe('retryDecision', () => {
  it('retries server errors three times, after 1, 2 and 4 seconds', () => {
    const failure = { status: 502, message: 'Bad Gateway' };
    expect([0, 1, 2, 3].map((attempt) => retryDecision(failure, attempt, NOW))).toEqual([
      { retry: true, waitMs: 1000, rateLimited: false },
      { retry: true, waitMs: 2000, rateLimited: false },
      { retry: true, waitMs: 4000, rateLimited: false },
      { retry: false },
    ]);
  });

  it('waits out a secondary rate limit for retry-after seconds, or a minute without it', () => {
    const message = 'You have exceeded a secondary rate limit.';
    expect(retryDecision({ status: 403, message, headers: { 'retry-after': '7' } }, 0, NOW)).toEqual({ retry: true, waitMs: 7000, rateLimited: true });
    expect(retryDecision({ status: 403, message }, 0, NOW)).toEqual({ retry: true, waitMs: 60_000, rateLimited: true });
    expect(retryDecision({ status: 429, message: 'Too Many Requests', headers: { 'retry-after': 2 } }, 0, NOW)).toMatchObject({ waitMs: 2000 });
  });

  it('waits for a spent primary limit until one second past its reset', () => {
    const headers = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 30) };
    expect(retryDecision({ status: 403, message: 'API rate limit exceeded', headers }, 0, NOW)).toEqual({ retry: true, waitMs: 31_000, rateLimited: true });
  });

  it('gives up on rate limits after three waits', () => {
    expect(retryDecision({ status: 403, message: 'secondary rate limit', headers: { 'retry-after': '1' } }, 3, NOW)).toEqual({ retry: false });
  });

  it('does not retry a 403 that is a missing permission, nor other client errors', () => {
    expect(retryDecision({ status: 403, message: 'Resource not accessible by integration' }, 0, NOW)).toEqual({ retry: false });
    for (const status of [400, 401, 404, 422]) expect(retryDecision({ status, message: 'no' }, 0, NOW)).toEqual({ retry: false });
    expect(retryDecision({ message: 'socket hang up' }, 0, NOW)).toEqual({ retry: false });
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
