/**
 * What a refresh needs to know of every open pull request, read in batched GraphQL
 * queries (many pull requests per query) instead of several REST reads per pull request:
 * its commits, its changed files, its closing references, this action's comments on it
 * and the current `readiness/<gate>` status of its head.
 */
import type { LinkTarget, Repository } from '../core/links/links.js';
import type { GitHubClient, GraphqlResponse } from './client.js';
import { LISTED_FILES_LIMIT, type ChangedFiles } from './files.js';
import { CLOSING_REFERENCES_READ, closingFields, closingTargets, type ClosingReferences } from './pulls.js';
import { statusContext } from './statuses.js';

/** Pull requests per query: with their comments and files, an answer GitHub gives in well under its time limit. */
export const PULLS_PER_QUERY = 50;
/** Comments and files read with each pull request; a longer list is read in full where it is needed. */
const ITEMS_PER_PULL = 100;

export interface OpenPullRequest {
  number: number;
  baseSha: string;
  headSha: string;
  /** How many files it changes. */
  changedFiles: number;
  /** Complete when GitHub's first page held every file and none was renamed (GraphQL does not name a file's old path). */
  files: ChangedFiles | undefined;
  closes: LinkTarget[] | undefined;
  /** This action's comments carrying the marker, oldest first; undefined when the thread is longer than one page. */
  ownComments: { id: number; body: string }[] | undefined;
  /** The head commit's `readiness/<gate>` status; null when it has none; undefined when not asked or not known. */
  status: CurrentStatus | null | undefined;
}

export interface OpenPullRequests {
  pulls: OpenPullRequest[];
  /** GraphQL points left in this hour, as GitHub said with the last page. */
  pointsRemaining: number | undefined;
  /** The `readiness/<gate>` status of `commit` (see the query), like each pull request's `status`. */
  commitStatus: CurrentStatus | null | undefined;
}

export type CurrentStatus = { state: string; description: string | null };

export interface OpenPullRequestQuery {
  gate: string;
  /** The marker of this action's comment; comments are not read without it. */
  marker?: string;
  /** Whether the current commit status is read. */
  status: boolean;
  /** Another commit whose status is read with the first page: the run's own. */
  commit?: string;
}

type CommentNode = { databaseId: number | null; body: string; viewerDidAuthor: boolean };
type PullNode = {
  number: number;
  baseRefOid: string;
  headRefOid: string;
  changedFiles: number;
  files: { nodes: { path: string; changeType: string }[] | null } | null;
  closingIssuesReferences: ClosingReferences | null;
  comments?: { pageInfo: { hasNextPage: boolean }; nodes: (CommentNode | null)[] | null };
  commits?: {
    nodes: ({ commit: { oid: string; status: { context: { state: string; description: string | null } | null } | null } } | null)[] | null;
  };
};
type StatusNode = { status: { context: CurrentStatus | null } | null } | null;
type PageData = {
  rateLimit: { remaining: number } | null;
  repository: {
    commit?: StatusNode;
    pullRequests: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: (PullNode | null)[] };
  } | null;
};

function pageQuery(repository: Repository, options: OpenPullRequestQuery, after: string | null): string {
  const comments = options.marker ? ` comments(first: ${ITEMS_PER_PULL}) { pageInfo { hasNextPage } nodes { databaseId body viewerDidAuthor } }` : '';
  const status = options.status
    ? ` commits(last: 1) { nodes { commit { oid status { context(name: ${JSON.stringify(statusContext(options.gate))}) { state description } } } } }`
    : '';
  const pull =
    `number baseRefOid headRefOid changedFiles files(first: ${ITEMS_PER_PULL}) { nodes { path changeType } } ` +
    `closingIssuesReferences(first: ${CLOSING_REFERENCES_READ}) { ${closingFields} }${comments}${status}`;
  const cursor = after ? `, after: ${JSON.stringify(after)}` : '';
  const commit =
    options.status && options.commit && !after
      ? `commit: object(oid: ${JSON.stringify(options.commit)}) { ... on Commit { status { context(name: ${JSON.stringify(statusContext(options.gate))}) { state description } } } } `
      : '';
  return (
    `query ReadinessOpenPullRequests { rateLimit { remaining } repository(owner: ${JSON.stringify(repository.owner)}, name: ${JSON.stringify(repository.repo)}) { ${commit}` +
    `pullRequests(states: OPEN, first: ${PULLS_PER_QUERY}${cursor}) { pageInfo { hasNextPage endCursor } nodes { ${pull} } } } }`
  );
}

/** Every open pull request, a page of them per query. */
export async function readOpenPullRequests(client: GitHubClient, repository: Repository, options: OpenPullRequestQuery): Promise<OpenPullRequests> {
  const pulls: OpenPullRequest[] = [];
  let after: string | null = null;
  let pointsRemaining: number | undefined;
  let commitStatus: CurrentStatus | null | undefined;
  for (;;) {
    const answer: GraphqlResponse<PageData> = await client.graphql<PageData>(pageQuery(repository, options, after));
    const { data, errors } = answer;
    const connection = data?.repository?.pullRequests;
    if (!connection) throw new Error(`GitHub did not list the open pull requests: ${errors.map((e) => e.message).join('; ') || 'no data'}`);
    pointsRemaining = data.rateLimit?.remaining ?? pointsRemaining;
    if (!after && options.status && options.commit && data.repository?.commit) commitStatus = data.repository.commit.status?.context ?? null;
    for (const node of connection.nodes) if (node) pulls.push(openPullRequest(node, options));
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
    after = connection.pageInfo.endCursor;
  }
  return { pulls, pointsRemaining, commitStatus };
}

function openPullRequest(node: PullNode, options: OpenPullRequestQuery): OpenPullRequest {
  const head = node.commits?.nodes?.[0]?.commit;
  return {
    number: node.number,
    baseSha: node.baseRefOid,
    headSha: node.headRefOid,
    changedFiles: node.changedFiles,
    files: changedFiles(node),
    closes: node.closingIssuesReferences ? closingTargets(node.closingIssuesReferences) : undefined,
    ownComments: options.marker ? ownComments(node, options.marker) : undefined,
    // A status read from another commit than the head says nothing about the head.
    status: options.status && head?.oid === node.headRefOid ? (head.status?.context ?? null) : undefined,
  };
}

function changedFiles(node: PullNode): ChangedFiles | undefined {
  const files = node.files?.nodes;
  if (!files || files.length < node.changedFiles || node.changedFiles > LISTED_FILES_LIMIT) return undefined;
  // A renamed file counts under both names, and only REST names the old one.
  if (files.some((file) => file.changeType === 'RENAMED')) return undefined;
  return { names: files.map((file) => file.path), complete: true, changed: node.changedFiles };
}

function ownComments(node: PullNode, marker: string): { id: number; body: string }[] | undefined {
  const comments = node.comments;
  if (!comments?.nodes || comments.pageInfo.hasNextPage) return undefined;
  const own: { id: number; body: string }[] = [];
  for (const comment of comments.nodes) {
    if (comment?.viewerDidAuthor && comment.databaseId !== null && comment.body.includes(marker))
      own.push({ id: comment.databaseId, body: comment.body });
  }
  return own.sort((a, b) => a.id - b.id);
}
