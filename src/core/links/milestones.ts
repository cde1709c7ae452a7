/**
 * Milestones as GitHub reports them: a phase with `milestone` takes the milestone's issues
 * and pull requests as its items. Plain data, keyed by what the manifest wrote.
 */
import type { LinkStatus, LinkTarget } from './links.js';

/** A phase's `milestone` as written: its title, or its number. */
export type MilestoneRef = string | number;

/** The one key of a milestone reference: a number and a title that looks like one stay apart. */
export function milestoneKey(ref: MilestoneRef): string {
  return typeof ref === 'number' ? `number:${ref}` : `title:${ref}`;
}

/** A milestone reference in words: "milestone 'v2.0 beta'", "milestone #3". */
export function milestoneName(ref: MilestoneRef): string {
  return typeof ref === 'number' ? `milestone #${ref}` : `milestone '${ref}'`;
}

export interface MilestoneItem {
  target: LinkTarget;
  status: LinkStatus;
}

export interface MilestoneFound {
  found: true;
  number: number;
  title: string;
  url: string;
  state: 'open' | 'closed';
  /** Its due date, YYYY-MM-DD (GitHub keeps a time; the date is what people set). */
  due?: string;
  items: MilestoneItem[];
  /** How many issues and pull requests GitHub counts in it; more than `items` when its listing stopped short. */
  total: number;
}

/** What GitHub said of a milestone: found, missing (a mistake in the manifest), or unreadable (and why). */
export type MilestoneLookup = MilestoneFound | { found: false; missing: true } | { found: false; missing: false; detail: string };
