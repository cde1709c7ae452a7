import type { Report } from '../core/report.js';
import type { Repository } from '../core/links.js';
import { truncate } from '../core/markdown.js';
import type { GitHubClient } from './client.js';

export function statusContext(gate: string): string {
  return `readiness/${gate}`;
}

/** Sets `readiness/<gate>` on a commit, so branch protection can require it by name. */
export async function setCommitStatus(
  client: GitHubClient,
  repository: Repository,
  sha: string,
  report: Report,
  targetUrl: string | undefined,
): Promise<void> {
  const description = report.ready
    ? `Ready: ${report.completion}% of items satisfied`
    : `Not ready: ${report.incompletePhases.join(', ')} incomplete (${report.completion}%)`;
  await client.rest.repos.createCommitStatus({
    ...repository,
    sha,
    state: report.ready ? 'success' : 'failure',
    context: statusContext(report.gate),
    // GitHub rejects descriptions over 140 characters.
    description: truncate(description, 140),
    ...(targetUrl ? { target_url: targetUrl } : {}),
  });
}
