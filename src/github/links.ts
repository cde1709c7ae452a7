import { distinctTargets, LinkStates, type LinkStatus, type LinkTarget } from '../core/links.js';
import { QUERIES_AT_ONCE, type GitHubClient, type GraphqlError } from './client.js';

/** Links per GraphQL query: GitHub handles this many aliases comfortably, at 1 point a query. */
export const LINKS_PER_QUERY = 100;


type IssueNode =
  | { __typename: 'Issue'; issueState: 'OPEN' | 'CLOSED'; stateReason: string | null; title: string; url: string }
  | { __typename: 'PullRequest'; pullState: 'OPEN' | 'CLOSED' | 'MERGED'; merged: boolean; title: string; url: string };

type BatchData = Record<string, Record<string, IssueNode | null> | null>;

/**
 * Resolves issues and pull requests to their state in batched GraphQL queries, many links
 * per request and grouped by repository. A link GitHub cannot resolve (missing, no
 * access) comes back `unknown` with the reason; it never fails the others.
 */
export async function resolveLinks(client: GitHubClient, wanted: Iterable<LinkTarget>): Promise<LinkStates> {
  const targets = distinctTargets(wanted);
  // Sorting keeps one repository's links together, so each query names few repositories.
  // Plain code-unit order: a locale collator costs start-up time and adds nothing here.
  const order = (t: LinkTarget) => `${t.owner}/${t.repo}`.toLowerCase();
  targets.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : a.number - b.number));

  const batches: LinkTarget[][] = [];
  for (let i = 0; i < targets.length; i += LINKS_PER_QUERY) batches.push(targets.slice(i, i + LINKS_PER_QUERY));

  const results = new LinkStates();
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const batch = batches[next++]!;
      results.addAll(await resolveBatch(client, batch));
    }
  };
  await Promise.all(Array.from({ length: Math.min(QUERIES_AT_ONCE, batches.length) }, worker));
  return results;
}

// `state` is aliased per type: IssueState and PullRequestState may not share a name.
// GitHub's published schema has no `stateReason(enableDuplicate:)`, so a duplicate
// may be reported as not planned; both are unsatisfied and called out.
const NODE_FIELDS =
  '__typename ... on Issue { issueState: state stateReason title url } ' +
  '... on PullRequest { pullState: state merged title url }';

function buildQuery(batch: readonly LinkTarget[]): { query: string; aliases: Map<string, LinkTarget> } {
  const aliases = new Map<string, LinkTarget>();
  const byRepository = new Map<string, LinkTarget[]>();
  for (const target of batch) {
    const name = `${target.owner}/${target.repo}`.toLowerCase();
    byRepository.set(name, [...(byRepository.get(name) ?? []), target]);
  }
  const parts: string[] = [];
  [...byRepository.values()].forEach((targets, r) => {
    const first = targets[0]!;
    const items = targets.map((target) => {
      aliases.set(`r${r}.n${target.number}`, target);
      return `n${target.number}: issueOrPullRequest(number: ${target.number}) { ${NODE_FIELDS} }`;
    });
    // JSON string syntax is valid GraphQL string syntax for these plain names.
    parts.push(`r${r}: repository(owner: ${JSON.stringify(first.owner)}, name: ${JSON.stringify(first.repo)}) { ${items.join(' ')} }`);
  });
  return { query: `query ReadinessLinks { ${parts.join(' ')} }`, aliases };
}

async function resolveBatch(client: GitHubClient, batch: readonly LinkTarget[]): Promise<LinkStates> {
  const { query, aliases } = buildQuery(batch);
  const { data, errors } = await client.graphql<BatchData>(query);
  const located = errors.filter((error) => error.path && error.path.length > 0);
  if (!data && located.length === 0) {
    throw new Error(`GitHub rejected the link query: ${errors.map((e) => e.message).join('; ') || 'no data'}`);
  }

  const errorAt = (path: string): GraphqlError | undefined =>
    located.find((error) => error.path!.join('.') === path) ??
    located.find((error) => error.path!.length === 1 && path.startsWith(`${error.path![0]}.`));

  const results = new LinkStates();
  for (const [path, target] of aliases) {
    const [repositoryAlias, itemAlias] = path.split('.') as [string, string];
    const node = data?.[repositoryAlias]?.[itemAlias] ?? null;
    results.set(target, node ? statusOf(node) : unreadable(errorAt(path)));
  }
  return results;
}

function statusOf(node: IssueNode): LinkStatus {
  const common = { title: node.title, url: node.url };
  if (node.__typename === 'PullRequest') {
    const state = node.merged || node.pullState === 'MERGED' ? 'merged' : node.pullState === 'OPEN' ? 'open' : 'closed_unmerged';
    return { kind: 'pull', state, ...common };
  }
  if (node.issueState === 'OPEN') return { kind: 'issue', state: 'open', ...common };
  // Issues closed before GitHub recorded reasons have none; they were closed as done.
  const state = node.stateReason === 'NOT_PLANNED' ? 'not_planned' : node.stateReason === 'DUPLICATE' ? 'duplicate' : 'completed';
  return { kind: 'issue', state, ...common };
}

function unreadable(error: GraphqlError | undefined): LinkStatus {
  const detail =
    error?.type === 'NOT_FOUND'
      ? 'not found, or the token cannot read it'
      : error?.type === 'FORBIDDEN'
        ? 'the token may not read it'
        : (error?.message ?? 'GitHub returned nothing for it');
  return { kind: 'unknown', state: 'unknown', detail };
}
