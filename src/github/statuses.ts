import type { Report } from '../core/verdict/report.js';
import type { Repository } from '../core/links/links.js';
import { truncate } from '../core/views/markdown.js';
import { completionWords, incompleteClause, VERDICT_LOOK, verdictOf, verdictWords } from '../core/views/present.js';
import type { GitHubClient } from './client.js';

export function statusContext(gate: string): string {
  return `readiness/${gate}`;
}

/** What a commit status says: GitHub's state and a description within its 140 characters. */
export interface CommitStatus {
  state: 'success' | 'failure' | 'error';
  description: string;
}

/** The status a report gives its commit. */
export function statusFor(report: Report): CommitStatus {
  const look = VERDICT_LOOK[verdictOf(report)];
  const incomplete = report.incompletePhases.length === 0 ? '' : ` — ${incompleteClause(report)}: ${report.incompletePhases.join(', ')}`;
  const description = `${look.symbol} ${verdictWords(report, { relative: false })}${incomplete} · ${completionWords(report)}`;
  // GitHub rejects descriptions over 140 characters.
  return { state: report.ready ? 'success' : 'failure', description: truncate(description, 140) };
}

/** The status of a commit whose gate could not be evaluated: never a green it cannot justify. */
export function unevaluatedStatus(reason: string): CommitStatus {
  const look = VERDICT_LOOK.unevaluated;
  return { state: 'error', description: truncate(`${look.symbol} ${look.word}: ${reason}`, 140) };
}

/** Whether a commit's current status (as GraphQL names its state) already says what is wanted. */
export function statusIsCurrent(current: { state: string; description: string | null } | null, wanted: CommitStatus): boolean {
  return current !== null && current.state.toLowerCase() === wanted.state && current.description === wanted.description;
}

/** Sets `readiness/<gate>` on a commit, so branch protection can require it by name. */
export async function setCommitStatus(
  client: GitHubClient,
  repository: Repository,
  sha: string,
  gate: string,
  status: CommitStatus,
  targetUrl: string | undefined,
): Promise<void> {
  await client.rest.repos.createCommitStatus({
    ...repository,
    sha,
    ...status,
    context: statusContext(gate),
    ...(targetUrl ? { target_url: targetUrl } : {}),
  });
}
