import { LinkStates, type LinkTarget, type Repository } from '../core/links/links.js';
import { milestoneKey, type MilestoneFound, type MilestoneItem, type MilestoneLookup, type MilestoneRef } from '../core/links/milestones.js';
import type { GitHubClient, GraphqlError } from './client.js';
import { oneLine } from './errors.js';
import {
  countOpenSubIssues,
  dropUnsupportedFields,
  needsSubIssueCount,
  nodeFields,
  serverDialect,
  statusOf,
  type IssueNode,
  type ResolveOptions,
} from './links.js';

/**
 * The milestones a manifest's phases name, with every issue and pull request of each, in
 * batched GraphQL: one query for all of them and their first 100 issues and 100 pull
 * requests, sent beside the link query; then one query per further page for all the
 * milestones that have more. No request per item. A listing that stops short (GitHub fails
 * on a later page, or more pages than `MAX_PAGE_ROUNDS`) leaves fewer items than GitHub's
 * count, which the verdict reads as incomplete: it fails closed.
 */

/** Items per page: GitHub's largest. */
const PAGE = 100;
/** Milestones whose title contains the one asked for, read to find the one titled exactly so. */
const TITLE_MATCHES = 20;
/** Pages read after the first: 5,000 issues and 5,000 pull requests per milestone, far past any release. */
const MAX_PAGE_ROUNDS = 50;

type Connection = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: ((IssueNode & { number: number }) | null)[];
};
type MilestoneNode = {
  number: number;
  title: string;
  url: string;
  state: 'OPEN' | 'CLOSED';
  dueOn: string | null;
  issues: Connection;
  pullRequests: Connection;
};
type TitleMatches = { pageInfo: { hasNextPage: boolean }; nodes: (MilestoneNode | null)[] };
type MilestonesData = { repository: Record<string, MilestoneNode | TitleMatches | null> | null };

export async function readMilestones(
  client: GitHubClient,
  repository: Repository,
  refs: readonly MilestoneRef[],
  options: ResolveOptions,
): Promise<Map<string, MilestoneLookup>> {
  const results = new Map<string, MilestoneLookup>();
  if (refs.length === 0) return results;
  const session = { client, dialect: serverDialect(client), options };
  let answer: Awaited<ReturnType<typeof client.graphql<MilestonesData>>>;
  for (;;) {
    const { query, variables } = milestonesQuery(repository, refs, nodeFields(session.dialect));
    try {
      answer = await client.graphql<MilestonesData>(query, variables);
    } catch (error) {
      const detail = `GitHub did not answer: ${error instanceof Error ? error.message : String(error)}`;
      for (const ref of refs) results.set(milestoneKey(ref), { found: false, missing: false, detail });
      return results;
    }
    const message = answer.errors.map((e) => e.message).join('; ');
    // A server that lacks a field is asked again without it, as for links.
    if (!answer.data && dropUnsupportedFields(session, message)) continue;
    break;
  }
  if (!answer.data?.repository) {
    const detail = oneLine(answer.errors.map((e) => e.message).join('; ') || 'GitHub returned nothing for it');
    for (const ref of refs) results.set(milestoneKey(ref), { found: false, missing: false, detail });
    return results;
  }
  const found: { key: string; node: MilestoneNode; items: MilestoneItem[] }[] = [];
  refs.forEach((ref, i) => {
    const lookup = lookupOf(ref, answer.data?.repository?.[`m${i}`] ?? null, errorAt(answer.errors, `m${i}`));
    if ('node' in lookup) found.push({ key: milestoneKey(ref), node: lookup.node, items: itemsOf(repository, lookup.node) });
    else results.set(milestoneKey(ref), lookup);
  });
  await readFurtherPages(client, repository, found, nodeFields(session.dialect));
  await countMilestoneSubIssues(client, found);
  for (const { key, node, items } of found) results.set(key, milestoneFound(node, items));
  return results;
}

function milestonesQuery(repository: Repository, refs: readonly MilestoneRef[], linkFields: string) {
  const variables: Record<string, string | number> = { owner: repository.owner, name: repository.repo };
  const declarations = ['$owner: String!', '$name: String!'];
  const parts = refs.map((ref, i) => {
    variables[`r${i}`] = ref;
    if (typeof ref === 'number') {
      declarations.push(`$r${i}: Int!`);
      return `m${i}: milestone(number: $r${i}) { ...Milestone }`;
    }
    declarations.push(`$r${i}: String!`);
    return `m${i}: milestones(query: $r${i}, first: ${TITLE_MATCHES}) { pageInfo { hasNextPage } nodes { ...Milestone } }`;
  });
  const items = `totalCount pageInfo { hasNextPage endCursor } nodes { number ...Link }`;
  const query =
    `query ReadinessMilestones(${declarations.join(', ')}) { repository(owner: $owner, name: $name) { ${parts.join(' ')} } } ` +
    `fragment Milestone on Milestone { number title url state dueOn issues(first: ${PAGE}) { ${items} } pullRequests(first: ${PAGE}) { ${items} } } ` +
    `fragment Link on IssueOrPullRequest { ${linkFields} }`;
  return { query, variables };
}

