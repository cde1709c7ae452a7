/**
 * Retries, time limits and pacing for GitHub API requests, as GitHub documents them:
 * server errors and GraphQL's own transient failures are retried with backoff and
 * jitter; rate limits in every form are waited out when they reset within a minute, and
 * end the run with the reset time when they do not; every request has a time limit for
 * its whole answer, body included; and the run as a whole has a deadline, so it ends by
 * itself whatever the server does. All waiting goes through an injected `Clock`.
 *
 * In place of @octokit/plugin-retry and @octokit/plugin-throttling; why, and when to retire
 * it, is said beside `Octokit` in client.ts.
 */
import { realClock, type Clock } from './clock.js';
import { describeReset, GitHubError, type GitHubErrorReason } from './errors.js';

/** Server errors are tried again this often, after about 1 s, 2 s and 4 s. */
export const SERVER_ERROR_RETRIES = 3;
/** Rate limits are waited out this often before the run gives up. */
export const RATE_LIMIT_RETRIES = 3;
/** No single wait is longer: a limit that resets later ends the run instead. */
export const LONGEST_WAIT_MS = 60_000;
/** The whole answer to one request, headers and body, must arrive within this. */
export const REQUEST_TIMEOUT_MS = 30_000;
/** A client sends nothing after this long, so a run ends well within 5 minutes. */
export const RUN_DEADLINE_MS = 240_000;
const BACKOFF_MS = 1000;
/** GitHub asks for at least a minute when a rate limit names no wait. */
const UNNAMED_LIMIT_WAIT_MS = 60_000;
/** The latest time a Date can hold; header values beyond it are clamped to it. */
const LATEST_EPOCH_MS = 8.64e15;

export interface RequestFailure {
  /** The HTTP status, when an answer came. */
  status?: number;
  /** What went wrong, as the end of a sentence that starts with the request: "answered 502: Bad Gateway". */
  message: string;
  headers?: Record<string, string | number | undefined>;
  /** No usable answer came. */
  noAnswer?: 'timeout' | 'network';
  /** GraphQL's own verdict inside a 200 answer. */
  graphql?: 'transient' | 'rate-limited';
}

export type FailureKind = 'rate-limit' | 'transient' | 'final';

export type RetryDecision =
  | { retry: true; waitMs: number; rateLimited: boolean }
  /** `resetAt`: a rate limit that resets too late to wait for, ms since the epoch. */
  | { retry: false; resetAt?: number };

function header(failure: RequestFailure, name: string): string | undefined {
  const value = failure.headers?.[name];
  return value === undefined ? undefined : String(value).trim();
}

export function failureKind(failure: RequestFailure): FailureKind {
  if (isRateLimit(failure)) return 'rate-limit';
  if (failure.noAnswer || failure.graphql === 'transient' || (failure.status ?? 0) >= 500) return 'transient';
  return 'final';
}

function isRateLimit(failure: RequestFailure): boolean {
  if (failure.graphql === 'rate-limited' || failure.status === 429) return true;
  if (failure.status !== 403) return false;
  // A 403 for a missing permission carries none of these.
  return header(failure, 'x-ratelimit-remaining') === '0' || header(failure, 'retry-after') !== undefined || /rate limit/i.test(failure.message);
}

/**
 * How long a rate limit asks to wait: `retry-after` (seconds or a date), else until one
 * second past `x-ratelimit-reset` when the limit is spent, else a minute. Absurd values
 * are clamped, never passed on to a timer.
 */
export function rateLimitWaitMs(failure: RequestFailure, now: number): number {
  const retryAfter = header(failure, 'retry-after');
  if (retryAfter !== undefined && /^\d+$/.test(retryAfter)) return Math.min(Number(retryAfter) * 1000, LATEST_EPOCH_MS - now);
  const retryAt = retryAfter === undefined ? NaN : Date.parse(retryAfter);
  if (Number.isFinite(retryAt)) return Math.max(0, retryAt - now);
  const reset = header(failure, 'x-ratelimit-reset');
  if (header(failure, 'x-ratelimit-remaining') === '0' && reset !== undefined && /^\d+$/.test(reset)) {
    return Math.max(0, Math.min(Number(reset) * 1000, LATEST_EPOCH_MS) - now) + 1000;
  }
  return UNNAMED_LIMIT_WAIT_MS;
}

/**
 * Whether and when to try a failed request again. `now` is ms since the epoch; `random`
 * in [0, 1) spreads the waits so runs that failed together do not retry together.
 */
export function retryDecision(failure: RequestFailure, attempt: number, now: number, random: () => number = Math.random): RetryDecision {
  const kind = failureKind(failure);
  if (kind === 'rate-limit') {
    if (attempt >= RATE_LIMIT_RETRIES) return { retry: false };
    const waitMs = rateLimitWaitMs(failure, now);
    if (waitMs > LONGEST_WAIT_MS) return { retry: false, resetAt: now + waitMs };
    return { retry: true, waitMs: Math.min(LONGEST_WAIT_MS, Math.round(waitMs + random() * 1000)), rateLimited: true };
  }
  if (kind === 'transient' && attempt < SERVER_ERROR_RETRIES) {
    return { retry: true, waitMs: Math.round(BACKOFF_MS * 2 ** attempt * (0.5 + random())), rateLimited: false };
  }
  return { retry: false };
}

/** One attempt's outcome: the answer, or a failure that may be worth another attempt. */
export type Outcome<T> = { value: T } | { failure: RequestFailure };

