/**
 * The freeze windows of a report in words, for every view: the headline of a frozen gate
 * ("frozen — Year-end freeze until Mon 4 Jan 09:00 CET (in 5 days)"), and a line for each
 * window a label passes or that opens within the week. Times are shown in each window's own
 * zone, by the platform's `Intl`. Plain text: each view escapes it its own way.
 */
import type { FreezeReport, Report } from '../verdict/report.js';

export interface FreezeWords {
  /** Why the gate is frozen, when an open window holds it. */
  headline?: string;
  /** The label that passes an open window, windows a label passes, and windows opening within the week. */
  notes: string[];
}

/**
 * `relative: false` leaves out "(in 5 days)", for a commit status: a description that changes
 * with the clock would be rewritten on every refresh, not only when a window opens or closes.
 */
export function freezeWords(report: Report, options: { relative: boolean } = { relative: true }): FreezeWords {
  const freezes = report.freezes ?? [];
  const open = freezes.filter((freeze) => freeze.state === 'open');
  const first = open[0];
  const more = open.length > 1 ? ` and ${open.length - 1} more ${open.length === 2 ? 'window' : 'windows'}` : '';
  const when = first && options.relative ? ` (${relative(first.at, first.until)})` : '';
  return {
    ...(first ? { headline: `frozen — ${first.name} until ${localTime(first.until, first.timezone)}${when}${more}` } : {}),
    notes: freezes.map(note).filter((line): line is string => line !== undefined),
  };
}

/** What a reader can do about a window: pass an open one by its label, or know when the next opens. */
function note(freeze: FreezeReport): string | undefined {
  const until = `until ${localTime(freeze.until, freeze.timezone)}`;
  if (freeze.state === 'open') {
    return freeze.overrideLabel ? `A pull request carrying the label ${freeze.overrideLabel} passes ${freeze.name}` : undefined;
  }
  if (freeze.state === 'overridden') {
    const since = freeze.overriddenSince ? `, there since ${localTime(freeze.overriddenSince, freeze.timezone)}` : '';
    return `${freeze.name} is open ${until}, but this pull request carries its label ${freeze.overrideLabel}${since}: it passes`;
  }
  return `${freeze.name} opens ${localTime(freeze.from, freeze.timezone)} (${relative(freeze.at, freeze.from)}), ${until}`;
}

/** "Mon 4 Jan 09:00 CET": the instant as the window's zone shows it. */
export function localTime(instant: string, timezone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { ...FIELDS, timeZone: timezone }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((one) => one.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('hour')}:${part('minute')} ${zoneName(instant, part('timeZoneName'), timezone)}`;
}

const FIELDS: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
};

/**
 * The zone's abbreviation: British English names European zones (CET, BST), American English
 * American ones (EST, PDT); where neither has one, the offset (GMT+9) stays.
 */
function zoneName(instant: string, british: string, timezone: string): string {
  if (!/^GMT[+-]/.test(british)) return british;
  const american = new Intl.DateTimeFormat('en-US', { timeZone: timezone, timeZoneName: 'short' })
    .formatToParts(new Date(instant))
    .find((one) => one.type === 'timeZoneName')?.value;
  return american && !/^GMT[+-]/.test(american) ? american : british;
}

let relativeFormat: Intl.RelativeTimeFormat | undefined;

/** "in 5 days", "in 3 hours", "in 20 minutes": from the judged moment to `then`. */
function relative(from: string, then: string): string {
  const minutes = (Date.parse(then) - Date.parse(from)) / 60_000;
  const format = (relativeFormat ??= new Intl.RelativeTimeFormat('en', { numeric: 'always' }));
  if (minutes < 60) return format.format(Math.max(1, Math.ceil(minutes)), 'minute');
  if (minutes < 48 * 60) return format.format(Math.round(minutes / 60), 'hour');
  return format.format(Math.round(minutes / (24 * 60)), 'day');
}
