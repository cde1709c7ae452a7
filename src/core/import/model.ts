import type { TaskStatus } from '../manifest/schema.js';
import type { Tier } from './classify/tier.js';
import type { DateReading } from './classify/date.js';

/** What the importer guessed, by kind: counted on stderr, explained in a comment beside the value. */
export type GuessKind =
  | 'blocking assumed'
  | 'blocking from a tier'
  | 'status guessed'
  | 'date left out'
  | 'year from its context'
  | 'duplicate imported once'
  | 'not a task'
  | 'section left out'
  | 'item column guessed'
  | 'owner from a bold name'
  | 'text cut';

export type Guesses = Map<GuessKind, number>;

export function countGuess(guesses: Guesses, kind: GuessKind, by = 1): void {
  guesses.set(kind, (guesses.get(kind) ?? 0) + by);
}

export type CommentedField = 'status' | 'due' | 'owner' | 'title';

export interface DraftItem {
  id?: string;
  title: string;
  status: TaskStatus;
  owner?: string;
  due?: string;
  links: string[];
  notes?: string;
  acceptance: boolean;
  /** The tier the item itself states ("(CRITICAL)", a Priority cell). */
  tier?: Tier;
  comments: { field: CommentedField; text: string }[];
  /** The mark the document establishes as done, when the item is done: the one ground a `done` may stand on. */
  doneBy?: string;
  /** The item it repeats, when it was imported once under that one's id. */
  duplicateOf?: DraftItem;
  /** Why the item was read but left out of the manifest. */
  leftOut?: string;
  /** What tells it apart from another item of the same title: the rest of its table row. */
  variant?: string;
  /** A due day its table row names without the year, dated by the reader with the year of where the table stands. */
  undated?: DateReading;
}

/**
 * One list item or table row of the source, and what became of it: the tasks made of it,
 * or the reason it is not one. Every item and row the parser produced has exactly one.
 */
export interface AccountEntry {
  line: number;
  text: string;
  items: DraftItem[];
  reason?: string;
}

export interface Section {
  heading: string;
  /** The heading chain, outermost first, for tiers and names. */
  trail: string[];
  /** Tier of the nearest heading that states one. */
  tier?: Tier;
  owner?: string;
  due?: string;
  dueProblem?: string;
  /** A "Milestone: …" line: a milestone's title, or its number. */
  milestone?: string | number;
  /** Phase ids a "Waiting for:" line names, resolved once ids are known. */
  requires: string[];
  items: DraftItem[];
  line: number;
}

export interface OverviewRow {
  id: string;
  name: string;
  blocking?: boolean;
  owner?: string;
  due?: string;
}

export interface Dependency {
  blocked: string;
  dependsOn: string;
}

/** What the document looked like, for the message when no task is found. */
export interface Shape {
  headings: number;
  paragraphs: number;
  plainItems: number;
  tables: number;
  tablesRead: number;
  codeBlocks: number;
  skipped: number;
}

export interface Reading {
  title?: string;
  sections: Section[];
  overview: OverviewRow[];
  dependencies: Dependency[];
  notes: string[];
  guesses: Guesses;
  shape: Shape;
  account: AccountEntry[];
}

export interface DraftPhase {
  id: string;
  name: string;
  blocking: boolean;
  blockingComment?: string;
  owner?: string;
  due?: string;
  dueProblem?: string;
  /** A "Milestone: …" line: a milestone's title, or its number. */
  milestone?: string | number;
  requires: string[];
  /** Phase ids the document says this phase waits for, resolved once ids are final. */
  wants?: string[];
  items: DraftItem[];
}
