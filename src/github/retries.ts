/**
 * Retries and pacing for GitHub API requests, as GitHub documents them: server errors
 * are retried with backoff, rate limits are waited out (`retry-after`, or the reset time
 * when the primary limit is spent), mutations go one at a time a second apart, and
 * only a few queries run at once. A run makes a handful of requests, so this is a few
 * lines rather than a general scheduler, and adds no delay to a request that needs none.
 */

/** Server errors are tried again this often, after 1 s, 2 s and 4 s. */
export const SERVER_ERROR_RETRIES = 3;
/** Rate limits are waited out this often before the run gives up. */
export const RATE_LIMIT_RETRIES = 3;
/** When GitHub names no wait for a secondary rate limit, it asks for a minute. */
const SECONDARY_LIMIT_FALLBACK_S = 60;

export interface RequestFailure {
  status?: number;
  message: string;
  headers?: Record<string, string | number | undefined>;
}

export type RetryDecision =
  | { retry: false }
  | { retry: true; waitMs: number; rateLimited: boolean };

/** Whether and when to try a failed request again. `now` is milliseconds since the epoch. */
export function retryDecision(failure: RequestFailure, attempt: number, now: number): RetryDecision {
  const status = failure.status ?? 0;
  const header = (name: string) => {
    const value = failure.headers?.[name];
    return value === undefined ? undefined : String(value);
  };
  if (status === 403 || status === 429) {
    if (attempt >= RATE_LIMIT_RETRIES) return { retry: false };
    const retryAfter = Number(header('retry-after'));
    if (/secondary rate limit/i.test(failure.message) || Number.isFinite(retryAfter) && header('retry-after') !== undefined) {
      const seconds = Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : SECONDARY_LIMIT_FALLBACK_S;
      return { retry: true, waitMs: seconds * 1000, rateLimited: true };
    }
    if (header('x-ratelimit-remaining') === '0') {
      const resetMs = Number(header('x-ratelimit-reset')) * 1000;
      // One second past the reset, as GitHub advises.
      return { retry: true, waitMs: Math.max(0, resetMs - now) + 1000, rateLimited: true };
    }
    return { retry: false };
  }
  if (status >= 500 && attempt < SERVER_ERROR_RETRIES) {
    return { retry: true, waitMs: 1000 * 2 ** attempt, rateLimited: false };
  }
  return { retry: false };
}

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realClock: Clock = { now: () => Date.now(), sleep };

/**
 * Runs at most `concurrency` tasks at once, in the order they come, starting each at least
 * `gapMs` after the previous start.
 */
export class Limiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private lastStart = -Infinity;

  constructor(
    private readonly concurrency: number,
    private readonly gapMs: number,
    private readonly clock: Clock = realClock,
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active < this.concurrency) this.active++;
    // A finishing task hands its slot straight to the next waiting one.
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      const start = Math.max(this.clock.now(), this.lastStart + this.gapMs);
      this.lastStart = start;
      const wait = start - this.clock.now();
      if (wait > 0) await this.clock.sleep(wait);
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
