import type { Inline } from '../3-structure.js';
import { handleOnly } from '../classify/owner.js';
import { mark } from '../classify/marks.js';
import { splitMarker } from '../classify/status.js';
import { skippedSection } from '../classify/junk.js';
import { cleanHeading, shorten } from '../classify/text.js';
import { tierOfHeading } from '../classify/tier.js';
import { closeEntry, openEntry } from './account.js';
import { frame, newSection, type Frame, type State } from './state.js';
import { makeTask } from './tasks.js';
import { yearOfHeading } from './year.js';

/** Headings: sections, the frames that carry what a heading says to the blocks under it, and headings that are items. */

/** Headings that name no work of their own: their items belong to the heading above. */
const GENERIC_HEADING =
  /^(?:decision\b.*|sign[- ]?off|check ?list|tasks?|to ?dos?|action items|work items|items|steps|work|sub ?tasks|deliverables|requirements|progress|status|tracking|open items|acceptance(?: criteria)?|exit criteria)$/i;
export const ACCEPTANCE = /\b(?:acceptance|exit criteria|definition of done)\b/i;
/** Headings under which every item is work, box or none: "## Checklist", "# RELEASE CHECKLIST", "## Steps". */
const WORK_HEADING = /\b(?:check ?lists?|checkliste|to ?dos?|action items|steps)\b|チェックリスト|检查清单|清单/i;
/** Headings that name a time window ("### Early Q3", "## H2 2025", "## Now"): what is listed under them is planned work. */
export const TIME_WINDOW =
  /\b(?:q[1-4]|h[12]|(?:early|mid|late)\b|now|next|later|january|february|march|april|may|june|july|august|september|october|november|december)\b|\b20\d\d\b/i;
const QUARTER = /^\s*(?:q[1-4]|h[12])\b.*\b20\d\d\b|^\s*20\d\d\s*(?:q[1-4]|h[12])\b/i;

export function readHeading(state: State, depth: number, content: Inline, line: number, index: number): void {
  const text = content.text;
  if (depth === 1 && state.reading.title === undefined && text) state.reading.title = shorten(cleanHeading(text));
  state.frames = state.frames.filter((f) => f.depth < depth);
  const parent = frame(state);
  const own = skippedSection(text);
  // A template is the unfilled one: a "Definition of done" with checked items is the team's own.
  const skip = (own === 'template' && state.filled.has(index) ? undefined : own) ?? parent.skip;
  const owner = handleOnly(text);
  const bare = cleanHeading(text).replace(/^[\d.)\s]+/, '');
  // A checklist heading lists work under it; one above others does so only in a document without checkboxes,
  // where numbered lists are the only way it writes its steps.
  const work = WORK_HEADING.test(bare) || (parent.work === true && !state.anyBox);
  state.list = {};
  const year = yearOfHeading(text) ?? parent.year;
  const common = { ...(skip ? { skip } : {}), ...(work ? { work } : {}), ...(year ? { year } : {}) };
  if (owner) {
    state.frames.push({ depth, section: parent.section, owner, acceptance: parent.acceptance, ...common });
    return;
  }
  if (GENERIC_HEADING.test(bare) && parent !== state.root) {
    state.frames.push({
      depth,
      section: parent.section,
      acceptance: ACCEPTANCE.test(bare),
      ...(parent.owner ? { owner: parent.owner } : {}),
      ...common,
    });
    return;
  }
  const trail = [...state.frames.map((f) => f.section.heading), text];
  // The quarter a phase sits under stays in its name: "Q3 2024: Networking".
  const heading = QUARTER.test(parent.section.heading) && parent !== state.root ? `${cleanHeading(parent.section.heading)}: ${text}` : text;
  const section = newSection(heading, trail, line, tierOfHeading(text) ?? parent.section.tier);
  // Who leads the document and its date hold for its sections unless they say otherwise.
  if (parent.section.owner) section.owner = parent.section.owner;
  if (parent.section.due) section.due = parent.section.due;
  state.reading.sections.push(section);
  const ownFrame: Frame = { depth, section, acceptance: ACCEPTANCE.test(bare) && state.filled.has(index), ...common };
  state.frames.push(ownFrame);
  state.headingItem = { text, line, frame: ownFrame, parent };
}

/**
 * "### fs.watch" and then "✅ Works everywhere.": a heading whose first paragraph opens with
 * a status mark is an item of the section above it, not a section of its own.
 */
export function readHeadingItem(state: State, content: Inline): boolean {
  const pending = state.headingItem;
  state.headingItem = undefined;
  if (!pending || pending.frame.section.items.length > 0 || pending.parent === state.root) return false;
  const marker = splitMarker(content.text, state.legend);
  if (!marker.status || !marker.by || !content.text.trimStart().startsWith(marker.by)) return false;
  const sections = state.reading.sections;
  if (sections.at(-1) === pending.frame.section) sections.pop();
  pending.frame.section = pending.parent.section;
  openEntry(state, pending.line, pending.text);
  makeTask(state, pending.text, mark(marker.status, marker.by), { owner: pending.parent.owner }, content.links);
  closeEntry(state);
  return true;
}

/** "These are nice to have." under a heading, before its items: the section does not block. */
export function readSectionProse(state: State, content: Inline): void {
  const section = frame(state).section;
  if (section.items.length > 0 || section.tier || content.text.length > 200) return;
  const said = /\b(?:nice[- ]to[- ]have|optional|not required|not blocking)\b/i.exec(content.text);
  if (said) section.tier = { blocking: false, word: said[0] };
}
