import type { TaskStatus } from '../../manifest/schema.js';

/**
 * Classifier: the status a table cell, a list marker or an answer states. Each rule has an
 * example of what it reads beside it; rules are tried in order, so negations ("not done")
 * come before the words they contain ("done").
 */
export interface StatusRule {
  pattern: RegExp;
  status: TaskStatus;
  example: string;
}

export const STATUS_WORDS: readonly StatusRule[] = [
  {
    pattern: /\bnot (?:yet )?(?:started|done|complete[d]?|implemented|ready|fixed|migrated|passed|ported|supported|available|converted|answered)\b/i,
    status: 'todo',
    example: '🔴 NOT STARTED',
  },
  { pattern: /\b(?:incomplete|unimplemented|unresolved|unassigned)\b/i, status: 'todo', example: 'Incomplete' },
  { pattern: /\bno[- ]go\b/i, status: 'todo', example: 'No-Go' },
  { pattern: /\b(?:blocked|on hold|paused|waiting|stuck)\b/i, status: 'blocked', example: '⛔ BLOCKED' },
  // A done word a qualifier limits is not done: "Baseline verified", "Mostly done", "Locally tested".
  {
    pattern:
      /\b(?:mostly|almost|nearly|largely|partly|baseline|structurally|locally|provisionally|tentatively|conditionally|superficially|disposable)\b(?:[ -][a-z]+)?[ -](?:done|complete[d]?|verified|implemented|migrated|fixed|finished|tested|applied|passed|working)\b/i,
    status: 'in-progress',
    example: 'Baseline verified',
  },
  // Ready to be worked on is not done: "Implementation Ready", "Ready for dev".
  { pattern: /\b(?:implementation|development|dev) ready\b|\bready (?:for|to)\b/i, status: 'todo', example: 'Implementation Ready' },
  {
    pattern: /\b(?:in[ -]?progress|wip|started|ongoing|underway|partial(?:ly)?|doing|in review|under review|review|draft)\b/i,
    status: 'in-progress',
    example: '🟡 In progress',
  },
  { pattern: /\b(?:to ?do|open|pending|planned|missing|none|not yet|tbd|backlog|queued|failed|fail)\b/i, status: 'todo', example: 'TODO' },
  {
    pattern:
      /\b(?:done|complete[d]?|finished|shipped|merged|closed|resolved|implemented|fixed|released|migrated|verified|landed|delivered|passed|pass|ok|ready)\b/i,
    status: 'done',
    example: '✅ Completed',
  },
  { pattern: /^(?:yes|y|go)\b/i, status: 'done', example: 'Answer: Yes' },
  { pattern: /^(?:no|n)\b/i, status: 'todo', example: 'Answer: No' },
];

/** Symbols, checked after the words: "✅ DONE ⚠️ drift" is done. Shortcodes are turned into these while repairing. */
export const STATUS_SYMBOLS: readonly StatusRule[] = [
  { pattern: /✅|✔|☑|✓|🟢|🆗/u, status: 'done', example: '✔️ or :white_check_mark:' },
  { pattern: /🌓|🌗|◐|🔶|🟡|🟠|🚧|⏳|🔄|⚠|🏗|🔨/u, status: 'in-progress', example: '🌓 (partial)' },
  { pattern: /⛔|🚫|⏸|🛑/u, status: 'blocked', example: '🛑' },
  { pattern: /❌|✖|✗|✘|🔴|⬜|☐|⭕|🔲/u, status: 'todo', example: '❌' },
];

/** A symbol a legend of the document defined ("🌟 = in ESLint core"), with what it stands for. */
export type Legend = ReadonlyMap<string, TaskStatus>;

/** "100%" done, "0%" not started, anything between in progress. */
function statusFromPercent(text: string): TaskStatus | undefined {
  const match = /^(\d{1,3})\s*%/.exec(text);
  if (!match) return undefined;
  const percent = Number(match[1]);
  if (percent >= 100) return 'done';
  return percent === 0 ? 'todo' : 'in-progress';
}

