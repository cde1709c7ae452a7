import type { TaskStatus } from '../manifest/schema.js';
import { readLabelledDate } from './classify/date.js';
import { isLegendLine, isPlaceholder, legendEntry, skippedSection, type SkipKind } from './classify/junk.js';
import { findLinks } from './classify/link.js';
import { countGuess, type DraftItem, type Guesses, type Reading, type Section } from './model.js';
import { handleOnly, looksLikeName, OWNER_RULES, readOwner } from './classify/owner.js';
import { splitMarker, statusFromBox, statusFromText, statusOfLabel, TEXT_BOX } from './classify/status.js';
import type { Block, Inline, Structure } from './3-structure.js';
import { readTable } from './classify/tables.js';
import { cleanHeading, cleanTitle, shorten } from './classify/text.js';
import { tierOfHeading, tierOfItem } from './classify/tier.js';

/**
 * Step 4: classify the blocks of the document into sections of items. Each block is read
 * with the classifiers (status, tier, owner, date, link, legend and template) in the
 * context its headings and lead-in paragraphs give it.
 */

/** Headings that name no work of their own: their items belong to the heading above. */
const GENERIC_HEADING =
  /^(?:decision\b.*|sign[- ]?off|check ?list|tasks?|to ?dos?|action items|work items|items|steps|work|sub ?tasks|deliverables|requirements|progress|status|tracking|open items|acceptance(?: criteria)?|exit criteria)$/i;
const ACCEPTANCE = /\b(?:acceptance|exit criteria|definition of done)\b/i;
/** Groups whose name adds nothing to a task's notes. */
const GENERIC_GROUP = /^(?:tasks?|acceptance(?: criteria)?|to ?dos?|items|checklist|work|subtasks)$/i;
const META_LINE =
  /^(?:owners?|lead|dri|assignee|release (?:manager|lead|captain)|coordinator|target(?: date)?|tentative(?: date)?|due(?: date)?|deadline|eta|release date|waiting for|requires|depends on)\s*:/i;
const STATUS_ONLY = /^(?:done|complete[d]?|not started|in progress|to ?do|blocked|finished)\.?$/i;

interface Frame {
  depth: number;
  section: Section;
  skip?: SkipKind;
  owner?: string;
  acceptance: boolean;
}

/** What a lead-in paragraph or a parent item says about the items under it. */
interface ListContext {
  skip?: boolean;
  status?: TaskStatus;
  group?: string;
  acceptance?: boolean;
  owner?: string;
  /** The task whose plain sub-items are its notes. */
  task?: DraftItem;
  /** A go/no-go question waiting for its answer. */
  question?: { item: DraftItem; answered: boolean };
}

interface State {
  reading: Reading;
  frames: Frame[];
  root: Frame;
  list: ListContext;
  contexts: Map<number, ListContext>;
  legend: Map<string, TaskStatus>;
  marked: boolean[];
  /** Items not taken as tasks, by the section and the reason, for the header of the output. */
  skipped: Map<string, number>;
}

/** Reads a document's structure part by part, in document order, then gives what it read. */
export interface DocumentReader {
  read(structure: Structure): void;
  finish(): Reading;
}

