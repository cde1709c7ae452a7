import { distinctTargets, LinkStates, type LinkStatus, type LinkTarget } from '../core/links/links.js';
import { QUERIES_AT_ONCE, type GitHubClient, type GraphqlError } from './client.js';
import { GitHubError } from './errors.js';

/** Links per GraphQL query: GitHub handles this many aliases comfortably, at 1 point a query. */
export const LINKS_PER_QUERY = 100;
/** Sub-issues GitHub lets one issue have; one page of them is every one. */
const SUB_ISSUES_PER_ISSUE = 100;

interface SubIssuesSummary {
  total: number;
  completed: number;
}

export type IssueNode =
  | {
      __typename: 'Issue';
      issueState: 'OPEN' | 'CLOSED';
      stateReason: string | null;
      title: string;
      url: string;
      subIssuesSummary?: SubIssuesSummary;
    }
  | { __typename: 'PullRequest'; pullState: 'OPEN' | 'CLOSED' | 'MERGED'; merged: boolean; title: string; url: string };

type BatchData = Record<string, Record<string, IssueNode | null> | null>;

/** What a server can be asked: older Enterprise Server releases lack duplicates and sub-issues. */
export interface Dialect {
  duplicates: boolean;
  subIssues: boolean;
}

/** Options for `resolveLinks`. */
export interface ResolveOptions {
  /** Told once when the server cannot say which issues were closed as duplicates. */
  warn: (message: string) => void;
}

/**
 * Resolves issues and pull requests to their state in batched GraphQL queries, many links
 * per request and grouped by repository. A link GitHub cannot resolve (missing, no
 * access) comes back `unknown` with the reason; it never fails the others.
 */
export async function resolveLinks(client: GitHubClient, wanted: Iterable<LinkTarget>, options: ResolveOptions): Promise<LinkStates> {
  const batches = batchesOf(distinctTargets(wanted));
  const dialect = serverDialect(client);
  const session = { client, dialect, options };

  const results = new LinkStates();
  let next = 0;
  const worker = async () => {
    while (next < batches.length) results.addAll(await resolveBatch(session, batches[next++]!));
  };
  await Promise.all(Array.from({ length: Math.min(QUERIES_AT_ONCE, batches.length) }, worker));
  return results;
}

/** What the server turned out to support, remembered for the rest of the run. */
const dialects = new WeakMap<GitHubClient, Dialect>();

/** What this client's server can be asked, as learnt so far: milestones are read in the same dialect. */
export function serverDialect(client: GitHubClient): Dialect {
  const dialect = dialects.get(client) ?? { duplicates: true, subIssues: true };
  dialects.set(client, dialect);
  return dialect;
}

export interface ResolveSession {
  client: GitHubClient;
  dialect: Dialect;
  options: ResolveOptions;
}

/** Sorting keeps one repository's links together, so each query names few repositories. */
function batchesOf(targets: readonly LinkTarget[]): LinkTarget[][] {
  // Plain code-unit order: a locale collator costs start-up time and adds nothing here.
  // Each target's repository is lowered once, not at every comparison (thousands of links).
  const keyed = targets.map((target) => ({ target, repository: `${target.owner}/${target.repo}`.toLowerCase() }));
  keyed.sort((a, b) => (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : a.target.number - b.target.number));
  const sorted = keyed.map(({ target }) => target);
  const batches: LinkTarget[][] = [];
  for (let i = 0; i < sorted.length; i += LINKS_PER_QUERY) batches.push(sorted.slice(i, i + LINKS_PER_QUERY));
  return batches;
}

// `state` is aliased per type: IssueState and PullRequestState may not share a name.
export function nodeFields(dialect: Dialect): string {
  const reason = dialect.duplicates ? 'stateReason(enableDuplicate: true)' : 'stateReason';
  const subIssues = dialect.subIssues ? ' subIssuesSummary { total completed }' : '';
  return (
    `__typename ... on Issue { issueState: state ${reason} title url${subIssues} } ` + '... on PullRequest { pullState: state merged title url }'
  );
}

interface LinkQuery {
  query: string;
  variables: Record<string, string | number>;
  /** The target each answer belongs to, by its path in the answer (`r0.i3`). */
  aliases: Map<string, LinkTarget>;
}

/**
 * One query for a batch. The repositories and numbers go in as variables, and the fields
 * as one fragment: every batch of the same shape (so many repositories of so many links)
 * sends the same short text, which the server parses and validates as it did before.
 */
