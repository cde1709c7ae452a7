import type { LinkTarget, Repository } from '../core/links/links.js';
import type { GitHubClient } from './client.js';
import { rememberLogin } from './comments.js';
import { CLOSING_REFERENCES_READ, closingFields, closingTargets, type ClosingReferences } from './pulls.js';

type PullRequestData = {
  viewer: { login: string } | null;
  repository: { pullRequest: { closingIssuesReferences: ClosingReferences | null } | null } | null;
};

/**
 * What a pull-request run asks GitHub besides the manifest, in one query sent beside the
 * manifest read: who the token is (for finding its own comment, so no query of its own)
 * and the issues the pull request closes when merged. `closes` is undefined when GitHub
 * could not say: then the pull request closes nothing for the evaluation.
 */
export async function readPullRequestFacts(
  client: GitHubClient,
  repository: Repository,
  number: number,
): Promise<{ closes: LinkTarget[] | undefined }> {
  const query =
    `query ReadinessPullRequest { viewer { login } repository(owner: ${JSON.stringify(repository.owner)}, name: ${JSON.stringify(repository.repo)}) { ` +
    `pullRequest(number: ${number}) { closingIssuesReferences(first: ${CLOSING_REFERENCES_READ}) { ${closingFields} } } } }`;
  const { data } = await client.graphql<PullRequestData>(query);
  if (data?.viewer?.login) rememberLogin(client, data.viewer.login);
  const references = data?.repository?.pullRequest?.closingIssuesReferences;
  return { closes: references ? closingTargets(references) : undefined };
}
