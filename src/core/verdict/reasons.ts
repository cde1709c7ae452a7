/**
 * The verdict's words for a link's state: the reasons it gives for an item, which the
 * views and annotations quote as they are.
 */
import { isSatisfiedState } from '../links/links.js';
import { completedByThisPullRequest } from './policy.js';
import type { LinkReport } from './report.js';

/** One link's state as a sentence: "acme/api#12 is still open". */
export function describeLink(link: LinkReport): string {
  const name = link.name;
  if (completedByThisPullRequest(link)) {
    return link.completedByThisPullRequest === 'merging' ? `${name} is this pull request` : `${name} is closed by this pull request when it merges`;
  }
  if (isSatisfiedState(link.state) && link.subIssues && link.subIssues.open > 0) {
    return `${name} is closed, but ${link.subIssues.open} of its ${link.subIssues.total} sub-issues are still open`;
  }
  switch (link.state) {
    case 'open':
      return `${name} is still open`;
    case 'not_planned':
      return `${name} was closed as not planned`;
    case 'duplicate':
      return `${name} was closed as a duplicate`;
    case 'closed_unmerged':
      return `${name} was closed without being merged`;
    case 'unknown':
      return `${name} could not be read${link.detail ? ` (${link.detail})` : ''}`;
    case 'unverified':
      return `${name} is not verified`;
    case 'merged':
      return `${name} is merged`;
    case 'completed':
      return `${name} is completed`;
  }
}