export interface RetryOptions {
  clock: Clock;
  /** Ms since the epoch after which nothing is sent and nothing is waited for. */
  deadlineAt: number;
  /** The run's whole time limit, for messages. */
  deadlineMs: number;
  requestTimeoutMs: number;
  /** Safe to send again after a failure it may have survived (reads, GraphQL queries). */
  repeatable: boolean;
  /** The request in messages: "GET /repos/acme/api/contents/x". */
  what: string;
  warn: (message: string) => void;
  random?: () => number;
}

/**
 * Sends a request until it succeeds or a failure is final. `attempt` gets a signal that
 * aborts when the attempt's time is up; it must report failures as outcomes, not throw.
 */
export async function sendWithRetries<T>(attempt: (signal: AbortSignal) => Promise<Outcome<T>>, options: RetryOptions): Promise<T> {
  const { clock } = options;
  for (let n = 0; ; n++) {
    const outcome = await attemptWithTimeLimit(attempt, options);
    if ('value' in outcome) return outcome.value;
    const { failure } = outcome;
    const now = clock.now();
    const kind = failureKind(failure);
    const decision: RetryDecision = kind === 'transient' && !options.repeatable ? { retry: false } : retryDecision(failure, n, now, options.random);
    if (!decision.retry) throw finalError(failure, kind, n + 1, decision.resetAt, options);
    if (now + decision.waitMs >= options.deadlineAt) throw deadlineError(failure, options);
    if (decision.rateLimited) {
      options.warn(`GitHub rate limit hit on ${options.what}; retrying in ${Math.ceil(decision.waitMs / 1000)} s.`);
    }
    await clock.sleep(decision.waitMs);
  }
}

const TIMED_OUT = Symbol('timed out');

async function attemptWithTimeLimit<T>(attempt: (signal: AbortSignal) => Promise<Outcome<T>>, options: RetryOptions): Promise<Outcome<T>> {
  const { clock } = options;
  const remaining = options.deadlineAt - clock.now();
  if (remaining <= 0) throw deadlineError({ message: 'was not sent' }, options);
  const limit = Math.min(options.requestTimeoutMs, remaining);
  const abort = new AbortController();
  const finished = new AbortController();
  const timer = clock.sleep(limit, finished.signal).then(() => {
    if (finished.signal.aborted) return undefined;
    abort.abort(new Error('time limit reached'));
    return TIMED_OUT;
  });
  const answer = attempt(abort.signal);
  // An attempt given up on may still settle later; nothing waits for it then.
  answer.catch(() => {});
  try {
    const result = await Promise.race([answer, timer]);
    if (result !== TIMED_OUT && result !== undefined) return result;
    const failure: RequestFailure = { message: `did not answer in full within ${duration(limit)}`, noAnswer: 'timeout' };
    if (limit < options.requestTimeoutMs) throw deadlineError(failure, options);
    return { failure };
  } finally {
    finished.abort();
  }
}

function finalError(failure: RequestFailure, kind: FailureKind, attempts: number, resetAt: number | undefined, options: RetryOptions): GitHubError {
  const headers = failure.headers ? { headers: failure.headers } : {};
  if (kind === 'rate-limit') {
    const status = failure.status ?? 403;
    const message =
      resetAt === undefined
        ? `GitHub's rate limit still held after ${attempts - 1} waits (${options.what})`
        : `GitHub's rate limit resets ${describeReset(resetAt, options.clock.now())}; ` +
          `the run waits at most ${duration(LONGEST_WAIT_MS)}: re-run the job after that (${options.what})`;
    return new GitHubError(message, status, 'rate-limit', { ...headers, ...(resetAt === undefined ? {} : { resetAt }) });
  }
  const tries = attempts > 1 ? ` (tried ${attempts} times)` : '';
  const unsure = kind === 'transient' && !options.repeatable;
  const message = `${options.what} ${failure.message}${tries}${unsure ? '; not sent again, as GitHub may have stored it' : ''}`;
  return new GitHubError(message, failure.status ?? 0, reasonOf(failure), { ...headers, ...(unsure ? { mayHaveLanded: true } : {}) });
}

function deadlineError(failure: RequestFailure, options: RetryOptions): GitHubError {
  return new GitHubError(
    `stopped at the run's time limit of ${duration(options.deadlineMs)}: ${options.what} ${failure.message}`,
    failure.status ?? 0,
    'deadline',
    { mayHaveLanded: !options.repeatable && failureKind(failure) === 'transient' },
  );
}

function reasonOf(failure: RequestFailure): GitHubErrorReason {
  if (failure.noAnswer) return failure.noAnswer;
  return failure.graphql ? 'graphql' : 'http';
}

/** "30 s", "4 min". */
export function duration(ms: number): string {
  return ms >= 120_000 && ms % 60_000 === 0 ? `${ms / 60_000} min` : `${Math.max(1, Math.round(ms / 1000))} s`;
}

/**
 * Runs at most `concurrency` tasks at once, in the order they come, starting each at least
 * `gapMs` after the previous start — all but the first `unpaced` tasks, which start as soon
 * as a slot is free.
 */
export class Limiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private lastStart = -Infinity;
  private started = 0;

  constructor(
    private readonly concurrency: number,
    private readonly gapMs: number,
    private readonly clock: Clock = realClock,
    private readonly unpaced = 0,
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active < this.concurrency) this.active++;
    // A finishing task hands its slot straight to the next waiting one.
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      const start = ++this.started <= this.unpaced ? this.clock.now() : Math.max(this.clock.now(), this.lastStart + this.gapMs);
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
