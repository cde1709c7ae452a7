/**
 * The freeze windows of a manifest (`freezes`), checked and placed: fixed ones (`from`,
 * `until`) and recurring ones (`every`, a cron expression for when each window opens, and
 * `for`, how long it stays open). Local times are read in the window's IANA time zone by
 * croner, which takes daylight saving from the platform's `Intl`; nothing here counts days
 * or hours of a calendar by hand.
 */
import { Cron, CronDate } from 'croner';
import type { ConfigProblem } from '../shared/errors.js';
import { closest, listSomeInWords, shorten } from '../shared/words.js';
import type { SourceMap } from '../manifest/positions.js';
import { freezeSchema, type FreezeData, type ManifestData } from '../manifest/schema.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** The longest a window may stay open: longer is a mistake in a date, or a freeze no one will lift. */
export const LONGEST_WINDOW_DAYS = 90;

export type FreezeSchedule =
  { kind: 'fixed'; from: string; until: string } | { kind: 'recurring'; every: string; durationMs: number; duration: string };

/** A window of `freezes`, valid: its zone is known, its cron parses, it closes after it opens. */
export interface FreezeWindow {
  name: string;
  /** IANA name; UTC when the manifest gives none. */
  timezone: string;
  schedule: FreezeSchedule;
  /** The gates it holds; every gate when absent. */
  gates?: readonly string[];
  /** The label that lets a pull request pass it. */
  overrideLabel?: string;
  line: number;
}

const DURATION_UNIT_MS: Record<string, number> = { m: MINUTE_MS, h: HOUR_MS, d: DAY_MS };

/** `67h` as milliseconds of elapsed time. */
export function durationMs(text: string): number {
  return Number(text.slice(0, -1)) * DURATION_UNIT_MS[text.slice(-1)]!;
}

/** The instant a local time (YYYY-MM-DDTHH:MM[:SS]) names in a time zone; croner settles DST gaps and repeats. */
export function localInstant(local: string, timezone: string): number {
  return new CronDate(local.length === 16 ? `${local}:00` : local, timezone).getTime();
}

/** The cron of a recurring window, five fields as GitHub's `schedule` writes them, read in its zone. */
export function openings(every: string, timezone: string): Cron {
  return new Cron(every, { mode: '5-part', timezone });
}

/** Whether the platform knows the IANA time zone. */
function knownTimeZone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}

/** Checks every window of `freezes`; the valid ones are returned, the others are problems at their lines. */
export function readFreezes(data: ManifestData, map: SourceMap, gates: readonly string[]): { windows: FreezeWindow[]; problems: ConfigProblem[] } {
  const windows: FreezeWindow[] = [];
  const problems: ConfigProblem[] = [];
  (Array.isArray(data.freezes) ? data.freezes : []).forEach((freeze, f) => {
    // A window of the wrong shape has been reported by the schema: its times cannot be read.
    if (!freezeSchema.safeParse(freeze, { jitless: true }).success) return;
    const at = (...path: (string | number)[]) => map.valueAt(['freezes', f, ...path]);
    const say = (position: ReturnType<typeof at>, message: string) => problems.push(map.problem(position, message));
    const before = problems.length;
    const owner = `freeze window '${shorten(freeze.name)}'`;
    const timezone = freeze.timezone ?? 'UTC';
    if (!knownTimeZone(timezone)) say(at('timezone'), unknownTimeZone(timezone));
    // An empty list would hold no gate at all: a window that can never freeze anything.
    if (freeze.gates?.length === 0)
      say(at('gates'), `${owner} lists no gate in 'gates' — leave 'gates' out to hold every gate, or name the gates it holds`);
    (freeze.gates ?? []).forEach((gate, g) => {
      if (gates.includes(gate)) return;
      const guess = closest(gate, gates);
      say(
        at('gates', g),
        `${owner} names gate '${shorten(gate)}'${guess ? ` (did you mean '${guess}'?)` : ''}, which does not exist — gates are ${listSomeInWords(gates, 'and')}`,
      );
    });
    const schedule = problems.length === before ? readSchedule(freeze, owner, timezone, (path, message) => say(at(path), message)) : undefined;
    if (!schedule || problems.length > before) return;
    windows.push({
      name: freeze.name,
      timezone,
      schedule,
      line: at().line,
      ...(freeze.gates ? { gates: freeze.gates } : {}),
      ...(freeze.override ? { overrideLabel: freeze.override.label } : {}),
    });
  });
  return { windows, problems };
}

type Say = (key: string, message: string) => void;

function readSchedule(freeze: FreezeData, owner: string, timezone: string, say: Say): FreezeSchedule | undefined {
  const fixed = freeze.from !== undefined || freeze.until !== undefined;
  const recurring = freeze.every !== undefined || freeze.for !== undefined;
  if (fixed === recurring) {
    say('', `${owner} needs either 'from' and 'until' (a fixed window) or 'every' and 'for' (a recurring one)${fixed ? ', not both' : ''}`);
    return undefined;
  }
  const pair = fixed ? (['from', 'until'] as const) : (['every', 'for'] as const);
  const missing = pair.find((key) => freeze[key] === undefined);
  if (missing) {
    say('', `${owner} is missing '${missing}': a ${fixed ? 'fixed' : 'recurring'} window needs both '${pair[0]}' and '${pair[1]}'`);
    return undefined;
  }
  return fixed
    ? fixedSchedule(freeze.from!, freeze.until!, owner, timezone, say)
    : recurringSchedule(freeze.every!, freeze.for!, owner, timezone, say);
}

