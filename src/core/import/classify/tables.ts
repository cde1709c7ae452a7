import type { TaskStatus } from '../../manifest/schema.js';
import { readDate } from './date.js';
import { countGuess, type Dependency, type DraftItem, type Guesses, type OverviewRow } from '../model.js';
import { NOT_APPLICABLE, statusesOfCell, statusFromSymbol, TEXT_BOX, statusFromBox, type Legend } from './status.js';
import { mark, settle, type Mark } from './marks.js';
import { isPlaceholder } from './junk.js';
import { badgeStatuses, continuesAbove, dropHollowColumns, isStatusMatrix, ownerText, rollUp, symbolColumn } from './table-shapes.js';
import type { Inline } from '../3-structure.js';
import { tierOfHeading, truthy } from './tier.js';
import { cleanHeading, cleanTitle, sanitizeId, shorten } from './text.js';

/**
 * Classifier for tables: what each column holds, from its header. Any table whose column
 * names the item is read; the rest of its columns are read where present.
 */
export type ColumnRole = 'id' | 'blocking' | 'priority' | 'status' | 'owner' | 'due' | 'depends' | 'phase' | 'name' | 'item' | 'notes' | 'link';

export const COLUMN_RULES: readonly { role: ColumnRole; pattern: RegExp; example: string }[] = [
  { role: 'id', pattern: /^(?:id|#|no\.?|task id|ref|key)$/, example: '| ID |' },
  { role: 'blocking', pattern: /^(?:blocking|blocker|blocks release|release blocker|required|must)$/, example: '| Blocking |' },
  { role: 'priority', pattern: /^(?:priority|severity|tier|importance|level)$/, example: '| Priority |' },
  {
    role: 'status',
    pattern:
      /^(?:status|state|done|progress|complete[d]?|result|answer|ready|go\/no-go|decision|migrated|ported|supported)$|^$|^[\p{Extended_Pictographic}\uFE0F✓✔\s]+$/u,
    example: '| Rule | ✅ | Replacement |',
  },
  {
    role: 'depends',
    pattern: /\b(?:depends|dependency|dependencies|prerequisites?|requires|blocked by)\b/,
    example: '| Blocked Task | Depends On |',
  },
  {
    role: 'owner',
    pattern: /\bowner|^(?:who|leads?|assignees?|assigned to|dri|responsible|contacts?|maintainers?|poc|champions?|shepherds?|drivers?)\b/,
    example: '| Owner(s) or team(s) |',
  },
  {
    role: 'due',
    // "Target Path" names where a file goes, not when.
    pattern:
      /^(?:due|when|target|eta|date|deadline|by|due date|target date|release date|planned|tentative date|target release|expected)\b(?! (?:path|file|dir|directory|folder|page|url|location)s?\b)/,
    example: '| What | Who | When |',
  },
  { role: 'phase', pattern: /^(?:phase|milestone|stage)s?$/, example: '| Phase | Name | Blocking |' },
  { role: 'name', pattern: /^(?:name|phase name|milestone name)$/, example: '| Phase | Name |' },
  {
    role: 'item',
    pattern:
      /\b(?:tasks?|items?|title|features?|repo(?:sitory|sitories|s)?|projects?|jobs?|rules?|what|deliverables?|work|actions?|requirements?|checks?|components?|packages?|modules?|services?|steps?|questions?|criteri(?:on|a)|areas?|topics?|todo|gaps?|subject|objectives?|goals?|epics?|stor(?:y|ies)|proposals?|controls?|findings?|blocked|libraries|library|crates?|plugins?|apis?|endpoints?|tests?|platforms?|targets?|files?|pages?|(?:source )?paths?|documents?)\b/,
    example: '| Job name | Owner | Status |',
  },
  { role: 'notes', pattern: /^(?:notes?|comments?|details|remarks|descriptions?|summary|replacement)\b/, example: '| Notes |' },
  { role: 'link', pattern: /\b(?:prs?|pull requests?|issues?|links?|tickets?|tracking|references?|jira|gh)\b/, example: '| GH Issue |' },
];

export type Columns = Partial<Record<ColumnRole, number>>;

function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/[*_`:?]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function classifyColumns(header: readonly Inline[]): Columns {
  const columns: Columns = {};
  header.forEach((cell, index) => {
    const text = normalizeHeader(cell.text);
    const rule = COLUMN_RULES.find((candidate) => columns[candidate.role] === undefined && candidate.pattern.test(text));
    if (rule) columns[rule.role] = index;
  });
  return columns;
}

export type TableReading =
  | { kind: 'overview'; rows: OverviewRow[] }
  | { kind: 'dependencies'; rows: Dependency[] }
  | { kind: 'tasks'; items: DraftItem[]; phaseOf: (string | undefined)[]; rowOf: number[] }
  | { kind: 'other'; reason: string };

interface Row {
  cells: Inline[];
}

export function readTable(header: readonly Inline[], rows: readonly Row[], legend: Legend, guesses: Guesses): TableReading {
  const columns = classifyColumns(header);
  if (columns.status === undefined && columns.item === undefined) {
    const symbols = symbolColumn(header, rows, new Set(Object.values(columns)), legend);
    if (symbols !== undefined) columns.status = symbols;
  }
  if (columns.depends !== undefined) {
    const blocked = columns.item ?? columns.phase ?? columns.id;
    if (blocked !== undefined) {
      return { kind: 'dependencies', rows: rows.map((row) => ({ blocked: text(row, blocked), dependsOn: text(row, columns.depends) })) };
    }
  }
  if (columns.phase !== undefined && columns.item === undefined && (columns.name !== undefined || columns.blocking !== undefined)) {
    return { kind: 'overview', rows: rows.map((row) => overviewRow(row, columns)).filter((row): row is OverviewRow => row !== undefined) };
  }
  let guessedItem = false;
  if (columns.item === undefined) {
    dropHollowColumns(columns, rows, legend);
    const described = columns.status ?? columns.owner ?? columns.due ?? columns.blocking ?? columns.priority;
    if (described === undefined) return { kind: 'other', reason: NO_WORK_GUESSED };
    const taken = new Set(Object.values(columns));
    const first = columns.name ?? columns.phase ?? header.findIndex((_, index) => !taken.has(index));
    if (first < 0) return { kind: 'other', reason: NO_WORK_COLUMNS };
    columns.item = first;
    // A Milestone column names the item as well as a Task column does.
    guessedItem = first !== columns.phase;
  } else if (
    columns.status === undefined &&
    columns.owner === undefined &&
    columns.due === undefined &&
    columns.blocking === undefined &&
    columns.priority === undefined &&
    columns.id === undefined &&
    !rows.some((row) => rowSymbolStatus(row, columns.item!, legend) !== undefined)
  ) {
    return { kind: 'other', reason: NO_WORK_COLUMNS };
  }
  const item = columns.item;
  const { items, phaseOf, rowOf } = readRows(rows, {
    columns: { ...columns, item },
    header,
    legend,
    matrix: columns.status === undefined && isStatusMatrix(rows, columns.item, legend),
  });
  if (guessedItem && items.length) {
    countGuess(guesses, 'item column guessed');
    for (const item of items)
      item.comments.push({ field: 'title', text: `from the '${header[columns.item]!.text}' column: no column is named task, item or title` });
  }
  return { kind: 'tasks', items, phaseOf, rowOf };
}

const NO_WORK_COLUMNS = 'a row of a table with no column that names work beside a status, owner or date column';
const NO_WORK_GUESSED = 'a row of a table of facts or figures (no column names work, and none holds statuses, owners or dates)';

/** What reading a row needs of its table. */
interface RowShape {
  columns: Columns;
  header: readonly Inline[];
  legend: Legend;
  /** Every symbol cell states a status (see isStatusMatrix). */
  matrix: boolean;
}

/** A sub-row: a task of its own when it names one ("➖ Copy the data"), else more links and notes of the row above. */
function continueRow(parent: { item: DraftItem; children: DraftItem[] }, row: Row, shape: RowShape): void {
  const title = text(row, shape.columns.item).replace(/^[➖↳└]\uFE0F?\s*/u, '');
  if (title) {
    const child = taskRow({ cells: row.cells.map((cell, i) => (i === shape.columns.item ? { ...cell, text: title } : cell)) }, shape);
    if (child) {
      parent.children.push(child);
      parent.item.notes = shorten([parent.item.notes, child.title].filter(Boolean).join('; '), 500);
    }
  }
  parent.item.links.push(...row.cells.flatMap((cell) => cell.links));
}

function text(row: Row, index: number | undefined): string {
  return index === undefined ? '' : (row.cells[index]?.text ?? '').trim();
}

function overviewRow(row: Row, columns: Columns): OverviewRow | undefined {
  const id = sanitizeId(text(row, columns.phase));
  if (!id) return undefined;
  const blocking = truthy(text(row, columns.blocking));
  const owner = usefulOwner(text(row, columns.owner));
  const due = readDate(text(row, columns.due)).date;
  return {
    id,
    name: cleanHeading(text(row, columns.name)) || id,
    ...(columns.blocking !== undefined && blocking !== undefined ? { blocking } : {}),
    ...(owner ? { owner } : {}),
    ...(due ? { due } : {}),
  };
}

function usefulOwner(text: string): string | undefined {
  const plain = text.replace(/\s+/g, ' ').trim();
  return plain && !/^(?:-|—|–|n\/a|tbd|none|\?|unassigned)$/i.test(plain) ? shorten(plain, 100) : undefined;
}

/** A status given by a symbol or a text box in a cell other than the item's: "| ✅ |", "| [x] |". */
function rowSymbolStatus(row: Row, itemColumn: number, legend: Legend): TaskStatus | undefined {
  for (let i = 0; i < row.cells.length; i++) {
    if (i === itemColumn) continue;
    const cell = row.cells[i]!.text;
    const box = new RegExp(TEXT_BOX.source).exec(cell);
    if (box) return statusFromBox(box[1]!);
    const status = cell.length <= 12 ? statusFromSymbol(cell, legend) : undefined;
    if (status) return status;
  }
  return undefined;
}

function taskRow(row: Row, shape: RowShape): DraftItem | undefined {
  const { columns } = shape;
  const itemCell = row.cells[columns.item!];
  const itemText = itemCell?.text ?? '';
  const acceptance = /^\s*acceptance\s*:\s*/i.exec(itemText);
  const title = shorten(cleanTitle(acceptance ? itemText.slice(acceptance[0].length) : itemText));
  // A row that holds only "N/A", "None" or "TBD" where the work would be is a placeholder.
  if (!title || /^[-—–:|.\s]+$/.test(title) || isPlaceholder(title)) return undefined;
  const comments: DraftItem['comments'] = [];
  const item: DraftItem = { title, status: 'todo', links: row.cells.flatMap((cell) => cell.links), acceptance: acceptance !== null, comments };
  settle(item, rowMarks(row, shape));
  item.variant = row.cells
    .filter((_, i) => i !== columns.status && i !== columns.notes)
    .map((cell) => cell.text)
    .join('|');
  if (item.doneBy === STRUCK) comments.push({ field: 'status', text: 'struck through in the source: counted as done' });
  const id = sanitizeId(text(row, columns.id));
  if (id && /\d/.test(id)) item.id = id;
  const owner = usefulOwner(ownerText(columns.owner === undefined ? undefined : row.cells[columns.owner]));
  if (owner) item.owner = owner;
  const due = readDate(text(row, columns.due));
  if (due.date) item.due = due.date;
  else if (due.problem) comments.push({ field: 'title', text: due.problem });
  else if (due.yearless) item.undated = due;
  const notes = text(row, columns.notes);
  if (notes && columns.notes !== columns.item) item.notes = shorten(notes, 500);
  const priority = tierOfHeading(text(row, columns.priority));
  const blocking = truthy(text(row, columns.blocking));
  if (blocking !== undefined) item.tier = { blocking, word: `Blocking: ${text(row, columns.blocking)}` };
  else if (priority) item.tier = priority;
  else {
    const optional = /\(optional\)/i.exec(itemCell?.text ?? '');
    if (optional) item.tier = { blocking: false, word: optional[0] };
  }
  return item;
}

/**
 * What a row's cells mark: a struck-through row, its Status cell, or — in a table without
 * one — the symbols and boxes of its other cells. A symbol stands for a status only under a
 * column that names none of its own (an empty, symbol or status header): a ✅ under "Level
 * C" or "Engine A" says where something applies, not that it is done.
 */
function rowMarks(row: Row, { columns, header, legend, matrix }: RowShape): Mark[] {
  const itemCell = row.cells[columns.item!];
  if (itemCell?.struck || row.cells.every((cell) => cell.struck || !cell.text)) return [mark('done', STRUCK)];
  if (columns.status !== undefined) {
    const cell = text(row, columns.status);
    const statuses = statusesOfCell(cell, legend);
    if (statuses.length > 0) return statuses.map((status) => mark(status, `'${shorten(cell, 30)}' in the status column`));
    if (NOT_APPLICABLE.test(cell.replace(/[*_`]/g, '').trim())) return [mark('done', `'${shorten(cell, 20)}' (not applicable)`, false)];
    return [mark('todo', cell ? `status '${shorten(cell, 40)}' not understood` : 'no status given', false)];
  }
  const marks: Mark[] = badgeStatuses(row).map((status) => mark(status, 'a status badge'));
  // In a matrix every column's cell counts; elsewhere the first status cell is the row's.
  if (matrix) for (let i = 0; i < row.cells.length; i++) if (i !== columns.item) marks.push(...matrixMarks(row, i, header, legend));
  for (let i = 0; i < row.cells.length && marks.length === 0; i++) {
    if (i === columns.item) continue;
    const cell = row.cells[i]!.text;
    const box = /\[( |x|X|~|-|\/)\]/.exec(cell);
    const statuses = box ? [statusFromBox(box[1]!)] : cell.length <= 12 ? statusesOfCell(cell, legend) : [];
    const name = header[i]?.text.trim() ?? '';
    const established = isStatusHeader(name);
    for (const status of statuses)
      marks.push(mark(status, `'${cell.trim()}' under '${shorten(name, 30)}'${established ? '' : ', which marks where it applies'}`, established));
  }
  return marks.length > 0 ? marks : [mark('todo', 'the table has no status column', false)];
}