/**
 * A reader that carries what the document says from one part to the next — the open
 * headings, the last lead-in paragraph, the legend — so that a document read section by
 * section reads as it would whole. A list never spans two parts: an item's parent is in
 * its own part.
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
    },
    frames: [],
    root,
    list: {},
    contexts: new Map(),
    legend: new Map(),
    marked: [],
    skipped: new Map(),
  };
  return {
    read(structure) {
      state.marked = markedParents(structure.blocks);
      state.contexts = new Map();
      structure.blocks.forEach((block, index) => readBlock(state, block, index));
    },
    finish() {
      for (const [where, count] of state.skipped) notes.push(`not read as tasks: ${where} (${count} item${count === 1 ? '' : 's'})`);
      return state.reading;
    },
  };
}

function newSection(heading: string, trail: string[], line: number, tier?: Section['tier']): Section {
  return { heading, trail, requires: [], items: [], line, ...(tier ? { tier } : {}) };
}

function frame(state: State): Frame {
  return state.frames.at(-1) ?? state.root;
}

function readBlock(state: State, block: Block, index: number): void {
  switch (block.kind) {
    case 'heading':
      state.reading.shape.headings++;
      readHeading(state, block.depth, block.content, block.line);
      return;
    case 'paragraph':
      state.reading.shape.paragraphs++;
      readParagraph(state, block.content);
      return;
    case 'item':
      readItem(state, block, index);
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

function readHeading(state: State, depth: number, content: Inline, line: number): void {
  const text = content.text;
  if (depth === 1 && state.reading.title === undefined && text) state.reading.title = shorten(cleanHeading(text));
  state.frames = state.frames.filter((f) => f.depth < depth);
  const parent = frame(state);
  const skip = skippedSection(text) ?? parent.skip;
  const owner = handleOnly(text);
  const bare = cleanHeading(text).replace(/^[\d.)\s]+/, '');
  state.list = {};
  if (owner) {
    state.frames.push({ depth, section: parent.section, owner, acceptance: parent.acceptance, ...(skip ? { skip } : {}) });
    return;
  }
  if (GENERIC_HEADING.test(bare) && parent !== state.root) {
    state.frames.push({
      depth,
      section: parent.section,
      acceptance: ACCEPTANCE.test(bare),
      ...(parent.owner ? { owner: parent.owner } : {}),
      ...(skip ? { skip } : {}),
    });
    return;
  }
  const trail = [...state.frames.map((f) => f.section.heading), text];
  const section = newSection(text, trail, line, tierOfHeading(text) ?? parent.section.tier);
  // Who leads the document and its date hold for its sections unless they say otherwise.
  if (parent.section.owner) section.owner = parent.section.owner;
  if (parent.section.due) section.due = parent.section.due;
  state.reading.sections.push(section);
  state.frames.push({ depth, section, acceptance: false, ...(skip ? { skip } : {}) });
}

function readParagraph(state: State, content: Inline): void {
  const current = frame(state);
  if (current.skip) {
    state.list = { skip: true };
    return;
  }
  if (content.lines.length > 0 && (content.lines.every(isLegendLine) || /^\s*(?:status )?(?:legend|key)\s*:/i.test(content.text))) {
    for (const line of content.lines) learnLegend(state, line);
    state.list = {};
    return;
  }
  const meta = content.lines.filter((line) => META_LINE.test(line));
  if (meta.length > 0) {
    for (const line of meta) readMetadata(current.section, line);
    if (meta.length === content.lines.length) return;
  }
  const handle = handleOnly(content.text);
  if (handle) {
    state.list = { owner: handle };
    return;
  }
  const question = questionOf(content);
  if (question) {
    const item = makeTask(state, question.text, 'todo', { owner: question.owner }, content.links);
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
  const status = isLabel ? statusOfLabel(content.text) : undefined;
  state.list = {
    ...(status ? { status } : {}),
    ...(ACCEPTANCE.test(content.text) && /:\s*$/.test(content.text) ? { acceptance: true } : {}),
    ...(owner ? { owner } : {}),
  };
}

/** "**Kathleen/Derek**: is monitoring configured and working?" — a go/no-go question and who answers it. */
function questionOf(content: Inline): { owner: string; text: string } | undefined {
  const lead = content.strongLead;
  if (!lead || lead.length > 80 || !looksLikeName(lead) || !/\?\s*$/.test(content.text)) return undefined;
  const start = content.text.indexOf(lead);
  const text = content.text.slice(start + lead.length).replace(/^\s*[:–—-]\s*/, '');
  return text ? { owner: lead, text } : undefined;
}

function learnLegend(state: State, line: string): void {
  const entry = legendEntry(line);
  if (entry) state.legend.set(entry[0].replace(/\uFE0F/g, ''), entry[1]);
}

