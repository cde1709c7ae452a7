/**
 * Which freeze windows hold a gate at a moment: open ones, open ones a pull request's label
 * passes, and ones that open within the week. The moment is an argument: the action passes
 * the run's clock, `check --at` another time.
 */
import type { FreezeReport } from '../verdict/report.js';
import { DAY_MS, localInstant, openings, type FreezeWindow } from './windows.js';

/** How far ahead a window that will open is mentioned. */
export const LOOKAHEAD_MS = 7 * DAY_MS;

/**
 * When to judge the windows: an instant, or a local time (`check --at 2026-12-24T10:00`),
 * which each window reads in its own time zone.
 */
export type Moment = { instant: number } | { local: string };

/** A label on the pull request under evaluation, and when it was added where GitHub said. */
export interface PullRequestLabel {
  name: string;
  addedAt?: string;
}

/** More openings than this in a row, each before the last closes, are not followed further. */
const LONGEST_CHAIN = 500;

/** The windows that concern `gate` at `moment`: open, passed by a label, or opening within the week. */
export function freezesAt(windows: readonly FreezeWindow[], gate: string, moment: Moment, labels: readonly PullRequestLabel[] = []): FreezeReport[] {
  return windows.flatMap((window): FreezeReport[] => {
    if (window.gates && !window.gates.includes(gate)) return [];
    const at = 'instant' in moment ? moment.instant : localInstant(moment.local, window.timezone);
    const span = windowAround(window, at);
    if (!span) return [];
    const base = {
      name: window.name,
      at: iso(at),
      from: iso(span.from),
      until: iso(span.until),
      timezone: window.timezone,
      line: window.line,
      ...(window.overrideLabel ? { overrideLabel: window.overrideLabel } : {}),
    };
    if (span.from > at) return [{ ...base, state: 'upcoming' }];
    const label = window.overrideLabel?.toLowerCase();
    const passed = label === undefined ? undefined : labels.find((one) => one.name.toLowerCase() === label);
    if (!passed) return [{ ...base, state: 'open' }];
    return [{ ...base, state: 'overridden', ...(passed.addedAt ? { overriddenSince: passed.addedAt } : {}) }];
  });
}

/** Whether any window that is open holds the gate (no label passes it). */
export function holdsGate(freezes: readonly FreezeReport[]): boolean {
  return freezes.some((freeze) => freeze.state === 'open');
}

/** Whether a manifest's windows need the labels of the pull request: one that has an override label is open for the gate. */
export function needsLabels(windows: readonly FreezeWindow[], gate: string, moment: Moment): boolean {
  return freezesAt(
    windows.filter((window) => window.overrideLabel !== undefined),
    gate,
    moment,
  ).some((freeze) => freeze.state === 'open');
}

/** The window open at `at` (from inclusive, until exclusive), else the next one opening within the week. */
function windowAround(window: FreezeWindow, at: number): { from: number; until: number } | undefined {
  const { schedule, timezone } = window;
  if (schedule.kind === 'fixed') {
    const from = localInstant(schedule.from, timezone);
    const until = localInstant(schedule.until, timezone);
    return at < until && from - at <= LOOKAHEAD_MS ? { from, until } : undefined;
  }
  const cron = openings(schedule.every, timezone);
  // The last opening at or before `at`: croner counts a run in the reference's own second, so 1 ms past it.
  const [last] = cron.previousRuns(1, new Date(at + 1));
  if (last && last.getTime() + schedule.durationMs > at) return { from: last.getTime(), until: closing(cron, last.getTime(), schedule.durationMs) };
  const next = cron.nextRun(new Date(at));
  if (!next || next.getTime() - at > LOOKAHEAD_MS) return undefined;
  return { from: next.getTime(), until: closing(cron, next.getTime(), schedule.durationMs) };
}

/** When a window that opened at `from` closes: later openings before it closes keep it open. */
function closing(cron: ReturnType<typeof openings>, from: number, durationMs: number): number {
  let until = from + durationMs;
  let next = cron.nextRun(new Date(from));
  for (let step = 0; next && next.getTime() <= until && step < LONGEST_CHAIN; step++) {
    until = Math.max(until, next.getTime() + durationMs);
    next = cron.nextRun(next);
  }
  return until;
}

function iso(instant: number): string {
  return new Date(instant).toISOString();
}
