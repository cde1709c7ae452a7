/**
 * A local GitHub API emulator: a real HTTP server on 127.0.0.1 that answers the REST and
 * GraphQL requests readiness-gate makes, the way GitHub does (pagination with Link
 * headers, partial GraphQL data with NOT_FOUND errors, 403 for read-only tokens, rate
 * limits). Every GraphQL document is validated against GitHub's published schema and
 * executed against it; a query GitHub would reject is recorded in `rejectedQueries`.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { schema as githubSchema, validate as validateAgainstGitHub } from '@octokit/graphql-schema';
import {
  buildClientSchema,
  buildSchema,
  validate as validateDocument,
  execute,
  GraphQLError,
  parse,
  type DocumentNode,
  type SourceLocation,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type GraphQLTypeResolver,
} from 'graphql';

export interface IssueRecord {
  number: number;
  title: string;
  kind: 'issue' | 'pull';
  /** Issues: OPEN or CLOSED; pull requests: OPEN, CLOSED or MERGED. */
  state: 'OPEN' | 'CLOSED' | 'MERGED';
  stateReason?: 'COMPLETED' | 'NOT_PLANNED' | 'DUPLICATE' | null;
  /** Numbers of this repository's issues that are this issue's sub-issues. */
  subIssues?: number[];
  /** Pull requests: the issues its closing keywords name ("Fixes #12"), GitHub's `closingIssuesReferences`. */
  closes?: { owner: string; repo: string; number: number }[];
  /** The number of the milestone it belongs to. */
  milestone?: number;
}

/** A milestone, as GitHub's GraphQL `Milestone` and REST milestone objects show it. */
export interface MilestoneRecord {
  number: number;
  title: string;
  state: 'OPEN' | 'CLOSED';
  /** GitHub's due date: a time at the start of the chosen day, e.g. 2026-12-20T08:00:00Z. */
  dueOn?: string | null;
}

/**
 * Which published form of GitHub's schema the emulator validates and answers with:
 * `github.com` is the SDL GitHub publishes today (sub-issues, `stateReason(enableDuplicate:)`);
 * `enterprise-server` is the older JSON form, like an Enterprise Server release without them.
 */
export type SchemaFlavor = 'github.com' | 'enterprise-server';

export interface PullRecord {
  number: number;
  headSha: string;
  baseSha: string;
  files: string[];
  /** Its labels, each with when it was added (the timeline's LabeledEvent). */
  labels?: { name: string; addedAt: string }[];
}

export interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  author: string;
}

export interface StatusRecord {
  sha: string;
  state: string;
  context: string;
  description?: string;
  target_url?: string;
}

export interface TokenRecord {
  /** The REST login (`github-actions[bot]` for the Actions token). */
  login: string;
  type: 'Bot' | 'User';
  /** False for the read-only token a pull request from a fork gets. */
  canWrite: boolean;
}

export interface RepositoryRecord {
  owner: string;
  name: string;
  /** Files by commit sha, then path. */
  files: Map<string, Map<string, string>>;
  issues: Map<number, IssueRecord>;
  pulls: Map<number, PullRecord>;
  milestones: Map<number, MilestoneRecord>;
  /** People's roles, by login; anyone else reads the (public) repository and no more. */
  collaborators: Map<string, 'admin' | 'maintain' | 'write' | 'triage' | 'read'>;
  /** Branch rules by branch (`GET /rules/branches/{branch}`), and classic protection's required checks. */
  rules: Map<string, unknown[]>;
  protection: Map<string, { contexts: string[] }>;
  defaultBranch?: string;
  /** Answers `/rules/branches/...` with this status instead (a token that may not read them). */
  rulesStatus?: number;
  /** Tokens that cannot see this repository get NOT_FOUND, as from GitHub. */
  hiddenFrom: Set<string>;
}

/**
 * A fault injected into matching requests. With a `status` and nothing else the request
 * is answered with that status instead of being served; the other knobs combine.
 */
export interface Fault {
  method?: string;
  /** Matched against the path without the `/api/v3` prefix, e.g. /graphql or /repos/a/b/statuses/x. */
  path: RegExp;
  /** Matched against the request's body too, e.g. one GraphQL query by its name. */
  requestBody?: RegExp;
  /** How many matching requests are affected; then the fault is spent. */
  times: number;
  /** Answer this status instead of serving the request (or after serving it, with `afterStore`). */
  status?: number;
  /** Headers of the fault's answer, or added to the served answer (a `link`, rate-limit headers). */
  headers?: Record<string, string>;
  /** JSON, or a string sent as it is (an HTML error page, say). */
  body?: unknown;
  /** Serve the request (a write is stored) and then answer `status`, as a proxy failing on the way back. */
  afterStore?: boolean;
  /** Wait this long before serving or answering. */
  delayMs?: number;
  /** Hold matching requests until this many have arrived, then let them all through at once. */
  gather?: number;
  /** Never answer: the socket stays open until the client gives up or the emulator stops. */
  hang?: boolean;
  /** Send the headers at once, then the body one byte every this many ms. */
  trickleMs?: number;
}

