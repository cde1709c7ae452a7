import type { LinkTarget, Repository } from '../core/links/links.js';
import type { GitHubClient } from './client.js';

export type ClosingReferences = {
  totalCount: number;
  nodes: ({ number: number; repository: { name: string; owner: { login: string } } } | null)[];
};

type ClosingData = { repository: { pullRequest: { closingIssuesReferences: ClosingReferences } | null } | null };

/** How many closing references are read; a pull request rarely closes more. */
export const CLOSING_REFERENCES_READ = 100;

/** The fields of `closingIssuesReferences` every query of them asks for. */
export const closingFields = 'totalCount nodes { number repository { name owner { login } } }';

export function closingTargets(references: ClosingReferences): LinkTarget[] {
  return references.nodes.flatMap((node) => (node ? [{ owner: node.repository.owner.login, repo: node.repository.name, number: node.number }] : []));
}

/**
 * The issues GitHub will close when the pull request merges (its closing keywords, such as
 * "Fixes #12"). Undefined when GitHub could not say: then the pull request closes nothing
 * for the evaluation, which can only leave it less ready, never wrongly ready.
 */
export async function closingIssues(client: GitHubClient, repository: Repository, number: number): Promise<LinkTarget[] | undefined> {
  const query =
    `query ReadinessClosingIssues { repository(owner: ${JSON.stringify(repository.owner)}, name: ${JSON.stringify(repository.repo)}) { ` +
    `pullRequest(number: ${number}) { closingIssuesReferences(first: ${CLOSING_REFERENCES_READ}) { ${closingFields} } } } }`;
  const { data } = await client.graphql<ClosingData>(query);
  const references = data?.repository?.pullRequest?.closingIssuesReferences;
  return references ? closingTargets(references) : undefined;
}
