import type { TaskStatus } from '../../manifest/schema.js';
import type { SkipKind } from '../classify/junk.js';
import type { YearSource } from '../classify/date.js';
import type { Block } from '../3-structure.js';
import { documentYear } from './year.js';
import type { AccountEntry, DraftItem, Reading, Section } from '../model.js';
import { shorten } from '../classify/text.js';

/** What the reader of step 4 carries from block to block, and the helpers every part of it uses. */

export interface Frame {
  depth: number;
  section: Section;
  skip?: SkipKind;
  owner?: string;
  acceptance: boolean;
  /** Under a heading that lists work ("Checklist", "Steps"): its plain items are tasks. */
  work?: boolean;
  /** The year the nearest heading naming one gives to days written without theirs. */
  year?: YearSource;
}

/** What a lead-in paragraph or a parent item says about the items under it. */
export interface ListContext {
  skip?: boolean;
  /** A lead-in that ends in a colon ("**Files to update**:"): its items are what it names, not checklist steps. */
  label?: boolean;
  status?: TaskStatus;
  group?: string;
  acceptance?: boolean;
  owner?: string;
  /** The task whose plain sub-items are its notes. */
  task?: DraftItem;
  /** A go/no-go question waiting for its answer. */
  question?: { item: DraftItem; answered: boolean };
}

export interface State {
  reading: Reading;
  frames: Frame[];
  root: Frame;
  list: ListContext;
  contexts: Map<number, ListContext>;
  legend: Map<string, TaskStatus>;
  marked: boolean[];
  /** Items not taken as tasks, by the section and the reason, for the header of the output. */
  skipped: Map<string, number>;
  /** The account entry of the item or row being read: the tasks made now are its tasks. */
  entry?: AccountEntry;
  /** Per block: a heading whose section holds a checked item (a filled-in checklist is no template). */
  filled: Set<number>;
  /** Per block: an item of a list in which some item has a checkbox. */
  boxed: boolean[];
  /** Whether any item of the document has a checkbox. */
  anyBox: boolean;
  /** The heading just read, which a status mark opening the next paragraph makes an item ("### fs.watch" / "✅ …"). */
  headingItem?: { text: string; line: number; frame: Frame; parent: Frame };
  /** The document's blocks, and the year it names, found the first time a day without its year needs it. */
  blocks: readonly Block[];
  documentYear?: YearSource | null;
}

/** The year for a day written without one here: the nearest heading's, else the document's. */
export function yearHere(state: State): YearSource | undefined {
  const near = frame(state).year;
  if (near) return near;
  if (state.documentYear === undefined) state.documentYear = documentYear(state.blocks) ?? null;
  return state.documentYear ?? undefined;
}

export function newSection(heading: string, trail: string[], line: number, tier?: Section['tier']): Section {
  return { heading, trail, requires: [], items: [], line, ...(tier ? { tier } : {}) };
}

export function frame(state: State): Frame {
  return state.frames.at(-1) ?? state.root;
}

const SKIP_WORDS: Record<SkipKind, string> = {
  legend: 'a legend of the symbols',
  template: 'a template to copy',
  'table of contents': 'a table of contents',
  recap: 'a recap of the status',
  alternative: 'an alternative plan',
  reference: 'reference material',
};

export function skipWords(kind: string): string {
  return SKIP_WORDS[kind as SkipKind] ?? kind;
}

export function noteSkipped(state: State, heading: string, kind: string): void {
  const entry = state.entry;
  if (entry && entry.items.length === 0) entry.reason ??= `in '${shorten(heading || '(before the first heading)', 60)}': ${skipWords(kind)}`;
  const key = `'${shorten(heading || '(before the first heading)', 80)}' is ${SKIP_WORDS[kind as SkipKind] ?? kind}`;
  state.skipped.set(key, (state.skipped.get(key) ?? 0) + 1);
}