function readMetadata(section: Section, line: string): void {
  for (const part of line.split(/\s+·\s+/)) {
    const owner = OWNER_RULES[0]!.pattern.exec(part)?.[1]?.trim();
    if (owner && section.owner === undefined) section.owner = shorten(owner, 100);
    const due = readLabelledDate(part);
    if (due.date && section.due === undefined) section.due = due.date;
    else if (due.problem && section.due === undefined) section.dueProblem = due.problem;
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

/** For each item: whether an item under it carries a status marker, found in one backward pass. */
function markedParents(blocks: readonly Block[]): boolean[] {
  const marked = new Array<boolean>(blocks.length).fill(false);
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i]!;
    if (block.kind !== 'item' || block.parent === undefined || marked[block.parent]) continue;
    if (marked[i] || hasMarker(block.checked, block.content.text)) marked[block.parent] = true;
  }
  return marked;
}

function hasMarker(checked: boolean | null, text: string): boolean {
  return checked !== null || /^\s*\[( |x|X|~|-|\/)\]/.test(text) || splitMarker(text).status !== undefined;
}

/** One task-like part of an item, with the status its marker gives. */
interface Entry {
  status?: TaskStatus;
  text: string;
}

/** "[x] a; [ ] b" is two entries; a line with one marker or none is one. */
function entriesOf(checked: boolean | null, text: string, legend: ReadonlyMap<string, TaskStatus>): Entry[] {
  // Most items hold no second box: no need to look for one.
  if (!text.includes('[')) return checked === null ? [splitMarker(text, legend)] : [{ status: checked ? 'done' : 'todo', text }];
  const boxed = checked === null ? text : `[${checked ? 'x' : ' '}] ${text}`;
  const boxes = [...boxed.matchAll(TEXT_BOX)];
  if (boxes.length === 0 || boxes[0]!.index !== boxed.search(/\S/)) return [splitMarker(text, legend)];
  return boxes.map((box, i) => {
    const end = i + 1 < boxes.length ? boxes[i + 1]!.index : boxed.length;
    return {
      status: statusFromBox(box[1]!),
      text: boxed
        .slice(box.index + box[0].length, end)
        .replace(/[;,]\s*$/, '')
        .trim(),
    };
  });
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
    readMetadata(item.current.section, firstText.trim());
    skipItem(state, item, undefined);
    return;
  }
  const handle = handleOnly(block.content.text);
  const children = inheritedContext(item, firstText, handle);
  if (!handle) readEntries(state, item, entries, children);
  state.contexts.set(index, children);
}

/**
 * Marks the item and everything under it as no task. Counted among the skipped items
 * only when the reason is given and the item carries a marker: a plain line in a skipped
 * section was never a candidate.
 */
function skipItem(state: State, item: PlacedItem, reason: 'not a task' | undefined, why = item.current.skip): true {
  if (reason && item.marker) {
    countGuess(state.reading.guesses, reason);
    state.reading.shape.skipped++;
    noteSkipped(state, item.current.section.heading, why ?? 'a table of contents');
  }
  state.contexts.set(item.index, { skip: true });
  return true;
}

/** Skips an item in a skipped section or list, a legend line, a table of contents entry or the answer to a question. */
function skippedBeforeEntries(state: State, item: PlacedItem): boolean {
  const { block, current, context } = item;
  const content = block.content;
  if (current.skip || context.skip) return skipItem(state, item, 'not a task');
  if (mayBeLegend(content.text) && (isLegendLine(content.text) || isLegendLine(`[${block.checked ? 'x' : ' '}] ${content.text}`))) {
    learnLegend(state, content.text);
    return skipItem(state, item, undefined);
  }
  if (content.anchorsOnly) return skipItem(state, item, 'not a task', 'table of contents');
  if (context.question && !context.question.answered && answerTo(state, context.question, content.text)) return skipItem(state, item, undefined);
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
  const base: TaskContext = { owner: context.owner ?? current.owner, group: context.group, acceptance: children.acceptance };
  const content = block.content;
  if (entries.some((entry) => entry.status !== undefined)) readMarkedEntries(state, content, entries, base, children);
  else if (state.marked[index]) {
    if (!children.group) delete children.group;
    const label = statusOfLabel(`${content.text}:`);
    if (label) children.status = label;
  } else if (context.status !== undefined)
    addTask(state, children, makeTask(state, content.text, content.struck ? 'done' : context.status, base, content.links), content.struck);
  else if (context.task) context.task.notes = shorten([context.task.notes, content.text].filter(Boolean).join('; '), 500);
  else readPlainItem(state, content, base, children);
}