/** The milestone an answer names: by number, or the one titled exactly as written among those whose title contains it. */
function lookupOf(ref: MilestoneRef, answer: MilestoneNode | TitleMatches | null, error: GraphqlError | undefined) {
  if (error && error.type !== 'NOT_FOUND') return { found: false as const, missing: false as const, detail: oneLine(error.message) };
  if (answer === null) return error || typeof ref === 'number' ? { found: false as const, missing: true as const } : unread('no answer');
  if (!('nodes' in answer)) return { node: answer };
  const exact = answer.nodes.find((node) => node?.title === ref) ?? undefined;
  if (exact) return { node: exact };
  const folded = answer.nodes.filter((node) => node?.title.toLowerCase() === String(ref).toLowerCase());
  if (folded.length === 1) return { node: folded[0]! };
  // Past the titles read, the one wanted may still be there: that is no proof it is missing.
  if (answer.pageInfo.hasNextPage) return unread(`more than ${TITLE_MATCHES} milestones have titles containing it`);
  return { found: false as const, missing: true as const };
}

function unread(detail: string): MilestoneLookup {
  return { found: false, missing: false, detail };
}

function itemsOf(repository: Repository, node: Pick<MilestoneNode, 'issues' | 'pullRequests'>): MilestoneItem[] {
  return [...(node.issues?.nodes ?? []), ...(node.pullRequests?.nodes ?? [])].flatMap((item) =>
    item ? [{ target: { ...repository, number: item.number } satisfies LinkTarget, status: statusOf(item) }] : [],
  );
}

/** Milestone items, as links, count only the sub-issues still open: one query for those whose summary cannot say. */
async function countMilestoneSubIssues(client: GitHubClient, found: readonly { items: MilestoneItem[] }[]): Promise<void> {
  const items = found.flatMap((entry) => entry.items);
  const need = items.filter((item) => needsSubIssueCount(item.status));
  if (need.length === 0) return;
  const states = LinkStates.of(need.map((item) => [item.target, item.status] as const));
  await countOpenSubIssues(
    client,
    need.map((item) => item.target),
    states,
  );
  for (const item of need) item.status = states.get(item.target) ?? item.status;
}

function milestoneFound(node: MilestoneNode, items: MilestoneItem[]): MilestoneFound {
  return {
    found: true,
    number: node.number,
    title: node.title,
    url: node.url,
    state: node.state === 'CLOSED' ? 'closed' : 'open',
    // GitHub keeps the due date as a time at the start of that day: the date is what was set.
    ...(node.dueOn ? { due: node.dueOn.slice(0, 10) } : {}),
    items,
    total: node.issues.totalCount + node.pullRequests.totalCount,
  };
}

type PageData = { repository: Record<string, Partial<Pick<MilestoneNode, 'issues' | 'pullRequests'>> | null> | null };

/**
 * The pages after the first, one query per round for every milestone that has more. A page
 * GitHub does not give ends that listing: its items stay fewer than its count.
 */
async function readFurtherPages(
  client: GitHubClient,
  repository: Repository,
  found: { node: MilestoneNode; items: MilestoneItem[] }[],
  linkFields: string,
): Promise<void> {
  type Cursor = { entry: (typeof found)[number]; connection: 'issues' | 'pullRequests'; after: string };
  let cursors: Cursor[] = found.flatMap((entry) => nextCursors(entry, entry.node));
  for (let round = 0; cursors.length > 0 && round < MAX_PAGE_ROUNDS; round++) {
    const variables: Record<string, string | number> = { owner: repository.owner, name: repository.repo };
    const declarations = ['$owner: String!', '$name: String!'];
    const parts = cursors.map((cursor, i) => {
      variables[`n${i}`] = cursor.entry.node.number;
      variables[`a${i}`] = cursor.after;
      declarations.push(`$n${i}: Int!`, `$a${i}: String!`);
      const items = `totalCount pageInfo { hasNextPage endCursor } nodes { number ...Link }`;
      return `p${i}: milestone(number: $n${i}) { ${cursor.connection}(first: ${PAGE}, after: $a${i}) { ${items} } }`;
    });
    const query =
      `query ReadinessMilestonePages(${declarations.join(', ')}) { repository(owner: $owner, name: $name) { ${parts.join(' ')} } } ` +
      `fragment Link on IssueOrPullRequest { ${linkFields} }`;
    const { data } = await client.graphql<PageData>(query, variables).catch(() => ({ data: null }));
    cursors = cursors.flatMap((cursor, i) => {
      const page = data?.repository?.[`p${i}`]?.[cursor.connection];
      if (!page) return [];
      cursor.entry.items.push(...itemsOf(repository, { issues: emptyConnection, pullRequests: emptyConnection, [cursor.connection]: page }));
      return nextCursors(cursor.entry, { [cursor.connection]: page });
    });
  }
}

const emptyConnection: Connection = { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] };

function nextCursors<E>(entry: E, node: Partial<Pick<MilestoneNode, 'issues' | 'pullRequests'>>) {
  return (['issues', 'pullRequests'] as const).flatMap((connection) => {
    const info = node[connection]?.pageInfo;
    return info?.hasNextPage && info.endCursor ? [{ entry, connection, after: info.endCursor }] : [];
  });
}

function errorAt(errors: readonly GraphqlError[], alias: string): GraphqlError | undefined {
  return errors.find((error) => error.path?.[0] === 'repository' && error.path[1] === alias);
}