/** A header that leaves its cells to say a status: none, symbols only, or a status word. */
const STRUCK = 'struck through';

function isStatusHeader(name: string): boolean {
  return name === '' || /^[\p{Extended_Pictographic}\uFE0F✓✔\s]+$/u.test(name) || COLUMN_RULES[3]!.pattern.test(normalizeHeader(name));
}

function matrixMarks(row: Row, i: number, header: readonly Inline[], legend: Legend): Mark[] {
  const cell = row.cells[i]!.text.trim();
  if (!cell || cell.length > 12) return [];
  return statusesOfCell(cell, legend).map((status) => mark(status, `'${cell}' under '${shorten(header[i]?.text.trim() ?? '', 30)}'`));
}

/** The tasks of a table's rows, sub-rows folded into the row above them. */
function readRows(
  rows: readonly Row[],
  shape: RowShape & { columns: Columns & { item: number } },
): { items: DraftItem[]; phaseOf: (string | undefined)[]; rowOf: number[] } {
  const { columns } = shape;
  const items: DraftItem[] = [];
  const phaseOf: (string | undefined)[] = [];
  const rowOf: number[] = [];
  let parent: { item: DraftItem; children: DraftItem[] } | undefined;
  for (const [index, row] of rows.entries()) {
    if (parent && continuesAbove(row, columns.item)) {
      continueRow(parent, row, shape);
      continue;
    }
    if (parent) rollUp(parent.item, parent.children);
    const item = taskRow(row, shape);
    parent = item ? { item, children: [] } : undefined;
    if (!item) continue;
    items.push(item);
    rowOf.push(index);
    // A bare number ("| Phase | … | 3 |", a proposal's stage) names no phase of the plan.
    const phase = columns.phase !== undefined && columns.phase !== columns.item ? text(row, columns.phase) : '';
    phaseOf.push(/\p{L}/u.test(phase) ? phase : undefined);
  }
  if (parent) rollUp(parent.item, parent.children);
  return { items, phaseOf, rowOf };
}
