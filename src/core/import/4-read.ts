import type { TaskStatus } from '../manifest/schema.js';
import { readLabelledDate, withYear } from './classify/date.js';
import { isLegendLine, legendEntry } from './classify/junk.js';
import { findLinks } from './classify/link.js';
import { countGuess, type DraftItem, type Guesses, type Reading, type Section } from './model.js';
import { handleOnly, OWNER_RULES } from './classify/owner.js';
import { splitMarker, statusFromBox, statusOfLabel, TEXT_BOX } from './classify/status.js';
import type { Block, Inline, Structure } from './3-structure.js';
import { cleanTitle, shorten } from './classify/text.js';
import { ACCEPTANCE, readHeading, readHeadingItem, readSectionProse, TIME_WINDOW } from './read/heading.js';
import { boxedLists, filledSections, hasMarker, markedParents } from './read/layout.js';
import { frame, newSection, noteSkipped, skipWords, yearHere, type Frame, type ListContext, type State } from './read/state.js';
import { accountFor, closeEntry, NOT_A_TASK, openEntry } from './read/account.js';
import { mark, type Mark } from './classify/marks.js';
import { readTableBlock } from './read/table-block.js';
import { answerTo, makeTask, questionOf, strike } from './read/tasks.js';

/**
 * Step 4: classify the blocks of the document into sections of items. Each block is read
 * with the classifiers (status, tier, owner, date, link, legend and template) in the
 * context its headings and lead-in paragraphs give it; tasks are made in read/tasks.ts,
 * tables read in read/table-block.ts.
 */

/** Groups whose name adds nothing to a task's notes. */
const GENERIC_GROUP = /^(?:tasks?|acceptance(?: criteria)?|to ?dos?|items|checklist|work|subtasks)$/i;
const META_LINE =
  /^(?:owners?|lead|dri|assignee|release (?:manager|lead|captain)|coordinator|target(?: date)?|tentative(?: date)?|due(?: date)?|deadline|eta|release date|waiting for|requires|depends on|milestone)\s*:/i;

/** Reads a document's structure in document order, then gives what it read. */
export interface DocumentReader {
  read(structure: Structure): void;
  finish(): Reading;
}

/**
 * A reader that carries what the document says from one block to the next — the open
 * headings, the last lead-in paragraph, the legend — into how each item is read.
 */
export function documentReader(notes: string[], guesses: Guesses): DocumentReader {
  const root: Frame = { depth: 0, section: newSection('', [], 0), acceptance: false };
  const state: State = {
    reading: {
      sections: [root.section],
      overview: [],
      dependencies: [],
      notes,
      guesses,
      shape: { headings: 0, paragraphs: 0, plainItems: 0, tables: 0, tablesRead: 0, codeBlocks: 0, skipped: 0 },
      account: [],
    },
    frames: [],
    root,
    list: {},
    contexts: new Map(),
    legend: new Map(),
    marked: [],
    skipped: new Map(),
    filled: new Set(),
    boxed: [],
    anyBox: false,
    blocks: [],
  };
  return {
    read(structure) {
      state.marked = markedParents(structure.blocks);
      state.filled = filledSections(structure.blocks);
      state.boxed = boxedLists(structure.blocks);
      state.anyBox = structure.blocks.some((block) => block.kind === 'item' && block.checked !== null);
      state.blocks = structure.blocks;
      state.contexts = new Map();
      structure.blocks.forEach((block, index) => readBlock(state, block, index));
    },
    finish() {
      for (const [where, count] of state.skipped) notes.push(`not read as tasks: ${where} (${count} item${count === 1 ? '' : 's'})`);
      return state.reading;
    },
  };
}

function readBlock(state: State, block: Block, index: number): void {
  if (block.kind !== 'paragraph') state.headingItem = undefined;
  switch (block.kind) {
    case 'heading':
      state.reading.shape.headings++;
      readHeading(state, block.depth, block.content, block.line, index);
      return;
    case 'paragraph':
      state.reading.shape.paragraphs++;
      readParagraph(state, block.content, block.line);
      return;
    case 'item':
      openEntry(state, block.line, block.content.text);
      readItem(state, block, index);
      closeEntry(state);
      return;
    case 'table':
      state.reading.shape.tables++;
      readTableBlock(state, block);
      return;
    case 'code':
      state.reading.shape.codeBlocks++;
      return;
  }
}

