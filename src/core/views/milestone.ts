/**
 * A phase's milestone as every view shows it: its title as a link to its page, and its
 * progress — "12 of 15 closed, due 2026-12-20" — with what was dropped from its scope. One
 * wording for the comment, the summary, the terminal and the tracking document; its date
 * written as every other due date is.
 */
import { escapeMarkdown, issueUrl, terminalLine } from './markdown.js';
import type { LinkReport, MilestoneReport } from '../verdict/report.js';

/** Dropped items named; the rest are counted. */
const DROPPED_NAMED = 5;

/** The number of a milestone's item: it is always of the milestone's own repository. */
function shortNumber(link: LinkReport): string {
  return link.name.split('#').pop()!;
}

/** The milestone's progress in words, without its name: "12 of 15 closed, due 2026-12-20 · dropped: #4, #9". */
function milestoneProgress(milestone: MilestoneReport, reference: (link: LinkReport) => string, words: (text: string) => string): string {
  if (milestone.state === 'unverified') return 'not verified (offline)';
  if (milestone.state === 'unknown') return words(`could not be read${milestone.detail ? ` (${milestone.detail})` : ''}`);
  const parts = [milestone.total === 0 ? 'no items yet' : `${milestone.closed} of ${milestone.total} closed`];
  if (milestone.due) parts[0] += `, due ${milestone.due}`;
  if (milestone.state === 'closed') parts.push(milestone.closed < milestone.total ? 'closed with items open' : 'closed');
  if (milestone.cutShort) parts.push('listing cut short, so incomplete');
  if (milestone.dropped.length > 0) {
    const named = milestone.dropped.slice(0, DROPPED_NAMED).map(reference);
    const more = milestone.dropped.length - named.length;
    parts.push(`dropped: ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`);
  }
  return parts.join(' · ');
}

/** The milestone's title as written by GitHub, or the manifest's reference when GitHub gave none. */
export function milestoneTitle(milestone: MilestoneReport): string {
  return milestone.title ?? (typeof milestone.ref === 'number' ? `#${milestone.ref}` : milestone.ref);
}

/** Only GitHub's own https page of a milestone is linked: never anything a manifest wrote. */
function milestoneUrl(milestone: MilestoneReport): string | undefined {
  if (!milestone.url) return undefined;
  try {
    const url = new URL(milestone.url);
    const plain = url.protocol === 'https:' && !url.username && !url.password && !url.search && !url.hash;
    return plain && /^\/[^/]+\/[^/]+\/milestone\/\d+$/.test(url.pathname) ? `${url.origin}${url.pathname}` : undefined;
  } catch {
    return undefined;
  }
}

/** "milestone [v2.0 beta](…/milestone/3): 12 of 15 closed, due 2026-12-20", for Markdown views. */
export function milestoneMarkdown(milestone: MilestoneReport): string {
  const title = escapeMarkdown(milestoneTitle(milestone));
  const url = milestoneUrl(milestone);
  // The words are plain; the dropped items are links, so their references need no escaping.
  const progress = milestoneProgress(
    milestone,
    (link) => {
      const page = issueUrl(link);
      return page ? `[#${shortNumber(link)}](${page})` : `#${shortNumber(link)}`;
    },
    escapeMarkdown,
  );
  return `milestone ${url ? `[${title}](${url})` : title}: ${progress}`;
}

/** The same for the terminal, with the page's address when there is one. */
export function milestoneText(milestone: MilestoneReport): string {
  const url = milestoneUrl(milestone);
  const progress = milestoneProgress(
    milestone,
    (link) => `#${shortNumber(link)}`,
    (text) => text,
  );
  return terminalLine(`milestone '${milestoneTitle(milestone)}': ${progress}${url ? ` (${url})` : ''}`);
}

/** What to do about a milestone that keeps its phase incomplete, in one sentence (plain words: the views escape them). */
export function milestoneAdvice(milestone: MilestoneReport): string {
  const blocks = milestone.blocks ?? '';
  if (milestone.state === 'unverified') return `${blocks}: check online, with GITHUB_TOKEN set`;
  if (milestone.state === 'unknown') return `${blocks}: run the check again`;
  if (milestone.cutShort) return `${blocks}: run the check again`;
  return `${blocks}: add its issues and pull requests, or leave the phase out of the gate`;
}