/** GraphQL's answer when a query fails on GitHub's side: HTTP 200, no data, one error. */
export const GRAPHQL_SOMETHING_WENT_WRONG = {
  data: null,
  errors: [
    {
      message:
        'Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug. ' +
        'Please include `81C4:2F0B:9D1E77:A3C210:6921F3B5` when reporting this issue.',
    },
  ],
};

/** GraphQL's rate limit: HTTP 200 and an error typed RATE_LIMITED, with no `x-ratelimit-remaining: 0`. */
export const GRAPHQL_RATE_LIMITED = {
  errors: [{ type: 'RATE_LIMITED', message: 'API rate limit already exceeded for installation ID 4242.' }],
};

/** The page a load balancer in front of GitHub sends for a 502. */
export const BAD_GATEWAY_PAGE = `<!DOCTYPE html>
<html>
  <head>
    <meta http-equiv="Content-type" content="text/html; charset=utf-8">
    <title>Unicorn! &middot; GitHub</title>
    <style type="text/css" media="screen">
      body { background-color: #f1f1f1; margin: 0; font-family: "Helvetica Neue", Helvetica, Arial, sans-serif; }
      .container { margin: 50px auto 40px auto; width: 600px; text-align: center; }
    </style>
  </head>
  <body>
    <div class="container">
      <h1>No server is currently available to service your request.</h1>
      <p>Sorry about that. Please try refreshing and contact us if the problem persists.</p>
    </div>
  </body>
</html>
`;

export interface RequestRecord {
  method: string;
  path: string;
  query: URLSearchParams;
  body: string;
  token: string | undefined;
  at: number;
  /** The `accept` and `x-github-api-version` headers, to hold REST requests to GitHub's current ones. */
  accept: string | undefined;
  apiVersion: string | undefined;
}

/** The REST API versions GitHub serves; another one is answered 400, as GitHub does. */
const API_VERSIONS = new Set(['2022-11-28']);

const cachedSchemas = new Map<SchemaFlavor, GraphQLSchema>();
function schema(flavor: SchemaFlavor = 'github.com'): GraphQLSchema {
  let built = cachedSchemas.get(flavor);
  if (!built) {
    built =
      flavor === 'github.com'
        ? buildSchema(githubSchema.idl, { assumeValidSDL: true })
        : buildClientSchema(githubSchema.json as Parameters<typeof buildClientSchema>[0]);
    cachedSchemas.set(flavor, built);
  }
  return built;
}

/** A query GitHub's schema accepts, parsed; or GitHub's answer rejecting it. */
type CheckedDocument = { document: DocumentNode } | { errors: { message: string; locations?: readonly SourceLocation[] }[] };

/** How many distinct query texts stay parsed and validated. */
const CHECKED_DOCUMENTS_KEPT = 64;

function checkDocument(query: string, flavor: SchemaFlavor): CheckedDocument {
  let document;
  try {
    document = parse(query);
  } catch (error) {
    return { errors: [{ message: String(error) }] };
  }
  // The package's own validator: GitHub's published schema decides what is a valid query.
  const errors = flavor === 'github.com' ? validateDocument(schema('github.com'), document) : validateAgainstGitHub(query);
  if (errors.length > 0) return { errors: errors.map((e) => ({ message: e.message, locations: e.locations })) };
  return { document };
}

export class GitHubEmulator {
  readonly repositories = new Map<string, RepositoryRecord>();
  readonly tokens = new Map<string, TokenRecord>();
  readonly comments: CommentRecord[] = [];
  readonly statuses: StatusRecord[] = [];
  readonly requests: RequestRecord[] = [];
  readonly rejectedQueries: { query: string; errors: string[] }[] = [];
  readonly faults: Fault[] = [];
  /** Delay added to every answer, to imitate a round trip to GitHub. */
  latencyMs = 0;
  /** Which published form of GitHub's schema queries are validated and answered against. */
  schemaFlavor: SchemaFlavor = 'github.com';
  /** What `GET /rate_limit` and GraphQL's `rateLimit` say is left. */
  restRemaining = 4999;
  graphqlRemaining = 4999;
  private nextCommentId = 1000;
  private server: Server | undefined;
  /** Requests held by a `gather` fault, by fault. */
  private readonly gathering = new Map<Fault, (() => void)[]>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private port = 0;
  /** Queries already parsed and validated, by schema form and text (see `checkedDocument`). */
  private readonly checkedDocuments = new Map<string, CheckedDocument>();