function readParagraph(state: State, content: Inline, line: number): void {
  const current = frame(state);
  if (current.skip) {
    state.list = { skip: true };
    return;
  }
  if (readHeadingItem(state, content)) return;
  readSectionProse(state, content);
  if (content.lines.length > 0 && (content.lines.every(isLegendLine) || /^\s*(?:status )?(?:legend|key)\s*:/i.test(content.text))) {
    for (const line of content.lines) learnLegend(state, line);
    state.list = {};
    return;
  }
  const meta = content.lines.filter((line) => META_LINE.test(line));
  if (meta.length > 0) {
    for (const line of meta) readMetadata(current.section, line, state);
    if (meta.length === content.lines.length) return;
  }
  // "@kim: __2.5d__" above a list: who does the items under it, and in how long.
  const handle = handleOnly(content.text) ?? /^(@[A-Za-z0-9][\w-]{0,38})\s*:\s*[_*]*\d+(?:\.\d+)?\s*[dhw][_*]*\s*$/.exec(content.text)?.[1];
  if (handle) {
    state.list = { owner: handle };
    return;
  }
  const question = questionOf(content);
  if (question) {
    openEntry(state, line, content.text);
    const item = makeTask(state, question.text, mark('todo', 'no answer'), { owner: question.owner }, content.links);
    closeEntry(state);
    if (item) {
      item.comments.push({ field: 'status', text: 'no answer in the document: todo' });
      countGuess(state.reading.guesses, 'status guessed');
      state.list = { question: { item, answered: false } };
    }
    return;
  }
  const owner = content.strongLead && handleOnly(content.strongLead);
  // A label is a bold lead-in ("**What's Missing**:") or a few words before a colon ("Completed:").
  const isLabel = content.strongLead !== undefined || content.text.split(' ').length <= 3;
  // Only the line that introduces the list labels it: "**Research**: NEEDED" above "**Success Criteria**:" does not.
  const status = isLabel ? statusOfLabel(content.lines.length > 1 ? content.lines.at(-1)! : content.text) : undefined;
  state.list = {
    ...(/:\s*$/.test(content.text) ? { label: true } : {}),
    ...(status ? { status } : {}),
    ...(ACCEPTANCE.test(content.text) && /:\s*$/.test(content.text) ? { acceptance: true } : {}),
    ...(owner ? { owner } : {}),
  };
}

function learnLegend(state: State, line: string): void {
  const entry = legendEntry(line);
  if (entry) state.legend.set(entry[0].replace(/\uFE0F/g, ''), entry[1]);
}

function readMetadata(section: Section, line: string, state: State): void {
  for (const part of line.split(/\s+·\s+/)) {
    const owner = OWNER_RULES[0]!.pattern.exec(part)?.[1]?.trim();
    if (owner && section.owner === undefined) section.owner = shorten(owner, 100);
    const labelled = readLabelledDate(part);
    const due = labelled.yearless ? withYear(labelled, yearHere(state)) : labelled;
    if (due.date && section.due === undefined) section.due = due.date;
    else if (due.problem && section.due === undefined) section.dueProblem = due.problem;
    const milestone = /^milestone\s*:\s*(.+)$/i.exec(part.trim())?.[1]?.trim();
    if (milestone && section.milestone === undefined)
      section.milestone = /^#?\d{1,9}$/.test(milestone) ? Number(milestone.replace('#', '')) : shorten(milestone, 255);
    const requires = /^(?:waiting for|requires|depends on)\s*:\s*(.+)$/i.exec(part.trim());
    if (requires)
      section.requires.push(
        ...requires[1]!
          .split(/[\s,]+/)
          .filter(Boolean)
          .slice(0, 1000),
      );
  }
}

/** One task-like part of an item, with the status its marker gives. */
interface Entry {
  status?: TaskStatus;
  text: string;
  /** The marker, as written. */
  by?: string;
}

const STRUCK = mark('done', 'struck through');

/** "[x] a; [ ] b" is two entries; a line with one marker or none is one. */
function entriesOf(checked: boolean | null, text: string, legend: ReadonlyMap<string, TaskStatus>): Entry[] {
  // Most items hold no second box: no need to look for one.
  if (!text.includes('['))
    return checked === null ? [splitMarker(text, legend)] : [{ status: checked ? 'done' : 'todo', text, by: checked ? '[x]' : '[ ]' }];
  const boxed = checked === null ? text : `[${checked ? 'x' : ' '}] ${text}`;
  const boxes = [...boxed.matchAll(TEXT_BOX)];
  if (boxes.length === 0 || boxes[0]!.index !== boxed.search(/\S/)) return [splitMarker(text, legend)];
  const entries = boxes.map((box, i) => {
    const end = i + 1 < boxes.length ? boxes[i + 1]!.index : boxed.length;
    return {
      status: statusFromBox(box[1]!),
      by: box[0],
      text: boxed
        .slice(box.index + box[0].length, end)
        .replace(/[;,]\s*$/, '')
        .trim(),
    };
  });
  // A checked box inside an open task's line, not after a `;` or `,` that lists several,
  // may be its text ("Support the [x] syntax"): read as a second, done task it would make
  // the plan greener than the document.
  const [first] = entries;
  const unlisted = (i: number) => !/[;,]\s*$/.test(boxed.slice(0, boxes[i]!.index));
  if (first!.status !== 'done' && entries.some((entry, i) => i > 0 && entry.status === 'done' && unlisted(i))) {
    return [{ status: first!.status, text: boxed.slice(boxes[0]!.index + boxes[0]![0].length).trim() }];
  }
  return entries;
}

