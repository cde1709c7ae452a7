import { readDate, readLabelledDate, readTrailingDate, withYear, type DateReading } from '../classify/date.js';
import { isPlaceholder } from '../classify/junk.js';
import { countGuess, type DraftItem } from '../model.js';
import { looksLikeName, readOwner } from '../classify/owner.js';
import { statusFromText } from '../classify/status.js';
import type { Inline } from '../3-structure.js';
import { cleanTitle, shorten } from '../classify/text.js';
import { tierOfItem } from '../classify/tier.js';
import { frame, yearHere, type State } from './state.js';
import { settle, type Mark } from '../classify/marks.js';
import { accountFor, NOT_A_TASK } from './account.js';

/** A task made from an item's text, and the go/no-go questions and their answers. */

const STATUS_ONLY = /^(?:done|complete[d]?|not started|in progress|to ?do|blocked|finished)\.?$/i;

/** "**Kathleen/Derek**: is monitoring configured and working?" — a go/no-go question and who answers it. */
export function questionOf(content: Inline): { owner: string; text: string } | undefined {
  const lead = content.strongLead;
  if (!lead || lead.length > 80 || !looksLikeName(lead) || !/\?\s*$/.test(content.text)) return undefined;
  const start = content.text.indexOf(lead);
  const text = content.text.slice(start + lead.length).replace(/^\s*[:–—-]\s*/, '');
  return text ? { owner: lead, text } : undefined;
}

/** The bold name leading an item and the item after it, when the lead reads as a person or team, not a label in capitals. */
function nameBefore(text: string, lead: string): { name: string; rest: string } | undefined {
  if (lead.length > 40 || !looksLikeName(lead) || !/\p{Ll}/u.test(lead) || !text.startsWith(lead)) return undefined;
  const rest = /^\s*[:–—]\s*(.+)$/.exec(text.slice(lead.length));
  return rest ? { name: lead, rest: rest[1]! } : undefined;
}

export function strike(state: State, task: DraftItem): void {
  task.comments.push({ field: 'status', text: 'struck through in the source: counted as done' });
  countGuess(state.reading.guesses, 'status guessed');
}

/** A question after trouble, to which "No" is the good answer. */
const NEGATIVE_QUESTION =
  /\b(?:any|known)\b.{0,40}\b(?:bugs?|issues?|blockers?|regressions?|incidents?|defects?|vulnerabilit(?:y|ies)|risks?|failures?|errors?)\b/i;