/** One task for each entry with a status; a struck-through item is done. */
function readMarkedEntries(state: State, content: Inline, entries: Entry[], base: TaskContext, children: ListContext): void {
  const single = entries.length === 1;
  for (const entry of entries) {
    if (entry.status === undefined) continue;
    const context = { ...base, lead: single ? content.strongLead : undefined };
    const task = makeTask(state, entry.text, content.struck ? 'done' : entry.status, context, single ? content.links : findLinks(entry.text));
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
    const item = makeTask(state, question.text, 'todo', { ...base, owner: question.owner }, content.links);
    if (item) {
      item.comments.push({ field: 'status', text: 'no answer in the document: todo' });
      countGuess(state.reading.guesses, 'status guessed');
      children.question = { item, answered: false };
    }
  } else {
    state.reading.shape.plainItems++;
    const label = content.text.length <= 60 ? statusOfLabel(`${content.text}:`) : undefined;
    if (label) children.status = label;
  }
}

const SKIP_WORDS: Record<SkipKind, string> = {
  legend: 'a legend of the symbols',
  template: 'a template to copy',
  'table of contents': 'a table of contents',
  recap: 'a recap of the status',
  alternative: 'an alternative plan',
  reference: 'reference material',
};

function noteSkipped(state: State, heading: string, kind: string): void {
  const key = `'${shorten(heading || '(before the first heading)', 80)}' is ${SKIP_WORDS[kind as SkipKind] ?? kind}`;
  state.skipped.set(key, (state.skipped.get(key) ?? 0) + 1);
}

/** The bold name leading an item and the item after it, when the lead reads as a person or team, not a label in capitals. */
function nameBefore(text: string, lead: string): { name: string; rest: string } | undefined {
  if (lead.length > 40 || !looksLikeName(lead) || !/\p{Ll}/u.test(lead) || !text.startsWith(lead)) return undefined;
  const rest = /^\s*[:–—]\s*(.+)$/.exec(text.slice(lead.length));
  return rest ? { name: lead, rest: rest[1]! } : undefined;
}

/** A legend line needs a separator after its symbol ("✅ = done", "✅ means usable", "[x] - done"). */
function mayBeLegend(text: string): boolean {
  return text.length <= 100 && /[=:→]|means|[-–—] /.test(text);
}

function strike(state: State, task: DraftItem): void {
  task.comments.push({ field: 'status', text: 'struck through in the source: counted as done' });
  countGuess(state.reading.guesses, 'status guessed');
}

/** "Answer: Yes", "yes - dashboards are live", "No"; "`yes/no - any notes`" is a blank to fill in. */
function answerTo(state: State, question: { item: DraftItem; answered: boolean }, text: string): boolean {
  const plain = text.replace(/^\s*answer\s*:\s*/i, '').trim();
  if (!/^(?:yes|no|go|no[- ]go|y|n)\b/i.test(plain) && !/^\s*answer\s*:/i.test(text)) return false;
  question.answered = true;
  if (/^yes\s*\/\s*no\b/i.test(plain) || !plain) return true;
  const status = statusFromText(plain.split(/[\s,.;:–—-]/)[0] ?? '');
  question.item.status = status ?? 'todo';
  const comment = question.item.comments.findIndex((c) => c.field === 'status');
  if (comment >= 0) {
    question.item.comments.splice(comment, 1);
    const guesses = state.reading.guesses;
    guesses.set('status guessed', (guesses.get('status guessed') ?? 1) - 1);
  }
  if (!status) {
    question.item.comments.push({ field: 'status', text: `answer '${shorten(plain, 40)}' not understood: todo` });
    countGuess(state.reading.guesses, 'status guessed');
  }
  return true;
}