type ItemBlock = Extract<Block, { kind: 'item' }>;

/** An item with what its place in the document says about it. */
interface PlacedItem {
  block: ItemBlock;
  index: number;
  /** The innermost heading's frame. */
  current: Frame;
  /** What the lead-in paragraph or the parent item says about the items under it. */
  context: ListContext;
  /** Whether the item carries a status marker of its own. */
  marker: boolean;
}

/** What a new task inherits from where it stands. */
type TaskContext = Parameters<typeof makeTask>[3];

function readItem(state: State, block: ItemBlock, index: number): void {
  const item: PlacedItem = {
    block,
    index,
    current: frame(state),
    context: block.parent !== undefined ? (state.contexts.get(block.parent) ?? {}) : state.list,
    marker: hasMarker(block.checked, block.content.text),
  };
  if (skippedBeforeEntries(state, item)) return;
  const entries = entriesOf(block.checked, block.content.text, state.legend);
  const firstText = entries[0]!.text;
  if (META_LINE.test(firstText.trim()) && !/[.!?]\s+\w+\s+\w+/.test(firstText)) {
    readMetadata(item.current.section, firstText.trim(), state);
    skipItem(state, item, undefined, undefined, NOT_A_TASK.metadata);
    return;
  }
  const handle = handleOnly(block.content.text);
  const children = inheritedContext(item, firstText, handle);
  if (!handle) readEntries(state, item, entries, children);
  else accountFor(state, NOT_A_TASK.owner);
  state.contexts.set(index, children);
}

/**
 * Marks the item and everything under it as no task. Counted among the skipped items
 * only when the reason is given and the item carries a marker: a plain line in a skipped
 * section was never a candidate.
 */
function skipItem(state: State, item: PlacedItem, reason: 'not a task' | undefined, why = item.current.skip, account?: string): true {
  if (account) accountFor(state, account);
  if (reason && item.marker) {
    countGuess(state.reading.guesses, reason);
    state.reading.shape.skipped++;
    noteSkipped(state, item.current.section.heading, why ?? 'a table of contents');
  }
  if (why) accountFor(state, `in '${shorten(item.current.section.heading || '(before the first heading)', 60)}': ${skipWords(why)}`);
  state.contexts.set(item.index, { skip: true });
  return true;
}

/** Skips an item in a skipped section or list, a legend line, a table of contents entry or the answer to a question. */
function skippedBeforeEntries(state: State, item: PlacedItem): boolean {
  const { block, current, context } = item;
  const content = block.content;
  if (current.skip || context.skip) {
    return skipItem(state, item, 'not a task', current.skip, current.skip ? undefined : 'under an item or label that is not a task');
  }
  if (mayBeLegend(content.text) && (isLegendLine(content.text) || isLegendLine(`[${block.checked ? 'x' : ' '}] ${content.text}`))) {
    learnLegend(state, content.text);
    return skipItem(state, item, undefined, undefined, NOT_A_TASK.legend);
  }
  if (content.anchorsOnly && !(TIME_WINDOW.test(current.section.heading) && !state.boxed[item.index]))
    return skipItem(state, item, 'not a task', 'table of contents', 'a table of contents entry (links to the document itself)');
  if (context.question && !context.question.answered && answerTo(state, context.question, content.text))
    return skipItem(state, item, undefined, undefined, NOT_A_TASK.answer);
  return false;
}

/** What the items under this one inherit: acceptance, and the owner a handle-only item names. */
function inheritedContext(item: PlacedItem, firstText: string, handle: string | undefined): ListContext {
  const { current, context } = item;
  const owner = handle ?? context.owner ?? current.owner;
  return {
    acceptance: context.acceptance || current.acceptance || ACCEPTANCE.test(firstText),
    ...(owner ? { owner } : {}),
  };
}

