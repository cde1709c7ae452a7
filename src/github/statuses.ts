import type { Report } from '../core/verdict/report.js';
import type { Repository } from '../core/links/links.js';
import { truncate } from '../core/views/markdown.js';
import type { GitHubClient } from './client.js';

export function statusContext(gate: string): string {
  return `readiness/${gate}`;
}

/** The status a report gives its commit: GitHub's state and a description within its 140 characters. */
export function statusFor(report: Report): { state: 'success' | 'failure'; description: string } {
  const description = report.ready
    ? `Ready: ${report.completion}% of items satisfied`
    : `Not ready: ${report.incompletePhases.join(', ')} incomplete (${report.completion}%)`;
  // GitHub rejects descriptions over 140 characters.
  return { state: report.ready ? 'success' : 'failure', description: truncate(description, 140) };
}

/** Whether a commit's current status (as GraphQL names its state) already says what the report says. */
export function statusIsCurrent(current: { state: string; description: string | null } | null, report: Report): boolean {
  const wanted = statusFor(report);
  return current !== null && current.state.toLowerCase() === wanted.state && current.description === wanted.description;
}

/** Sets `readiness/<gate>` on a commit, so branch protection can require it by name. */
export async function setCommitStatus(
  client: GitHubClient,
  repository: Repository,
  sha: string,
  report: Report,
  targetUrl: string | undefined,
): Promise<void> {
  await client.rest.repos.createCommitStatus({
    ...repository,
    sha,
    ...statusFor(report),
    context: statusContext(report.gate),
    ...(targetUrl ? { target_url: targetUrl } : {}),
  });
}
