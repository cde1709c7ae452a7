import type { TaskStatus } from '../../manifest/schema.js';
import type { Inline } from '../3-structure.js';
import type { DraftItem } from '../model.js';
import { readDate } from './date.js';
import { statusesOfCell, type Legend } from './status.js';

/**
 * Classifier: the shapes of tables that decide whether and how their rows are work. Each
 * with the miniature it reads beside it.
 */
interface Row {
  cells: Inline[];
}
type Columns = Partial<Record<'status' | 'due' | 'item', number>>;

const cellText = (row: Row, index: number) => (row.cells[index]?.text ?? '').trim();
const SYMBOLS_ONLY = /^[\p{Extended_Pictographic}\uFE0F\u2610-\u2612✓✔✗✘\s]+$/u;

/**
 * `| Aufgabe | Zustand |` with ✅ and ❌ below: whatever language the header is in, a column
 * whose every filled cell is a status symbol is a status column.
 */
export function symbolColumn(header: readonly Inline[], rows: readonly Row[], taken: ReadonlySet<number>, legend: Legend): number | undefined {
  if (rows.length === 0) return undefined;
  for (let index = 0; index < header.length; index++) {
    if (taken.has(index)) continue;
    let filled = 0;
    let symbols = 0;
    for (const row of rows) {
      const cell = cellText(row, index);
      if (!cell) continue;
      filled++;
      if (SYMBOLS_ONLY.test(cell) && statusesOfCell(cell, legend).length > 0) symbols++;
    }
    if (filled > 0 && symbols === filled) return index;
  }
  return undefined;
}

/**
 * When no column names the item, the columns its guess rests on must hold what their
 * names promise in at least half the rows: `| Target | Host | Minutes |` holds no dates,
 * `| Info | |` holds "Heron" and "Yes", not statuses. A column that does not is dropped.
 */
export function dropHollowColumns(columns: Columns, rows: readonly Row[], legend: Legend): void {
  const half = rows.length / 2;
  const count = (index: number, holds: (cell: string) => boolean) => rows.filter((row) => holds(cellText(row, index))).length;
  if (columns.status !== undefined && count(columns.status, (cell) => statusesOfCell(cell, legend).length > 0) < half) delete columns.status;
  if (columns.due !== undefined && count(columns.due, (cell) => Object.keys(readDate(cell)).length > 0) < half) delete columns.due;
}

/**
 * A status matrix — `| Proposal | Engine A | Engine B |` with ✅ 🚧 ❌ — says a status in each
 * cell: the table holds more than one kind of status symbol outside its item column. A
 * table whose only symbol is ✅ (`| Check | Level C | Level B |`) marks where a requirement
 * applies instead.
 */
export function isStatusMatrix(rows: readonly Row[], itemColumn: number, legend: Legend): boolean {
  const kinds = new Set<TaskStatus>();
  for (const row of rows) {
    for (let i = 0; i < row.cells.length; i++) {
      const cell = cellText(row, i);
      if (i === itemColumn || !cell || !SYMBOLS_ONLY.test(cell)) continue;
      for (const status of statusesOfCell(cell, legend)) kinds.add(status);
      if (kinds.size > 1) return true;
    }
  }
  return false;
}

/** `| ➖ Copy the data | ✅ |` or a row with an empty first cell continues the row above it. */
export function continuesAbove(row: Row, itemColumn: number): boolean {
  const item = cellText(row, itemColumn);
  return item === '' ? row.cells.some((cell) => cell.text.trim() !== '') : /^[➖↳└]/u.test(item);
}

/** A parent row whose sub-rows are all done is done; one with any open sub-row is not. */
export function rollUp(parent: DraftItem, children: readonly DraftItem[]): void {
  if (children.length === 0) return;
  const open = children.find((child) => child.status !== 'done');
  if (open) {
    if (parent.status === 'done') {
      parent.status = open.status === 'todo' ? 'in-progress' : open.status;
      delete parent.doneBy;
    }
    return;
  }
  if (parent.status !== 'done') {
    parent.status = 'done';
    parent.doneBy = 'every sub-row done';
    parent.comments.push({ field: 'status', text: 'done: every row under it is done' });
  }
}

/** "![Complete][]" in a Notes cell: the words of a badge state a status as a cell would. */
export function badgeStatuses(row: Row): TaskStatus[] {
  const found: TaskStatus[] = [];
  for (const cell of row.cells) for (const alt of cell.images ?? []) found.push(...statusesOfCell(alt));
  return found;
}

/** An owner cell without its badges, and with every handle in it: "![Team][] [compiler]" → "compiler". */
export function ownerText(cell: Inline | undefined): string {
  if (!cell) return '';
  let text = cell.text;
  for (const alt of cell.images ?? []) text = text.replace(alt, ' ');
  const handles = text.match(/@[A-Za-z0-9][\w-]{0,38}/g);
  if (handles && handles.length > 1) return handles.join(', ');
  return text
    .replace(/^\s*\[([^\]]*)\]\s*$/, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