/** The status a cell or answer states in words, a percentage or a symbol; undefined when it states none. */
export function statusFromText(text: string, legend?: Legend): TaskStatus | undefined {
  const plain = text.replace(/[*_`]/g, ' ').trim();
  if (!plain || NOT_APPLICABLE.test(plain)) return undefined;
  const box = /^\[([ xX~/-])\]/.exec(plain);
  if (box) return statusFromBox(box[1]!);
  for (const rule of STATUS_WORDS) if (rule.pattern.test(plain)) return rule.status;
  return statusFromPercent(plain) ?? statusFromSymbol(plain, legend);
}

/** "N/A" is not the answer "No": it says the question does not apply, not that the work is done or open. */
export const NOT_APPLICABLE = /^(?:n\/a|n\.a\.|not applicable)\b/i;

/**
 * Every status a cell states: its words when it has any ("✅ DONE ⚠️ drift" is done), else
 * each symbol it holds ("✅🔨" is done and in progress: the caller keeps the less finished).
 */
export function statusesOfCell(text: string, legend?: Legend): TaskStatus[] {
  const plain = text.replace(/[*_`]/g, ' ').trim();
  if (!plain || NOT_APPLICABLE.test(plain)) return [];
  const box = /^\[([ xX~/-])\]/.exec(plain);
  if (box) return [statusFromBox(box[1]!)];
  for (const rule of STATUS_WORDS) if (rule.pattern.test(plain)) return [rule.status];
  const percent = statusFromPercent(plain);
  if (percent) return [percent];
  const found: TaskStatus[] = [];
  // The document's own legend says what its symbols mean, before the common meanings do.
  if (legend) for (const [symbol, status] of legend) if (plain.includes(symbol)) found.push(status);
  if (found.length > 0) return found;
  for (const rule of STATUS_SYMBOLS) if (rule.pattern.test(plain)) found.push(rule.status);
  return found;
}

export function statusFromSymbol(text: string, legend?: Legend): TaskStatus | undefined {
  if (legend) for (const [symbol, status] of legend) if (text.includes(symbol)) return status;
  for (const rule of STATUS_SYMBOLS) if (rule.pattern.test(text)) return rule.status;
  return undefined;
}

/** A status symbol at the start or the end of a list item: "✅ Clean architecture", "No limit on exports ❌". */
const LEADING_SYMBOL = /^\s*([✅✔☑✓🟢🌓🌗◐🔶🟡🟠🚧⏳🔄⚠🏗⛔🚫⏸🛑❌✖✗✘🔴⬜☐⭕🔲🌟🔌])\uFE0F?\s*/u;
const TRAILING_SYMBOL = /\s*([✅✔🟢🟡🟠🚧⚠⛔⏸❌🔴])\uFE0F?\s*$/u;

export function splitMarker(text: string, legend?: Legend): { status?: TaskStatus; text: string; by?: string } {
  const leading = LEADING_SYMBOL.exec(text);
  const leadingStatus = leading ? statusFromSymbol(leading[1]!, legend) : undefined;
  if (leading && leadingStatus) return { status: leadingStatus, text: text.slice(leading[0].length), by: leading[1]! };
  const trailing = TRAILING_SYMBOL.exec(text);
  const trailingStatus = trailing ? statusFromSymbol(trailing[1]!, legend) : undefined;
  if (trailing && trailingStatus) return { status: trailingStatus, text: text.slice(0, trailing.index), by: trailing[1]! };
  return { text };
}

/** The box of a task list written as text: "[x]", "[X]", "[~]", "[-]", "[ ]", "[/]". */
export const TEXT_BOX = /\[( |x|X|~|-|\/)\]/g;

export function statusFromBox(mark: string): TaskStatus {
  if (mark === 'x' || mark === 'X') return 'done';
  return mark === ' ' ? 'todo' : 'in-progress';
}

/**
 * Labels before a list that say what its plain items are: "**What's Missing**:" lists work
 * to do, "Completed:" lists work done. Examples beside each.
 */
export const LIST_LABELS: readonly { pattern: RegExp; status: TaskStatus; example: string }[] = [
  { pattern: /\b(?:completed|done|finished|shipped|merged|landed)\b/i, status: 'done', example: 'Completed:' },
  { pattern: /\b(?:in progress|ongoing|wip|doing)\b/i, status: 'in-progress', example: 'In progress:' },
  { pattern: /\b(?:blocked|on hold)\b/i, status: 'blocked', example: 'Blocked:' },
  {
    pattern: /\b(?:missing|required|to ?do|tasks?|action items?|gaps?|open items?|remaining|checklist|blockers?|next|needed|outstanding)\b/i,
    status: 'todo',
    example: "**What's Missing**:",
  },
];

export function statusOfLabel(label: string): TaskStatus | undefined {
  if (!/:\s*$/.test(label)) return undefined;
  return LIST_LABELS.find((rule) => rule.pattern.test(label))?.status;
}