function fixedSchedule(from: string, until: string, owner: string, timezone: string, say: Say): FreezeSchedule | undefined {
  const opens = localInstant(from, timezone);
  const closes = localInstant(until, timezone);
  if (closes <= opens) {
    say('until', `'until' ${until} is not after 'from' ${from} in ${owner} — a window closes after it opens`);
    return undefined;
  }
  if (closes - opens > LONGEST_WINDOW_DAYS * DAY_MS) {
    say(
      'until',
      `${owner} is open ${Math.ceil((closes - opens) / DAY_MS)} days — at most ${LONGEST_WINDOW_DAYS}: shorten it, or split it into windows`,
    );
    return undefined;
  }
  return { kind: 'fixed', from, until };
}

function recurringSchedule(every: string, duration: string, owner: string, timezone: string, say: Say): FreezeSchedule | undefined {
  const problem = cronProblem(every, timezone);
  if (problem) {
    say('every', `bad cron '${shorten(every)}' for 'every' in ${owner} — ${problem}`);
    return undefined;
  }
  const length = durationMs(duration);
  if (length > LONGEST_WINDOW_DAYS * DAY_MS) {
    say('for', `${owner} stays open ${duration} — at most ${LONGEST_WINDOW_DAYS} days (${LONGEST_WINDOW_DAYS}d)`);
    return undefined;
  }
  const chain = longestChain(every, length);
  if (chain && (chain.unbroken || chain.longest > LONGEST_WINDOW_DAYS * DAY_MS)) {
    const how = chain.unbroken
      ? `opens again before it closes at each of the ${OPENINGS_CHECKED} openings looked at, so it would not close`
      : `would stay open ${Math.ceil(chain.longest / DAY_MS)} days at a stretch`;
    say('for', `${owner} stays open ${duration} and ${how} — at most ${LONGEST_WINDOW_DAYS} days: make 'for' shorter than the time between openings`);
    return undefined;
  }
  return { kind: 'recurring', every, durationMs: length, duration };
}

/** Openings looked at for windows that run into each other: past 90 days of a daily cron, two years of a weekly one. */
const OPENINGS_CHECKED = 120;
/** A fixed start, so that the same manifest always gets the same answer. */
const CHECKED_FROM = new Date(Date.UTC(2024, 0, 1));

/**
 * The longest stretch the window stays open when openings come before it closes (they chain:
 * weekdays at 09:00 for 25 hours is open Monday to Saturday), and whether it never closed
 * among the openings looked at.
 */
function longestChain(every: string, durationMs: number): { longest: number; unbroken: boolean } | undefined {
  // At a fixed offset: a zone's daylight saving moves an opening by an hour at most, and
  // reading the openings through a zone costs the start-up three times as much.
  const runs = new Cron(every, { mode: '5-part', utcOffset: 0 }).nextRuns(OPENINGS_CHECKED, CHECKED_FROM).map((run) => run.getTime());
  if (runs.length < 2) return undefined;
  let [start, until, longest, breaks] = [runs[0]!, runs[0]! + durationMs, 0, 0];
  for (const run of runs.slice(1)) {
    if (run > until) [start, breaks] = [run, breaks + 1];
    until = Math.max(until, run + durationMs);
    longest = Math.max(longest, until - start);
  }
  return { longest, unbroken: breaks === 0 && runs.length === OPENINGS_CHECKED };
}

const CRON_FIELDS = 'five fields: minute hour day-of-month month day-of-week, as in "0 14 * * 5"';

/** Why croner rejects a cron expression, in a line; undefined when it is one that opens. */
function cronProblem(every: string, timezone: string): string | undefined {
  // croner also takes an ISO date as a one-off: a fixed window is written with from and until.
  if (/^\d{4}-\d\d-\d\d/.test(every.trim())) return `expected ${CRON_FIELDS}; a fixed window takes 'from' and 'until'`;
  try {
    const cron = openings(every, timezone);
    // A date that never comes (30 February): the window would never open.
    if (cron.nextRun(new Date(0)) === null) return 'it names no date that exists, so the window would never open';
    return undefined;
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^CronPattern: /, '') : String(error);
    return `${shorten(reason, 120)}; expected ${CRON_FIELDS}`;
  }
}

function unknownTimeZone(timezone: string): string {
  const guess = closest(timezone, Intl.supportedValuesOf('timeZone'));
  return `unknown time zone '${shorten(timezone)}'${guess ? ` (did you mean '${guess}'?)` : ''} — use an IANA name such as Europe/Berlin, America/New_York or UTC`;
}
