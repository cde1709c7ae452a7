/**
 * Time as the GitHub layer sees it: every wait (backoff, rate limits, pacing) and every
 * time limit (per request, per run) goes through a `Clock`, so tests can run it in
 * virtual time and nothing in this layer reads `Date.now()` or calls `setTimeout` itself.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms`, or as soon as `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** setTimeout's ceiling: a longer delay overflows and fires at once. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => timer(ms, signal),
};

function timer(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(handle);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const handle = setTimeout(done, Math.min(Math.max(0, ms), LONGEST_TIMER_MS));
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * A clock whose time runs `1 / scale` times faster than real time: every wait and every
 * time limit shrinks by `scale`, and `now()` moves on to match, so durations measured
 * with it stay consistent. Messages still speak in the product's own seconds.
 */
export function acceleratedClock(scale: number): Clock {
  const origin = Date.now();
  return {
    now: () => origin + (Date.now() - origin) / scale,
    sleep: (ms, signal) => timer(ms * scale, signal),
  };
}

/**
 * The environment variable that speeds up the GitHub layer's time, for tests of the
 * bundled action (a child process, where no clock can be injected): `0.01` makes a
 * one-minute wait last 0.6 s and the run's 4-minute limit 2.4 s. Only values between 0
 * and 1 count; anything else leaves real time.
 */
export const TIME_SCALE_VARIABLE = 'READINESS_GATE_TIME_SCALE';

/**
 * The environment variable that sets the run's clock to another instant (ISO 8601 with `Z` or
 * an offset), from which it runs on: what a run would say then, e.g. inside a freeze window.
 * Tests of the bundled action set it; anything that does not parse as a time leaves real time.
 */
export const NOW_VARIABLE = 'READINESS_GATE_NOW';

/** The run's clock, built once per run: real time, or the time scale and start time set for tests. */
export function systemClock(env: Record<string, string | undefined> = process.env): Clock {
  const scale = Number(env[TIME_SCALE_VARIABLE]);
  const clock = scale > 0 && scale < 1 ? acceleratedClock(scale) : realClock;
  const start = env[NOW_VARIABLE] ? Date.parse(env[NOW_VARIABLE]) : NaN;
  if (Number.isNaN(start)) return clock;
  const offset = start - clock.now();
  return { now: () => clock.now() + offset, sleep: (ms, signal) => clock.sleep(ms, signal) };
}