/** "Answer: Yes", "yes - dashboards are live", "No"; "`yes/no - any notes`" is a blank to fill in. */
export function answerTo(state: State, question: { item: DraftItem; answered: boolean }, text: string): boolean {
  const plain = text.replace(/^\s*answer\s*:\s*/i, '').trim();
  if (!/^(?:yes|no|go|no[- ]go|y|n)\b/i.test(plain) && !/^\s*answer\s*:/i.test(text)) return false;
  question.answered = true;
  if (/^yes\s*\/\s*no\b/i.test(plain) || !plain) return true;
  const answer = statusFromText(plain.split(/[\s,.;:–—-]/)[0] ?? '');
  // "No" to "are there any open Sev1 bugs?" is the good answer.
  const status =
    answer && NEGATIVE_QUESTION.test(question.item.title) && /^(?:yes|no|y|n)\b/i.test(plain) ? (answer === 'done' ? 'todo' : 'done') : answer;
  question.item.status = status ?? 'todo';
  if (status === 'done') question.item.doneBy = `the answer '${shorten(plain, 20)}'`;
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
/** A dated step: "2024-07-01: canary". */
const LEADING_DATE = /^\s*(\d{4}[-.]\d{2}[-.]\d{2})\s*[:–—-]\s*/;
/** "[IN PROGRESS]", "(WIP)", 🚧 in an open item's title: it is under way. */
const IN_PROGRESS_TITLE = /\[(?:in progress|wip)\]|\((?:in progress|wip)\)|🚧/i;
const FIELD_PARENTHESES = /\s*\((?:owner|assignee|due|target|eta|deadline)\b[^()]{0,80}\)|\s*\(@[^()]{1,80}\)/gi;

export function makeTask(
  state: State,
  raw: string,
  marked: Mark,
  context: {
    owner?: string | undefined;
    group?: string | undefined;
    acceptance?: boolean | undefined;
    lead?: string | undefined;
    /** The item's code spans: a handle written in code ("`@acme/config`") names a package, not an owner. */
    code?: readonly string[] | undefined;
  },
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
  const parts = titleParts(text);
  const { id, closing, working } = parts;
  text = parts.text;
  const bare = text.includes('(') ? text.replace(FIELD_PARENTHESES, '') : text;
  const title = shorten(cleanTitle(bare.includes('@') ? bare.replace(TRAILING_HANDLES, '') : bare));
  if (!title || isPlaceholder(title) || STATUS_ONLY.test(title)) {
    accountFor(state, NOT_A_TASK.placeholder);
    if (title) {
      countGuess(state.reading.guesses, 'not a task');
      state.reading.shape.skipped++;
    }
    return undefined;
  }
  const item: DraftItem = { title, status: 'todo', links: [...links], acceptance, comments: [] };
  settle(item, [marked]);
  if (working && item.status === 'todo') {
    item.status = 'in-progress';
    item.comments.push({ field: 'status', text: `'${working[0].trim()}' in its title: in progress` });
  }
  if (id) item.id = id[1]!;
  const owner = ownerOf(text, context.code) ?? (named ? named.name : context.owner);
  if (owner) item.owner = shorten(owner, 100);
  if (named && owner === named.name) {
    item.comments.push({ field: 'owner', text: 'from the bold name before the item' });
    countGuess(state.reading.guesses, 'owner from a bold name');
  }
  readDue(state, item, closing.at !== undefined ? closing : readLabelledDate(text));
  const tier = tierOfItem(text);
  if (tier) item.tier = tier;
  if (context.group) item.notes = context.group;
  frame(state).section.items.push(item);
  state.entry?.items.push(item);
  return item;
}

/** Who the text names as owner — every handle at its end, none written in code. */
function ownerOf(text: string, code: readonly string[] | undefined): string | undefined {
  const trailing = text.includes('@') ? TRAILING_HANDLES.exec(text)?.[0].match(/@[A-Za-z0-9][\w-]{0,38}/g) : undefined;
  if (trailing && trailing.length > 1) return trailing.join(', ');
  const owner = readOwner(text);
  return owner && code?.some((span) => span.includes(owner)) ? undefined : owner;
}

/** The id before an item, the date that opens or closes it and an in-progress marker, each taken out of its text. */
function titleParts(raw: string): { text: string; id?: RegExpExecArray; closing: DateReading & { at?: number }; working?: RegExpExecArray } {
  let text = raw;
  const id = ID_PREFIX.exec(text) ?? undefined;
  if (id) text = text.slice(id[0].length);
  const leading = LEADING_DATE.exec(text);
  if (leading) text = text.slice(leading[0].length);
  const closing = leading ? { ...readDate(leading[1]!), at: text.length } : readTrailingDate(text);
  if (closing.at !== undefined) text = text.slice(0, closing.at);
  const working = /[[(🚧]/u.test(text) ? (IN_PROGRESS_TITLE.exec(text) ?? undefined) : undefined;
  if (working) text = text.replace(working[0], ' ');
  return { text, closing, ...(id ? { id } : {}), ...(working ? { working } : {}) };
}

/** The item's due date; a day without its year takes the year of where it stands, or is left out with the reason. */
export function readDue(state: State, item: DraftItem, written: DateReading, count = true): void {
  const due = written.yearless ? withYear(written, yearHere(state)) : written;
  if (due.date) {
    item.due = due.date;
    if (due.yearFrom) {
      item.comments.push({ field: 'due', text: due.yearFrom });
      countGuess(state.reading.guesses, 'year from its context');
    }
  } else if (due.problem) {
    item.comments.push({ field: 'title', text: due.problem });
    if (count) countGuess(state.reading.guesses, 'date left out');
  }
}
