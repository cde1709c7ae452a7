import type { TaskStatus } from '../../manifest/schema.js';
import type { DraftItem } from '../model.js';

/**
 * The one place a mark becomes a status. A mark is what the document wrote — a box, a
 * status cell, a symbol, a struck-through line, an answer — and whether the document
 * establishes what it means: a checked box or a Status column does; a ✅ under a column
 * that names a level or a product, or "N/A", does not. Only an established mark may make
 * an item `done`; of several marks the less finished wins, so no guess makes the plan
 * greener than the document.
 */
export interface Mark {
  status: TaskStatus;
  /** What was seen, for the comment and for `doneBy`: "[x]", "✅ under 'Status'". */
  by: string;
  established: boolean;
}

export interface Decision {
  status: TaskStatus;
  doneBy?: string;
  comment?: string;
}

const PROGRESS: Record<TaskStatus, number> = { todo: 0, blocked: 0, 'in-progress': 1, done: 2 };

export function mark(status: TaskStatus, by: string, established = true): Mark {
  return { status, by, established };
}

export function decide(marks: readonly Mark[]): Decision {
  let least: Mark | undefined;
  let unexplained: Mark | undefined;
  for (const candidate of marks) {
    if (!candidate.established) {
      unexplained ??= candidate;
      continue;
    }
    if (!least || PROGRESS[candidate.status] < PROGRESS[least.status]) least = candidate;
  }
  if (least) return least.status === 'done' ? { status: 'done', doneBy: least.by } : { status: least.status };
  if (unexplained) {
    const why = unexplained.status === 'done' ? `${unexplained.by}, which the document does not establish as done: todo` : `${unexplained.by}: todo`;
    return { status: 'todo', comment: why };
  }
  return { status: 'todo' };
}

/** Gives an item the status its marks decide, with the comment when a mark was not understood. */
export function settle(item: DraftItem, marks: readonly Mark[]): void {
  const decision = decide(marks);
  item.status = decision.status;
  if (decision.doneBy) item.doneBy = decision.doneBy;
  else delete item.doneBy;
  if (decision.comment) item.comments.push({ field: 'status', text: decision.comment });
}

/**
 * The guard behind every reading: an item is `done` only with the mark that made it so.
 * Run once over the assembled plan; returns how many items it held back.
 */
export function holdUnfoundedDone(items: readonly DraftItem[]): number {
  let held = 0;
  for (const item of items) {
    if (item.status !== 'done' || item.doneBy) continue;
    item.status = 'todo';
    item.comments.push({ field: 'status', text: 'no mark in the document establishes it as done: todo' });
    held++;
  }
  return held;
}
