import type { AccountEntry } from '../model.js';
import { shorten } from '../classify/text.js';
import type { State } from './state.js';

/**
 * The account of step 4: every list item and table row the parser produced gets exactly one
 * entry, opened when the reader reaches it. The tasks made while it is open are its tasks;
 * an entry closed without a task must say why, so nothing is dropped in silence.
 */

/** Why an item or row is not a task, in the words `--explain` prints. */
export const NOT_A_TASK = {
  plain: 'a plain item without a checkbox or status mark, under no heading or label that lists work',
  group: 'names a group: the items under it are its tasks',
  label: 'a label for the items under it',
  note: 'a note of the task above it',
  owner: 'names the owner of the items under it',
  metadata: 'metadata of the section (owner, date or dependency)',
  answer: 'the answer to the question above it',
  legend: 'a legend entry of the status symbols',
  placeholder: 'a placeholder or a bare status, not work',
  emptyRow: 'an empty row',
  continuation: 'continues the row above it',
} as const;

export function openEntry(state: State, line: number, text: string): AccountEntry {
  const entry: AccountEntry = { line, text: shorten(text, 120), items: [] };
  state.reading.account.push(entry);
  state.entry = entry;
  return entry;
}

/** Gives the open entry its reason, unless a task was already made of it or a reason given. */
export function accountFor(state: State, reason: string): void {
  const entry = state.entry;
  if (entry && entry.items.length === 0 && entry.reason === undefined) entry.reason = reason;
}

export function closeEntry(state: State, fallback: string = NOT_A_TASK.plain): void {
  accountFor(state, fallback);
  state.entry = undefined;
}