/** The item's tasks, or what it says about the items under it. */
function readEntries(state: State, item: PlacedItem, entries: Entry[], children: ListContext): void {
  const { block, index, current, context } = item;
  // Only an item with marked items under it names a group for them.
  const group = state.marked[index] ? cleanTitle(entries[0]!.text) : '';
  if (group && !GENERIC_GROUP.test(group)) children.group = shorten(group, 200);
  const content = block.content;
  const base: TaskContext = { owner: context.owner ?? current.owner, group: context.group, acceptance: children.acceptance, code: content.code };
  if (entries.some((entry) => entry.status !== undefined)) readMarkedEntries(state, content, entries, base, children);
  else if (state.marked[index]) {
    accountFor(state, NOT_A_TASK.group);
    if (!children.group) delete children.group;
    const label = statusOfLabel(`${content.text}:`);
    if (label) children.status = label;
  } else if (context.status !== undefined)
    addTask(
      state,
      children,
      makeTask(state, content.text, content.struck ? STRUCK : mark(context.status, 'listed under its label'), base, content.links),
      content.struck,
    );
  else if (plainWork(state, item)) addTask(state, children, makeTask(state, content.text, plainWork(state, item)!, base, content.links), false);
  else if (context.task) {
    context.task.notes = shorten([context.task.notes, content.text].filter(Boolean).join('; '), 500);
    // "PR: https://…" under a checkbox item links that item.
    context.task.links.push(...content.links);
    accountFor(state, NOT_A_TASK.note);
  } else readPlainItem(state, content, base, children);
}

/** One task for each entry with a status; a struck-through item is done. */
function readMarkedEntries(state: State, content: Inline, entries: Entry[], base: TaskContext, children: ListContext): void {
  const single = entries.length === 1;
  for (const entry of entries) {
    if (entry.status === undefined) continue;
    const context = { ...base, lead: single ? content.strongLead : undefined };
    const marked = content.struck ? STRUCK : mark(entry.status, entry.by ?? 'its status mark');
    const task = makeTask(state, entry.text, marked, context, single ? content.links : findLinks(entry.text));
    addTask(state, children, task, content.struck);
  }
}

/** The first task of an item is the one its plain sub-items are notes of. */
function addTask(state: State, children: ListContext, task: DraftItem | undefined, struck: boolean): void {
  if (task && struck) strike(state, task);
  children.task ??= task;
}

/** An item without a marker: a go/no-go question waiting for its answer, or a label for the items under it. */
function readPlainItem(state: State, content: Inline, base: TaskContext, children: ListContext): void {
  const question = questionOf(content);
  if (question) {
    const item = makeTask(state, question.text, mark('todo', 'no answer'), { ...base, owner: question.owner }, content.links);
    if (item) {
      item.comments.push({ field: 'status', text: 'no answer in the document: todo' });
      countGuess(state.reading.guesses, 'status guessed');
      children.question = { item, answered: false };
    }
  } else {
    state.reading.shape.plainItems++;
    const label = content.text.length <= 60 ? statusOfLabel(`${content.text}:`) : undefined;
    if (label) {
      children.status = label;
      accountFor(state, NOT_A_TASK.label);
    }
  }
}

/** A legend line needs a separator after its symbol ("✅ = done", "✅ means usable", "[x] - done"). */
function mayBeLegend(text: string): boolean {
  return text.length <= 100 && /[=:→]|means|indicates|denotes|stands for|[-–—] /.test(text);
}

/**
 * A plain item that is work all the same: an item of a checklist heading ("## Checklist" /
 * "1. Bump the version"), a bullet beside checkbox items in one list, a dated step
 * ("2024-07-01: canary") — each open, since nothing marks it done.
 */
function plainWork(state: State, { block, index, current, context }: PlacedItem): Mark | undefined {
  const text = block.content.text;
  if ((/:\s*$/.test(text) && !block.ordered) || text.length > 300) return undefined;
  // "- Objectives: …" beside checkbox items is a field of the list, not a step.
  if (state.boxed[index] && !/^[^:]{1,80}:\s/.test(text)) return mark('todo', 'a plain item among checkbox items');
  if (DATED_STEP.test(text)) return mark('todo', 'a dated step');
  if (block.content.anchorsOnly) return mark('todo', 'an entry under a time window');
  if (current.work && block.ordered && block.depth === 0 && !context.task && !context.label) return mark('todo', 'a numbered item of a checklist');
  return undefined;
}

const DATED_STEP = /^\s*(?:\d{4}-\d{2}-\d{2}|\d{4}\.\d{2}\.\d{2})\s*[:–—-]\s*\S/;