  async start(): Promise<this> {
    schema();
    this.server = createServer((request, response) => {
      void this.handle(request, response).catch((error: unknown) => {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ message: `emulator error: ${String(error)}` }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    for (const held of this.gathering.values()) held.splice(0).forEach((release) => release());
    const closed = new Promise<void>((resolve, reject) => this.server?.close((error) => (error ? reject(error) : resolve())));
    // Hanging and trickling answers keep their sockets open; close them.
    this.server?.closeAllConnections();
    await closed;
  }

  /** Base URLs as GitHub.com lays them out. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get graphqlUrl(): string {
    return `${this.apiUrl}/graphql`;
  }

  /** Base URLs as GitHub Enterprise Server lays them out. */
  get enterpriseApiUrl(): string {
    return `${this.apiUrl}/api/v3`;
  }

  get enterpriseGraphqlUrl(): string {
    return `${this.apiUrl}/api/graphql`;
  }

  repository(fullName: string): RepositoryRecord {
    const key = fullName.toLowerCase();
    let repository = this.repositories.get(key);
    if (!repository) {
      const [owner, name] = fullName.split('/') as [string, string];
      repository = {
        owner,
        name,
        files: new Map(),
        issues: new Map(),
        pulls: new Map(),
        milestones: new Map(),
        collaborators: new Map(),
        rules: new Map(),
        protection: new Map(),
        hiddenFrom: new Set(),
      };
      this.repositories.set(key, repository);
    }
    return repository;
  }

  graphqlRequests(): RequestRecord[] {
    return this.requests.filter((r) => r.method === 'POST' && /^\/(api\/)?graphql$/.test(r.path));
  }

  restRequests(): RequestRecord[] {
    return this.requests.filter((r) => !/^\/(api\/)?graphql$/.test(r.path));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.apiUrl);
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const authorization = request.headers.authorization ?? '';
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(authorization)?.[1];
    const record: RequestRecord = {
      method: request.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      body,
      token,
      at: Date.now(),
      accept: request.headers.accept,
      apiVersion: header(request, 'x-github-api-version'),
    };
    this.requests.push(record);
    if (this.latencyMs > 0) await this.delay(this.latencyMs);

    const reply = (status: number, data: unknown, headers: Record<string, string> = {}, trickleMs?: number) => {
      const text = data === undefined ? '' : typeof data === 'string' ? data : JSON.stringify(data);
      response.writeHead(status, {
        'content-type': typeof data === 'string' ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8',
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
        ...headers,
      });
      if (trickleMs === undefined) response.end(text);
      else this.trickle(response, text, trickleMs);
    };

    const path = url.pathname.replace(/^\/api\/v3(?=\/)/, '');
    const fault = this.faults.find(
      (f) => f.times > 0 && f.path.test(path) && (!f.method || f.method === record.method) && (!f.requestBody || f.requestBody.test(body)),
    );
    if (fault) {
      fault.times--;
      if (fault.gather) await this.gather(fault);
      if (fault.delayMs) await this.delay(fault.delayMs);
      if (fault.hang) return;
      if (fault.status !== undefined && !fault.afterStore) {
        reply(fault.status, fault.body ?? { message: 'Server Error' }, fault.headers, fault.trickleMs);
        return;
      }
    }

    const [status, data, headers] = this.serve(record, path, url, body, token);
    if (fault?.afterStore) reply(fault.status ?? 502, fault.body ?? { message: 'Server Error' }, fault.headers, fault.trickleMs);
    else reply(status, data, { ...headers, ...fault?.headers }, fault?.trickleMs);
  }

  /** The answer GitHub would give. */
  private serve(record: RequestRecord, path: string, url: URL, body: string, token: string | undefined): [number, unknown, Record<string, string>?] {
    const identity = token ? this.tokens.get(token) : undefined;
    if (!identity) return [401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' }];
    if (record.method === 'POST' && (path === '/graphql' || url.pathname === '/api/graphql')) {
      return [200, this.graphql(body, token!, identity)];
    }
    if (record.apiVersion !== undefined && !API_VERSIONS.has(record.apiVersion)) {
      return [400, { message: `API version ${record.apiVersion} is not supported.`, documentation_url: 'https://docs.github.com/rest' }];
    }
    return this.rest(record.method, path, url, body, token!, identity);
  }

  private delay(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }

  private gather(fault: Fault): Promise<void> {
    return new Promise((resolve) => {
      const held = this.gathering.get(fault) ?? [];
      this.gathering.set(fault, held);
      held.push(resolve);
      if (held.length >= fault.gather!) held.splice(0).forEach((release) => release());
    });
  }

  private trickle(response: ServerResponse, text: string, everyMs: number): void {
    let sent = 0;
    let timer: NodeJS.Timeout | undefined;
    const next = () => {
      if (timer) this.timers.delete(timer);
      if (response.destroyed) return;
      if (sent >= text.length) {
        response.end();
        return;
      }
      response.write(text[sent++]!);
      timer = setTimeout(next, everyMs);
      this.timers.add(timer);
    };
    response.on('close', () => {
      if (timer) {
        clearTimeout(timer);
        this.timers.delete(timer);
      }
    });
    next();
  }

  private graphql(body: string, token: string, identity: TokenRecord): unknown {
    const { query, variables } = JSON.parse(body) as { query: string; variables?: Record<string, unknown> };
    const checked = this.checkedDocument(query);
    if (!('document' in checked)) {
      this.rejectedQueries.push({ query, errors: checked.errors.map((e) => e.message) });
      return { errors: checked.errors };
    }
    const result = execute({
      schema: schema(this.schemaFlavor),
      document: checked.document,
      ...(variables ? { variableValues: variables } : {}),
      rootValue: {},
      fieldResolver: this.resolver(token, identity),
      typeResolver: ((value: { __typename: string }) => value.__typename) as GraphQLTypeResolver<unknown, unknown>,
    }) as { data?: unknown; errors?: readonly GraphQLError[] };
    return {
      data: result.data ?? null,
      ...(result.errors?.length
        ? {
            errors: result.errors.map((error) => ({
              type: (error.extensions?.type as string | undefined) ?? 'INTERNAL',
              path: error.path,
              locations: error.locations,
              message: error.message,
            })),
          }
        : {}),
    };
  }

  /**
   * A query parsed and validated against GitHub's published schema. Each distinct text is
   * checked once per schema form and remembered, as documents that differ only in their
   * variables come again and again; every query is still executed on its own.
   */
  private checkedDocument(query: string): CheckedDocument {
    const key = `${this.schemaFlavor}\n${query}`;
    let checked = this.checkedDocuments.get(key);
    if (checked) {
      // Most recently used last: the oldest entry is the one dropped.
      this.checkedDocuments.delete(key);
    } else {
      checked = checkDocument(query, this.schemaFlavor);
      if (this.checkedDocuments.size >= CHECKED_DOCUMENTS_KEPT) this.checkedDocuments.delete(this.checkedDocuments.keys().next().value!);
    }
    this.checkedDocuments.set(key, checked);
    return checked;
  }

  /** An issue or pull request as GraphQL objects, with sub-issues and closing references. */
  private graphqlItem(repository: RepositoryRecord, item: IssueRecord, viewer?: TokenRecord): Record<string, unknown> {
    const url = `https://github.com/${repository.owner}/${repository.name}/${item.kind === 'pull' ? 'pull' : 'issues'}/${item.number}`;
    const common = { title: item.title, url, number: item.number, state: item.state };
    if (item.kind === 'pull') {
      const closes = (item.closes ?? []).map((ref) => ({
        number: ref.number,
        repository: { name: ref.repo, owner: { __typename: 'Organization', login: ref.owner } },
      }));
      return {
        __typename: 'PullRequest',
        ...common,
        merged: item.state === 'MERGED',
        closingIssuesReferences: ({ first }: { first?: number }) => ({ totalCount: closes.length, nodes: closes.slice(0, first ?? 100) }),
        ...this.graphqlPullFields(repository, item, viewer),
      };
    }
    const children = (item.subIssues ?? []).flatMap((n) => repository.issues.get(n) ?? []);
    const completed = children.filter((child) => child.state === 'CLOSED' && (child.stateReason ?? 'COMPLETED') === 'COMPLETED').length;
    return {
      __typename: 'Issue',
      ...common,
      // Without enableDuplicate GitHub reports a duplicate as not planned.
      stateReason: ({ enableDuplicate }: { enableDuplicate?: boolean }) =>
        item.stateReason === 'DUPLICATE' && !enableDuplicate ? 'NOT_PLANNED' : (item.stateReason ?? null),
      subIssuesSummary: {
        total: children.length,
        completed,
        percentCompleted: children.length === 0 ? 0 : Math.floor((completed * 100) / children.length),
      },
      subIssues: ({ first }: { first?: number }) => ({
        totalCount: children.length,
        pageInfo: { hasNextPage: children.length > (first ?? 100) },
        nodes: children.slice(0, first ?? 100).map((child) => this.graphqlItem(repository, child)),
      }),
    };
  }

  private resolver(token: string, identity: TokenRecord): GraphQLFieldResolver<unknown, unknown> {
    return (source, args, _context, info) => {
      const parent = info.parentType.name;
      const field = info.fieldName;
      const params = args as Record<string, unknown>;
      if (parent === 'Query' && field === 'rateLimit') {
        return {
          limit: 5000,
          cost: 1,
          remaining: this.graphqlRemaining,
          used: 5000 - this.graphqlRemaining,
          resetAt: new Date(Date.now() + 3600_000).toISOString(),
          nodeCount: 0,
        };
      }
      if (parent === 'Repository' && field === 'defaultBranchRef') return { name: (source as RepositoryRecord).defaultBranch ?? 'main' };
      if (parent === 'Repository' && field === 'milestone') {
        const milestone = (source as RepositoryRecord).milestones.get(params.number as number);
        // GitHub answers null, without an error, for a milestone number that does not exist.
        return milestone ? this.graphqlMilestone(source as RepositoryRecord, milestone, identity) : null;
      }
      if (parent === 'Repository' && field === 'milestones') return this.graphqlMilestones(source as RepositoryRecord, params, identity);
      if (parent === 'Repository' && field === 'pullRequests') return this.graphqlPullRequests(source as RepositoryRecord, params, identity);
      if (parent === 'Repository' && field === 'object') return this.graphqlObject(source as RepositoryRecord, params);
      if (parent === 'Query' && field === 'viewer') {
        // GraphQL names bots without the `[bot]` suffix REST uses.
        return { login: identity.login.replace(/\[bot\]$/, '') };
      }
      if (parent === 'Query' && field === 'repository') {
        const repository = this.repositories.get(`${params.owner}/${params.name}`.toLowerCase());
        if (!repository || repository.hiddenFrom.has(token)) {
          throw notFound(`Could not resolve to a Repository with the name '${params.owner}/${params.name}'.`);
        }
        return repository;
      }
      if (parent === 'Repository' && (field === 'issueOrPullRequest' || field === 'issue' || field === 'pullRequest')) {
        const found = (source as RepositoryRecord).issues.get(params.number as number);
        const wanted = field === 'issue' ? 'issue' : field === 'pullRequest' ? 'pull' : found?.kind;
        const item = found?.kind === wanted ? found : undefined;
        if (!item) {
          const what = field === 'issue' ? 'an Issue' : field === 'pullRequest' ? 'a PullRequest' : 'an issue or pull request';
          throw notFound(`Could not resolve to ${what} with the number of ${params.number}.`);
        }
        return this.graphqlItem(source as RepositoryRecord, item, identity);
      }
      const value = (source as Record<string, unknown>)[field];
      if (value === undefined) throw new GraphQLError(`emulator does not serve ${parent}.${field}`);
      return typeof value === 'function' ? (value as (a: unknown) => unknown)(args) : value;
    };
  }

  /** The fields of a pull request that only its pull record (commits, files) can answer. */
  private graphqlPullFields(repository: RepositoryRecord, item: IssueRecord, viewer?: TokenRecord): Record<string, unknown> {
    const pull = repository.pulls.get(item.number);
    const comments = this.comments.filter((c) => c.issueNumber === item.number);
    const files = (pull?.files ?? []).slice(0, 3000);
    const connection = <T>(all: T[], args: { first?: number; after?: string }) => {
      const start = args.after ? Number(args.after) : 0;
      const nodes = all.slice(start, start + (args.first ?? 100));
      const end = start + nodes.length;
      return { totalCount: all.length, nodes, pageInfo: { hasNextPage: end < all.length, endCursor: String(end) } };
    };
    return {
      baseRefOid: pull?.baseSha ?? '0'.repeat(40),
      headRefOid: pull?.headSha ?? '0'.repeat(40),
      changedFiles: pull?.files.length ?? 0,
      files: (args: { first?: number; after?: string }) =>
        connection(
          files.map((path) => ({ path, changeType: 'MODIFIED' })),
          args,
        ),
      comments: (args: { first?: number; after?: string }) =>
        connection(
          comments.map((c) => ({
            databaseId: c.id,
            body: c.body,
            viewerDidAuthor: c.author === viewer?.login,
            author: { __typename: 'Bot', login: c.author.replace(/\[bot\]$/, '') },
          })),
          args,
        ),
      commits: () => ({ totalCount: 1, nodes: pull ? [{ commit: this.graphqlCommit(pull.headSha) }] : [] }),
      labels: (args: { first?: number; after?: string }) =>
        connection(
          (pull?.labels ?? []).map((label) => ({ name: label.name })),
          args,
        ),
      timelineItems: ({ itemTypes, last }: { itemTypes?: string[]; last?: number }) => {
        const events = itemTypes?.includes('LABELED_EVENT')
          ? (pull?.labels ?? []).map((label) => ({ __typename: 'LabeledEvent', createdAt: label.addedAt, label: { name: label.name } }))
          : [];
        return { totalCount: events.length, nodes: events.slice(-(last ?? 100)), pageInfo: { hasNextPage: false, endCursor: null } };
      },
    };
  }

  private graphqlCommit(sha: string): Record<string, unknown> {
    const statuses = this.statuses.filter((s) => s.sha === sha);
    return {
      __typename: 'Commit',
      oid: sha,
      status:
        statuses.length === 0
          ? null
          : {
              context: ({ name }: { name: string }) => {
                const latest = statuses.filter((s) => s.context === name).at(-1);
                return latest ? { state: latest.state.toUpperCase(), description: latest.description ?? null, context: name } : null;
              },
            },
    };
  }

  /** `pullRequests(states:, first:, after:)`, oldest first as GitHub orders them by default. */
  private graphqlPullRequests(repository: RepositoryRecord, args: Record<string, unknown>, viewer: TokenRecord): unknown {
    const states = (args.states as string[] | undefined) ?? ['OPEN', 'CLOSED', 'MERGED'];
    const items = [...repository.pulls.values()]
      .map((pull) => repository.issues.get(pull.number))
      .filter((item): item is IssueRecord => item?.kind === 'pull' && states.includes(item.state))
      .sort((a, b) => a.number - b.number);
    const start = args.after ? Number(args.after) : 0;
    const page = items.slice(start, start + ((args.first as number | undefined) ?? 100));
    const end = start + page.length;
    return {
      totalCount: items.length,
      nodes: page.map((item) => this.graphqlItem(repository, item, viewer)),
      pageInfo: { hasNextPage: end < items.length, endCursor: String(end) },
    };
  }

  /** A milestone with its `issues` and `pullRequests` connections, paginated 100 at most a page as GitHub does. */
  private graphqlMilestone(repository: RepositoryRecord, milestone: MilestoneRecord, viewer: TokenRecord): Record<string, unknown> {
    const items = [...repository.issues.values()].filter((item) => item.milestone === milestone.number).sort((a, b) => a.number - b.number);
    const connection = (kind: IssueRecord['kind']) => (args: { first?: number; after?: string }) =>
      pageOf(
        items.filter((item) => item.kind === kind),
        args,
        (item) => this.graphqlItem(repository, item, viewer),
      );
    return {
      number: milestone.number,
      title: milestone.title,
      url: `https://github.com/${repository.owner}/${repository.name}/milestone/${milestone.number}`,
      state: milestone.state,
      dueOn: milestone.dueOn ?? null,
      issues: connection('issue'),
      pullRequests: connection('pull'),
    };
  }

  /** `milestones(query:)`: those whose title contains the query, ignoring case, as GitHub searches them. */
  private graphqlMilestones(repository: RepositoryRecord, args: Record<string, unknown>, viewer: TokenRecord): unknown {
    const query = typeof args.query === 'string' ? args.query.toLowerCase() : '';
    const matching = [...repository.milestones.values()].filter((m) => m.title.toLowerCase().includes(query)).sort((a, b) => a.number - b.number);
    return pageOf(matching, args as { first?: number; after?: string }, (milestone) => this.graphqlMilestone(repository, milestone, viewer));
  }

  /** `object(expression: "<sha>:<path>")` and `object(oid:)` for blobs, with Git's blob ids. */
  private graphqlObject(repository: RepositoryRecord, args: Record<string, unknown>): unknown {
    const blob = (text: string) => ({
      __typename: 'Blob',
      oid: gitBlobId(text),
      byteSize: Buffer.byteLength(text),
      isBinary: false,
      // GitHub leaves the text of large blobs out.
      isTruncated: Buffer.byteLength(text) > 512 * 1024,
      text: Buffer.byteLength(text) > 512 * 1024 ? null : text,
    });
    if (typeof args.expression === 'string') {
      const [sha, ...rest] = args.expression.split(':');
      const path = rest.join(':');
      const files = repository.files.get(sha!);
      const text = files?.get(path);
      if (text !== undefined) return blob(text);
      // A directory is a tree of its files (one level is all readiness-gate reads).
      const entries = [...(files ?? new Map<string, string>())].filter(
        ([file]) => file.startsWith(`${path}/`) && !file.slice(path.length + 1).includes('/'),
      );
      if (entries.length === 0) return null;
      return {
        __typename: 'Tree',
        entries: entries.map(([file, content]) => ({ name: file.slice(path.length + 1), path: file, type: 'blob', object: blob(content) })),
      };
    }
    const oid = String(args.oid);
    const commits = [...repository.files.keys(), ...[...repository.pulls.values()].flatMap((pull) => [pull.headSha, pull.baseSha])];
    if (commits.includes(oid) || this.statuses.some((status) => status.sha === oid)) return this.graphqlCommit(oid);
    for (const files of repository.files.values()) {
      for (const text of files.values()) if (gitBlobId(text) === oid) return blob(text);
    }
    return null;
  }

  private rest(
    method: string,
    path: string,
    url: URL,
    body: string,
    token: string,
    identity: TokenRecord,
  ): [number, unknown, Record<string, string>?] {
    const notFoundAnswer: [number, unknown] = [404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }];
    const forbidden: [number, unknown] = [
      403,
      { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' },
    ];
    if (method === 'GET' && path === '/rate_limit') {
      const core = { limit: 5000, used: 5000 - this.restRemaining, remaining: this.restRemaining, reset: Math.floor(Date.now() / 1000) + 3600 };
      return [200, { resources: { core, graphql: { ...core, remaining: this.graphqlRemaining } }, rate: core }];
    }
    const match = /^\/repos\/([^/]+)\/([^/]+)(\/.*)$/.exec(path);
    if (!match) return notFoundAnswer;
    const repository = this.repositories.get(`${match[1]}/${match[2]}`.toLowerCase());
    if (!repository || repository.hiddenFrom.has(token)) return notFoundAnswer;
    const rest = match[3]!;
    const input = body ? (JSON.parse(body) as Record<string, unknown>) : {};
    let m: RegExpExecArray | null;

    if (method === 'GET' && (m = /^\/contents\/(.+)$/.exec(rest))) {
      const ref = url.searchParams.get('ref') ?? 'HEAD';
      const filePath = decodeURIComponent(m[1]!);
      const content = repository.files.get(ref)?.get(filePath);
      if (content === undefined) return notFoundAnswer;
      return [
        200,
        {
          type: 'file',
          encoding: 'base64',
          size: Buffer.byteLength(content),
          name: filePath.split('/').pop(),
          path: filePath,
          content: Buffer.from(content).toString('base64'),
        },
      ];
    }
    if (method === 'GET' && (m = /^\/issues\/(\d+)$/.exec(rest))) {
      const item = repository.issues.get(Number(m[1]));
      if (!item) return notFoundAnswer;
      return [
        200,
        {
          number: item.number,
          title: item.title,
          state: item.state === 'OPEN' ? 'open' : 'closed',
          state_reason: item.state === 'OPEN' ? null : (item.stateReason ?? 'completed').toLowerCase(),
          ...(item.kind === 'pull' ? { pull_request: { merged_at: item.state === 'MERGED' ? '2026-01-01T00:00:00Z' : null } } : {}),
        },
      ];
    }
    if (method === 'GET' && (rest === '/milestones' || (m = /^\/milestones\/(\d+)$/.exec(rest)))) {
      const json = (milestone: MilestoneRecord) => this.milestoneJson(repository, milestone);
      if (rest !== '/milestones') {
        const milestone = repository.milestones.get(Number(m![1]));
        return milestone ? [200, json(milestone)] : notFoundAnswer;
      }
      const state = url.searchParams.get('state') ?? 'open';
      const listed = [...repository.milestones.values()].filter((ms) => state === 'all' || ms.state.toLowerCase() === state);
      return this.page(url, listed.map(json));
    }
    if (method === 'GET' && (m = /^\/rules\/branches\/(.+)$/.exec(rest))) {
      if (repository.rulesStatus)
        return [repository.rulesStatus, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' }];
      const rules = repository.rules.get(decodeURIComponent(m[1]!)) ?? [];
      return this.page(url, rules);
    }
    if (method === 'GET' && (m = /^\/branches\/(.+)$/.exec(rest))) {
      const branch = decodeURIComponent(m[1]!);
      const protection = repository.protection.get(branch);
      return [
        200,
        {
          name: branch,
          protected: protection !== undefined,
          protection: protection
            ? {
                enabled: true,
                required_status_checks: {
                  enforcement_level: 'non_admins',
                  contexts: protection.contexts,
                  checks: protection.contexts.map((context) => ({ context, app_id: null })),
                },
              }
            : { enabled: false, required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] } },
        },
      ];
    }
    if (method === 'GET' && (m = /^\/collaborators\/([^/]+)\/permission$/.exec(rest))) {
      const login = decodeURIComponent(m[1]!);
      if (!/^[A-Za-z0-9-]+(\[bot\])?$/.test(login))
        return [404, { message: `${login} is not a user`, documentation_url: 'https://docs.github.com/rest' }];
      const role = repository.collaborators.get(login) ?? 'read';
      // `permission` is the older field: maintain reads as write, triage as read.
      const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role;
      return [
        200,
        { permission, role_name: role, user: { login, type: 'User', permissions: { admin: role === 'admin', push: permission !== 'read' } } },
      ];
    }
    if (method === 'GET' && (m = /^\/pulls\/(\d+)$/.exec(rest))) {
      const pull = repository.pulls.get(Number(m[1]));
      const item = repository.issues.get(Number(m[1]));
      if (!pull || !item) return notFoundAnswer;
      const repo = { full_name: `${repository.owner}/${repository.name}` };
      return [
        200,
        {
          number: pull.number,
          state: item.state === 'OPEN' ? 'open' : 'closed',
          merged: item.state === 'MERGED',
          changed_files: pull.files.length,
          head: { sha: pull.headSha, ref: 'changes', repo },
          base: { sha: pull.baseSha, ref: 'main', repo },
        },
      ];
    }
    if (method === 'GET' && (m = /^\/pulls\/(\d+)\/files$/.exec(rest))) {
      const pull = repository.pulls.get(Number(m[1]));
      if (!pull) return notFoundAnswer;
      // GitHub lists at most 3,000 files of a pull request, however many it changes.
      return this.page(
        url,
        pull.files.slice(0, 3000).map((filename) => ({ filename, status: 'modified' })),
      );
    }
    if (method === 'GET' && rest === '/pulls') {
      const open = [...repository.pulls.values()].filter((pull) => repository.issues.get(pull.number)?.state === 'OPEN');
      return this.page(
        url,
        open.map((pull) => ({ number: pull.number, state: 'open', head: { sha: pull.headSha }, base: { sha: pull.baseSha } })),
      );
    }
    if (method === 'GET' && (m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const number = Number(m[1]);
      return this.page(
        url,
        this.comments.filter((c) => c.issueNumber === number).map((c) => this.commentJson(repository, c)),
      );
    }
    if (method === 'POST' && (m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      if (!identity.canWrite) return forbidden;
      const comment = { id: this.nextCommentId++, issueNumber: Number(m[1]), body: String(input.body), author: identity.login };
      this.comments.push(comment);
      return [201, this.commentJson(repository, comment)];
    }
    if (method === 'PATCH' && (m = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
      if (!identity.canWrite) return forbidden;
      const comment = this.comments.find((c) => c.id === Number(m![1]));
      if (!comment) return notFoundAnswer;
      if (comment.author !== identity.login) return forbidden;
      comment.body = String(input.body);
      return [200, this.commentJson(repository, comment)];
    }
    if (method === 'DELETE' && (m = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
      if (!identity.canWrite) return forbidden;
      const index = this.comments.findIndex((c) => c.id === Number(m![1]));
      if (index < 0) return notFoundAnswer;
      if (this.comments[index]!.author !== identity.login) return forbidden;
      this.comments.splice(index, 1);
      return [204, undefined];
    }
    if (method === 'POST' && (m = /^\/statuses\/([0-9a-f]{40})$/.exec(rest))) {
      if (!identity.canWrite) return forbidden;
      if (typeof input.description === 'string' && input.description.length > 140) {
        return [422, { message: 'Validation Failed', errors: [{ field: 'description', code: 'custom' }] }];
      }
      const status = { sha: m[1]!, ...(input as Omit<StatusRecord, 'sha'>) };
      this.statuses.push(status);
      return [201, { id: this.statuses.length, ...status }];
    }
    return notFoundAnswer;
  }

  /** REST's milestone: counts of open and closed issues (pull requests included), dates as ISO times. */
  private milestoneJson(repository: RepositoryRecord, milestone: MilestoneRecord) {
    const items = [...repository.issues.values()].filter((item) => item.milestone === milestone.number);
    return {
      number: milestone.number,
      title: milestone.title,
      state: milestone.state.toLowerCase(),
      due_on: milestone.dueOn ?? null,
      open_issues: items.filter((item) => item.state === 'OPEN').length,
      closed_issues: items.filter((item) => item.state !== 'OPEN').length,
      html_url: `https://github.com/${repository.owner}/${repository.name}/milestone/${milestone.number}`,
    };
  }

  private commentJson(repository: RepositoryRecord, comment: CommentRecord) {
    const author = [...this.tokens.values()].find((t) => t.login === comment.author);
    return {
      id: comment.id,
      body: comment.body,
      user: { login: comment.author, type: author?.type ?? 'User' },
      html_url: `https://github.com/${repository.owner}/${repository.name}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
    };
  }

  /** GitHub's pagination: `per_page` (max 100), `page`, and a Link header. */
  private page(url: URL, items: unknown[]): [number, unknown, Record<string, string>] {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number) => {
      const next = new URL(url);
      next.searchParams.set('page', String(n));
      return next.toString();
    };
    const links: string[] = [];
    if (page < last) links.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`);
    if (page > 1) links.push(`<${link(1)}>; rel="first"`, `<${link(page - 1)}>; rel="prev"`);
    return [200, items.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(', ') } : {}];
  }
}

/** A GraphQL connection page: GitHub refuses `first` over 100, and cursors are opaque (here, offsets). */
function pageOf<T>(all: readonly T[], args: { first?: number; after?: string }, node: (item: T) => unknown) {
  if ((args.first ?? 0) > 100) {
    throw new GraphQLError(`Requesting ${args.first} records on the connection exceeds the \`first\` limit of 100 records.`, {
      extensions: { type: 'EXCESSIVE_PAGINATION' },
    });
  }
  const start = args.after
    ? Number(
        Buffer.from(args.after, 'base64')
          .toString('utf8')
          .replace(/^cursor:/, ''),
      )
    : 0;
  const page = all.slice(start, start + (args.first ?? 100));
  const end = start + page.length;
  const cursor = (offset: number) => Buffer.from(`cursor:${offset}`).toString('base64');
  return {
    totalCount: all.length,
    nodes: page.map(node),
    pageInfo: { hasNextPage: end < all.length, endCursor: page.length > 0 ? cursor(end) : null },
  };
}

/** Git's id of a blob: the SHA-1 of its header and content. */
function gitBlobId(text: string): string {
  const content = Buffer.from(text);
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { type: 'NOT_FOUND' } });
}

/**
 * Another host on the network: a local server that answers every request with an empty
 * page and records it, to show that nothing (above all no token) was sent to it.
 */
export class RecordingServer {
  readonly requests: { method: string; url: string; authorization: string | undefined }[] = [];
  private server: Server | undefined;
  private port = 0;

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      this.requests.push({ method: request.method ?? 'GET', url: request.url ?? '/', authorization: request.headers.authorization });
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      response.end('[]');
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    const closed = new Promise<void>((resolve, reject) => this.server?.close((error) => (error ? reject(error) : resolve())));
    this.server?.closeAllConnections();
    await closed;
  }
}
