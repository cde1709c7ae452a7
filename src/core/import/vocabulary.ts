import type { TaskStatus } from '../schema.js';

/** Status markers and words as readiness documents write them. */

const EMOJI_STATUS: [RegExp, TaskStatus][] = [
  [/✅|✔️?|☑️?|🟢|✓/u, 'done'],
  [/🚧|🟡|🟠|⏳|🔄|⚠️?/u, 'in-progress'],
  [/⛔|🚫|⏸️?|🛑/u, 'blocked'],
  [/❌|✖️?|🔴|⬜|☐|⭕/u, 'todo'],
];

const WORD_STATUS: [RegExp, TaskStatus][] = [
  [/\b(?:not started|not done|to ?do|open|pending|planned|missing|none|no)\b/i, 'todo'],
  [/\b(?:in[ -]?progress|wip|started|ongoing|partial(?:ly)?|doing|review|in review)\b/i, 'in-progress'],
  [/\b(?:blocked|on hold|paused|waiting)\b/i, 'blocked'],
  [/\b(?:done|complete[d]?|finished|shipped|merged|closed|resolved|yes|implemented|fixed)\b/i, 'done'],
];

/**
 * The status a table cell or list marker states: words first (they survive lost emoji),
 * then emoji. Undefined when it states none.
 */
export function statusFromText(text: string): TaskStatus | undefined {
  const plain = text.replace(/\*|_|`/g, ' ').trim();
  for (const [pattern, status] of WORD_STATUS) if (pattern.test(plain)) return status;
  return statusFromMarker(plain);
}

export function statusFromMarker(text: string): TaskStatus | undefined {
  for (const [pattern, status] of EMOJI_STATUS) if (pattern.test(text)) return status;
  return undefined;
}

/** A status emoji at the start or the end of a list item, e.g. "✅ Clean architecture". */
const LEADING_MARKER = /^\s*(✅|✔️?|☑️?|🟢|🟡|🟠|🚧|⏳|🔄|⚠️?|⛔|🚫|⏸️?|🛑|❌|✖️?|🔴|⬜|☐)\uFE0F?\s*/u;
const TRAILING_MARKER = /\s*(✅|✔️?|🟢|🟡|🟠|🚧|⚠️?|⛔|⏸️?|❌|🔴)\uFE0F?\s*$/u;

export function splitMarker(text: string): { status?: TaskStatus; text: string } {
  const leading = LEADING_MARKER.exec(text);
  if (leading) return { status: statusFromMarker(leading[1]!)!, text: text.slice(leading[0].length) };
  const trailing = TRAILING_MARKER.exec(text);
  if (trailing) return { status: statusFromMarker(trailing[1]!)!, text: text.slice(0, trailing.index) };
  return { text };
}

export interface Tier {
  blocking: boolean;
  /** The words the decision was read from, for the comment in the output. */
  word: string;
}

const NOT_BLOCKING =
  /\b(?:not critical|non[- ]?blocking|nice[- ]to[- ]have|optional|future|informational|medium|low|later|could|if applicable|post[- ]launch|enhancements?)\b/i;
const BLOCKING = /\b(?:critical|high|must(?: fix| have)?|required|blocker|blocking|p0|showstopper)\b/i;

/** The priority tier a heading or marker states, if any: CRITICAL / HIGH / MUST → blocking. */
export function tierOf(text: string): Tier | undefined {
  const not = NOT_BLOCKING.exec(text);
  if (not) return { blocking: false, word: not[0] };
  const yes = BLOCKING.exec(text);
  if (yes) return { blocking: true, word: yes[0] };
  return undefined;
}

/** "YES", "✅", "Blocking" in a Blocking column. */
export function truthy(text: string): boolean | undefined {
  const plain = text.trim().toLowerCase();
  if (/^(?:yes|y|true|x|✓|✔️?|✅|blocking|required|must)\b/u.test(plain)) return true;
  if (/^(?:no|n|false|-|—|optional|non[- ]?blocking)\b/u.test(plain)) return false;
  return undefined;
}