function buildQuery(batch: readonly LinkTarget[], dialect: Dialect): LinkQuery {
  const aliases = new Map<string, LinkTarget>();
  const variables: Record<string, string | number> = {};
  const declarations: string[] = [];
  const parts = groupByRepository(batch).map((targets, r) => {
    variables[`o${r}`] = targets[0]!.owner;
    variables[`n${r}`] = targets[0]!.repo;
    declarations.push(`$o${r}: String!, $n${r}: String!`);
    const items = targets.map((target, i) => {
      aliases.set(`r${r}.i${i}`, target);
      variables[`r${r}i${i}`] = target.number;
      declarations.push(`$r${r}i${i}: Int!`);
      return `i${i}: issueOrPullRequest(number: $r${r}i${i}) { ...Link }`;
    });
    return `r${r}: repository(owner: $o${r}, name: $n${r}) { ${items.join(' ')} }`;
  });
  const query = `query ReadinessLinks(${declarations.join(', ')}) { ${parts.join(' ')} } fragment Link on IssueOrPullRequest { ${nodeFields(dialect)} }`;
  return { query, variables, aliases };
}

/** The targets of each repository, in their order; repositories in order of first appearance. */
function groupByRepository(batch: readonly LinkTarget[]): LinkTarget[][] {
  const byRepository = new Map<string, LinkTarget[]>();
  for (const target of batch) {
    const name = `${target.owner}/${target.repo}`.toLowerCase();
    const group = byRepository.get(name);
    if (group) group.push(target);
    else byRepository.set(name, [target]);
  }
  return [...byRepository.values()];
}

async function resolveBatch(session: ResolveSession, batch: readonly LinkTarget[]): Promise<LinkStates> {
  const { query, variables, aliases } = buildQuery(batch, session.dialect);
  let answer: Awaited<ReturnType<typeof session.client.graphql<BatchData>>>;
  try {
    answer = await session.client.graphql<BatchData>(query, variables);
  } catch (error) {
    // GitHub gave up on the whole batch (a 502/504 or its own time-out, after retries):
    // smaller queries usually get through, so the batch is halved, not failed.
    if (batch.length === 1 || !timedOutOnGitHub(error)) throw error;
    return splitBatch(session, batch);
  }
  const { data, errors } = answer;
  const located = errors.filter((error) => error.path && error.path.length > 0);
  if (!data && located.length === 0) return resolveRejectedBatch(session, batch, errors);

  const results = new LinkStates();
  const needDetails: LinkTarget[] = [];
  for (const [path, target] of aliases) {
    const [repositoryAlias, itemAlias] = path.split('.') as [string, string];
    const node = data?.[repositoryAlias]?.[itemAlias] ?? null;
    const status = node ? statusOf(node) : unreadable(errorAt(located, path));
    if (needsSubIssueCount(status)) needDetails.push(target);
    results.set(target, status);
  }
  await countOpenSubIssues(session.client, needDetails, results);
  return results;
}

/**
 * GitHub rejected the whole query. A server without `enableDuplicate` is asked again
 * without it; otherwise one bad link must not lose the others, so the batch is split until
 * the link that fails is alone, and only that one is `unknown`.
 */
async function resolveRejectedBatch(session: ResolveSession, batch: readonly LinkTarget[], errors: readonly GraphqlError[]): Promise<LinkStates> {
  const message = errors.map((e) => e.message).join('; ') || 'no data';
  if (dropUnsupportedFields(session, message)) return resolveBatch(session, batch);
  if (batch.length === 1) {
    return LinkStates.of([[batch[0]!, { kind: 'unknown', state: 'unknown', detail: `GitHub rejected the query for it: ${oneLine(message)}` }]]);
  }
  return splitBatch(session, batch);
}

/** Resolves a batch as two halves, each split further if it fails again. */
async function splitBatch(session: ResolveSession, batch: readonly LinkTarget[]): Promise<LinkStates> {
  const half = Math.ceil(batch.length / 2);
  const [first, second] = await Promise.all([resolveBatch(session, batch.slice(0, half)), resolveBatch(session, batch.slice(half))]);
  first.addAll(second);
  return first;
}

/** A query that failed for its size on GitHub's side: a gateway error, GraphQL's own failure, or no answer in time. */
function timedOutOnGitHub(error: unknown): boolean {
  if (!(error instanceof GitHubError)) return false;
  return error.reason === 'graphql' || error.reason === 'timeout' || (error.reason === 'http' && [502, 503, 504].includes(error.status));
}

/**
 * Older servers reject `stateReason(enableDuplicate:)` and `subIssuesSummary`: stop asking
 * for what the message names, say so once, and report whether anything was dropped.
 */
