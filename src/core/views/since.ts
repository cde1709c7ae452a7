/**
 * "Since the last run": the comment keeps, in a hidden line of its own, the states of the
 * gate's phases and items as compact data, so the next run can say what changed. The line
 * is text anyone with write access can edit: it is read by one strict pattern, anything
 * else in it (a foreign format, an id that is no id, a state that is no state, a size no
 * run writes) makes it count as absent, and it is never more than a list of names and
 * letters — nothing in it is trusted as a verdict or run.
 */
import { isGated } from '../verdict/policy.js';
import type { Report } from '../verdict/report.js';
import { ITEM_LOOK, itemState, PHASE_LOOK, phaseState, type ItemState, type Look, type PhaseState } from './present.js';

export interface Snapshot {
  phases: Map<string, PhaseState>;
  items: Map<string, ItemState>;
}

/** The comment's states: those of the current run, and those before the last change. */
export interface History {
  now: Snapshot;
  was?: Snapshot;
}

const PHASE_CODE: Record<PhaseState, string> = { complete: 'c', incomplete: 'i', skipped: 's', 'not-in-gate': 'n' };
const ITEM_CODE: Record<ItemState, string> = { done: 'd', waived: 'w', drift: 'x', unknown: 'u', 'in-progress': 'p', blocked: 'b', todo: 't' };
const PHASE_OF = inverse(PHASE_CODE);
const ITEM_OF = inverse(ITEM_CODE);

function inverse<K extends string>(codes: Record<K, string>): Map<string, K> {
  return new Map(Object.entries(codes).map(([state, code]) => [code as string, state as K]));
}

const PREFIX = '<!-- readiness-gate:since 1 ';
const SUFFIX = ' -->';
/** Data longer than this is not kept (a plan of thousands of items): the comment needs the room. */
export const HISTORY_MAX = 16_000;
// A manifest's ids, and a milestone item's (`#12`, `acme/api#12`).
const ID = '[A-Za-z0-9._#/-]{1,200}';
const ENTRIES = (codes: string) => `(?:${ID}=[${codes}](?:,${ID}=[${codes}])*)?`;
const SNAPSHOT = `p:${ENTRIES('cisn')};i:${ENTRIES('dwxupbt')}`;
const LINE = new RegExp(`^${escapeRegExp(PREFIX)}now=(${SNAPSHOT})(?: was=(${SNAPSHOT}))?${escapeRegExp(SUFFIX)}$`, 'm');

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The states of the report's gated phases and their items. */
export function snapshotOf(report: Report): Snapshot {
  const snapshot: Snapshot = { phases: new Map(), items: new Map() };
  for (const phase of report.phases) {
    snapshot.phases.set(phase.id, phaseState(phase));
    if (isGated(phase)) for (const task of phase.tasks) snapshot.items.set(task.id, itemState(task));
  }
  return snapshot;
}

function encode(snapshot: Snapshot, withItems: boolean): string {
  const entries = <K extends string>(map: Map<string, K>, codes: Record<K, string>) =>
    [...map].map(([id, state]) => `${id}=${codes[state]}`).join(',');
  return `p:${entries(snapshot.phases, PHASE_CODE)};i:${withItems ? entries(snapshot.items, ITEM_CODE) : ''}`;
}

/** The hidden line that keeps a history, or nothing when it would be too long to keep. */
export function historyLine(history: History): string {
  for (const withItems of [true, false]) {
    const was = history.was ? ` was=${encode(history.was, withItems)}` : '';
    const line = `${PREFIX}now=${encode(history.now, withItems)}${was}${SUFFIX}`;
    if (line.length <= HISTORY_MAX) return line;
  }
  return '';
}

/** The history a comment keeps; undefined when it has none, or none this run can read. */
export function readHistory(body: string | undefined): History | undefined {
  if (!body || body.length > 1_000_000) return undefined;
  const start = body.indexOf(PREFIX);
  if (start < 0) return undefined;
  const end = body.indexOf('\n', start);
  const line = body.slice(start, end < 0 ? undefined : end);
  if (line.length > HISTORY_MAX) return undefined;
  const match = LINE.exec(line);
  if (!match) return undefined;
  const now = decode(match[1]!);
  const was = match[2] === undefined ? undefined : decode(match[2]);
  return now ? { now, ...(was ? { was } : {}) } : undefined;
}

function decode(text: string): Snapshot | undefined {
  const [phases, items] = text.slice(2).split(';i:') as [string, string];
  const read = <K extends string>(list: string, states: Map<string, K>): Map<string, K> =>
    new Map(list ? list.split(',').map((entry) => [entry.slice(0, -2), states.get(entry.slice(-1))!] as const) : []);
  return { phases: read(phases, PHASE_OF), items: read(items, ITEM_OF) };
}

/**
 * The history this run keeps: its states, and the ones before them. A run that changes
 * nothing keeps what the comment said changed, so a re-run does not erase it.
 */
export function nextHistory(previous: History | undefined, report: Report): History {
  const now = snapshotOf(report);
  if (!previous) return { now };
  if (sameSnapshot(previous.now, now)) return previous.was ? { now, was: previous.was } : { now };
  return { now, was: previous.now };
}

function sameSnapshot(a: Snapshot, b: Snapshot): boolean {
  const same = <V>(x: Map<string, V>, y: Map<string, V>) => x.size === y.size && [...x].every(([id, state]) => y.get(id) === state);
  return same(a.phases, b.phases) && same(a.items, b.items);
}

export interface Change {
  kind: 'phase' | 'item';
  id: string;
  title: string;
  from: Look;
  to: Look;
}

/** What changed between the states before the last change and now: phases first, then items, in the report's order. */
export function changesOf(history: History, report: Report): Change[] {
  const { was } = history;
  if (!was) return [];
  const phases: Change[] = [];
  const items: Change[] = [];
  for (const phase of report.phases) {
    const before = was.phases.get(phase.id);
    const after = history.now.phases.get(phase.id);
    if (before && after && before !== after) {
      phases.push({ kind: 'phase', id: phase.id, title: phase.name, from: PHASE_LOOK[before], to: PHASE_LOOK[after] });
    }
    for (const task of phase.tasks) {
      const itemBefore = was.items.get(task.id);
      const itemAfter = history.now.items.get(task.id);
      if (itemBefore && itemAfter && itemBefore !== itemAfter) {
        items.push({ kind: 'item', id: task.id, title: task.title, from: ITEM_LOOK[itemBefore], to: ITEM_LOOK[itemAfter] });
      }
    }
  }
  return [...phases, ...items];
}
