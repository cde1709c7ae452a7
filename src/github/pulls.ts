import type { Repository } from '../core/links.js';
import type { GitHubClient } from './client.js';

export interface PullRequestRef {
  number: number;
  headSha: string;
  baseSha: string;
}

/** The open pull requests of a repository, for the refresh on `issues` and `schedule` events. */
export async function listOpenPullRequests(client: GitHubClient, repository: Repository): Promise<PullRequestRef[]> {
  const pulls = await client.paginate(client.rest.pulls.list, { ...repository, state: 'open', per_page: 100 });
  return pulls.map((pull) => ({ number: pull.number, headSha: pull.head.sha, baseSha: pull.base.sha }));
}