const ID_PREFIX = /^([A-Za-z]{1,4}\d+(?:\.\d+)+[a-z]?|[A-Za-z]{1,4}\d+[a-z]|[A-Za-z]{1,4}\d+\.acc\d+)\b\s*[:\-–—]?\s+/;
/** "… — @devraj" at the end of an item names its owner; the title goes without it. */
const TRAILING_HANDLES = /(?:\s*[—–,-]?\s*@[A-Za-z0-9][\w-]{0,38}){1,5}\s*$/;
const FIELD_PARENTHESES = /\s*\((?:owner|assignee|due|target|eta|deadline)\b[^()]{0,80}\)|\s*\(@[^()]{1,80}\)/gi;

function makeTask(
  state: State,
  raw: string,
  status: TaskStatus,
  context: { owner?: string | undefined; group?: string | undefined; acceptance?: boolean | undefined; lead?: string | undefined },
  links: readonly string[],
): DraftItem | undefined {
  let text = raw.trim();
  // "**Ana**: write the notes" — a bold name before the item names who does it.
  const named = context.lead && nameBefore(text, context.lead);
  if (named) text = named.rest;
  let acceptance = context.acceptance ?? false;
  const prefix = /^acceptance\s*:\s*/i.exec(text);
  if (prefix) {
    acceptance = true;
    text = text.slice(prefix[0].length);
  }
  const id = ID_PREFIX.exec(text);
  if (id) text = text.slice(id[0].length);
  const bare = text.includes('(') ? text.replace(FIELD_PARENTHESES, '') : text;
  const title = shorten(cleanTitle(bare.includes('@') ? bare.replace(TRAILING_HANDLES, '') : bare));
  if (!title || isPlaceholder(title) || STATUS_ONLY.test(title)) {
    if (title) {
      countGuess(state.reading.guesses, 'not a task');
      state.reading.shape.skipped++;
    }
    return undefined;
  }
  const item: DraftItem = { title, status, links: [...links], acceptance, comments: [] };
  if (id) item.id = id[1]!;
  const owner = readOwner(text) ?? (named ? named.name : context.owner);
  if (owner) item.owner = shorten(owner, 100);
  if (named && owner === named.name) {
    item.comments.push({ field: 'owner', text: 'from the bold name before the item' });
    countGuess(state.reading.guesses, 'owner from a bold name');
  }
  const due = readLabelledDate(text);
  if (due.date) item.due = due.date;
  else if (due.problem) {
    item.comments.push({ field: 'title', text: due.problem });
    countGuess(state.reading.guesses, 'date left out');
  }
  const tier = tierOfItem(text);
  if (tier) item.tier = tier;
  if (context.group) item.notes = context.group;
  frame(state).section.items.push(item);
  return item;
}

function readTableBlock(state: State, block: Extract<Block, { kind: 'table' }>): void {
  const current = frame(state);
  const table = readTable(block.header, block.rows, state.legend, state.reading.guesses);
  switch (table.kind) {
    case 'overview':
      state.reading.shape.tablesRead++;
      state.reading.overview.push(...table.rows);
      return;
    case 'dependencies':
      state.reading.shape.tablesRead++;
      state.reading.dependencies.push(...table.rows);
      return;
    case 'other':
      return;
    case 'tasks':
      break;
  }
  if (current.skip) {
    countGuess(state.reading.guesses, 'not a task', table.items.length);
    state.reading.shape.skipped += table.items.length;
    for (let i = 0; i < table.items.length; i++) noteSkipped(state, current.section.heading, current.skip);
    return;
  }
  state.reading.shape.tablesRead++;
  const byPhase = new Map<string, Section>();
  table.items.forEach((item, i) => {
    if (item.owner === undefined && current.owner) item.owner = current.owner;
    if (current.acceptance) item.acceptance = true;
    const phase = table.phaseOf[i];
    if (!phase) return void current.section.items.push(item);
    let section = byPhase.get(phase);
    if (!section) {
      section = newSection(phase, [...current.section.trail, phase], block.line, current.section.tier);
      byPhase.set(phase, section);
      state.reading.sections.push(section);
    }
    section.items.push(item);
  });
  for (const item of table.items) {
    const guessed = item.comments.filter((c) => c.field === 'status').length;
    if (guessed) countGuess(state.reading.guesses, 'status guessed', guessed);
    if (item.comments.some((c) => /date left out/.test(c.text))) countGuess(state.reading.guesses, 'date left out');
  }
}
