import type { Clock } from '../../src/github/clock.js';

interface Timer {
  at: number;
  resolve: () => void;
}

/**
 * Time that passes only when nothing else can happen: `run()` lets the task work until it
 * waits on timers alone, then jumps to the earliest timer. Tests wait in virtual time,
 * and `sleeps` records every wait asked for.
 */
export class VirtualClock implements Clock {
  readonly sleeps: number[] = [];
  private readonly timers: Timer[] = [];

  constructor(private time = Date.UTC(2026, 10, 23, 12, 0, 0)) {}

  now(): number {
    return this.time;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    this.sleeps.push(ms);
    return new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      const timer: Timer = { at: this.time + Math.max(0, ms), resolve };
      this.timers.push(timer);
      signal?.addEventListener(
        'abort',
        () => {
          this.timers.splice(this.timers.indexOf(timer), 1);
          resolve();
        },
        { once: true },
      );
    });
  }

  /** Runs `task` to its end, advancing time whenever it waits; also returns how much time passed. */
  async run<T>(task: Promise<T>): Promise<{ result: PromiseSettledResult<T>; elapsedMs: number }> {
    const start = this.time;
    let settled: PromiseSettledResult<T> | undefined;
    void task.then(
      (value) => (settled = { status: 'fulfilled', value }),
      (reason: unknown) => (settled = { status: 'rejected', reason }),
    );
    while (!settled) {
      // Let every promise that can move on do so before time moves.
      await new Promise((resolve) => setImmediate(resolve));
      if (settled) break;
      this.timers.sort((a, b) => a.at - b.at);
      const next = this.timers.shift();
      if (!next) throw new Error('the task waits on something other than the clock');
      this.time = Math.max(this.time, next.at);
      next.resolve();
    }
    return { result: settled, elapsedMs: this.time - start };
  }
}