export function dropUnsupportedFields(session: ResolveSession, message: string): boolean {
  const { dialect, options } = session;
  let dropped = false;
  if (dialect.duplicates && /enableDuplicate/.test(message)) {
    dialect.duplicates = false;
    dropped = true;
    options.warn(
      'This GitHub server cannot say which issues were closed as duplicates (stateReason(enableDuplicate:) is not supported); ' +
        'they are reported as not planned. Both stay unsatisfied.',
    );
  }
  if (dialect.subIssues && /subIssuesSummary/.test(message)) {
    dialect.subIssues = false;
    dropped = true;
    options.warn('This GitHub server does not know sub-issues; linked issues are judged by their own state alone.');
  }
  return dropped;
}

function errorAt(located: readonly GraphqlError[], path: string): GraphqlError | undefined {
  return (
    located.find((error) => error.path!.join('.') === path) ??
    located.find((error) => error.path!.length === 1 && path.startsWith(`${error.path![0]}.`))
  );
}

export function statusOf(node: IssueNode): LinkStatus {
  const common = { title: node.title, url: node.url };
  if (node.__typename === 'PullRequest') {
    const state = node.merged || node.pullState === 'MERGED' ? 'merged' : node.pullState === 'OPEN' ? 'open' : 'closed_unmerged';
    return { kind: 'pull', state, ...common };
  }
  const summary = node.subIssuesSummary;
  // Until counted (see countOpenSubIssues), every sub-issue not completed counts as open.
  const subIssues =
    summary && summary.total > 0 ? { subIssues: { total: summary.total, closed: summary.completed, open: summary.total - summary.completed } } : {};
  if (node.issueState === 'OPEN') return { kind: 'issue', state: 'open', ...common, ...subIssues };
  // Issues closed before GitHub recorded reasons have none; they were closed as done.
  const state = node.stateReason === 'NOT_PLANNED' ? 'not_planned' : node.stateReason === 'DUPLICATE' ? 'duplicate' : 'completed';
  return { kind: 'issue', state, ...common, ...subIssues };
}

type SubIssueData = Record<
  string,
  { issue: { subIssues: { pageInfo: { hasNextPage: boolean }; nodes: { state: 'OPEN' | 'CLOSED' }[] } } | null } | null
>;

/**
 * GitHub's summary counts completed sub-issues; a sub-issue closed as not planned is not
 * completed, yet not open either. For closed issues whose summary leaves that open, one
 * more query counts the sub-issues that are really still open. Only a whole listing may
 * lower the summary's count: past the first page, the open ones may all be on the next.
 */
/**
 * A closed issue whose summary counts sub-issues not completed: some of them may be closed as
 * not planned, which the summary cannot tell apart from open ones.
 */
export function needsSubIssueCount(status: LinkStatus): boolean {
  return status.subIssues !== undefined && status.state !== 'open' && status.subIssues.closed < status.subIssues.total;
}

export async function countOpenSubIssues(client: GitHubClient, targets: readonly LinkTarget[], results: LinkStates): Promise<void> {
  if (targets.length === 0) return;
  const parts = targets.map(
    (t, i) =>
      `s${i}: repository(owner: ${JSON.stringify(t.owner)}, name: ${JSON.stringify(t.repo)}) { issue(number: ${t.number}) { subIssues(first: ${SUB_ISSUES_PER_ISSUE}) { pageInfo { hasNextPage } nodes { state } } } }`,
  );
  const { data } = await client.graphql<SubIssueData>(`query ReadinessSubIssues { ${parts.join(' ')} }`);
  targets.forEach((target, i) => {
    const listing = data?.[`s${i}`]?.issue?.subIssues;
    const status = results.get(target);
    // Without a whole answer the summary's cautious count stands: not completed counts as open.
    if (!listing || listing.pageInfo.hasNextPage || !status?.subIssues) return;
    const open = listing.nodes.filter((node) => node.state === 'OPEN').length;
    results.set(target, { ...status, subIssues: { ...status.subIssues, open, closed: status.subIssues.total - open } });
  });
}

function unreadable(error: GraphqlError | undefined): LinkStatus {
  const detail =
    error?.type === 'NOT_FOUND'
      ? 'not found, or the token cannot read it'
      : error?.type === 'FORBIDDEN'
        ? 'the token may not read it'
        : oneLine(error?.message ?? 'GitHub returned nothing for it');
  return { kind: 'unknown', state: 'unknown', detail };
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 199)}…` : flat;
}
