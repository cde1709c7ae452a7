/**
 * A local GitHub API emulator: a real HTTP server on 127.0.0.1 that answers the REST and
 * GraphQL requests readiness-gate makes, the way GitHub does (pagination with Link
 * headers, partial GraphQL data with NOT_FOUND errors, 403 for read-only tokens, rate
 * limits). Every GraphQL document is validated against GitHub's published schema and
 * executed against it; a query GitHub would reject is recorded in `rejectedQueries`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { schema as githubSchema, validate as validateAgainstGitHub } from '@octokit/graphql-schema';
import {
  buildClientSchema,
  execute,
  GraphQLError,
  parse,
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
}

export interface PullRecord {
  number: number;
  headSha: string;
  baseSha: string;
  files: string[];
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
  /** Tokens that cannot see this repository get NOT_FOUND, as from GitHub. */
  hiddenFrom: Set<string>;
}

export interface Fault {
  method?: string;
  /** Matched against the path without the `/api/v3` prefix, e.g. /graphql or /repos/a/b/statuses/x. */
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests fail; then the fault is spent. */
  times: number;
}

export interface RequestRecord {
  method: string;
  path: string;
  query: URLSearchParams;
  body: string;
  token: string | undefined;
  at: number;
}

let cachedSchema: GraphQLSchema | undefined;
function schema(): GraphQLSchema {
  cachedSchema ??= buildClientSchema(githubSchema.json as Parameters<typeof buildClientSchema>[0]);
  return cachedSchema;
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
  private nextCommentId = 1000;
  private server: Server | undefined;
  private port = 0;

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
    await new Promise<void>((resolve, reject) => this.server?.close((error) => (error ? reject(error) : resolve())));
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
      repository = { owner, name, files: new Map(), issues: new Map(), pulls: new Map(), hiddenFrom: new Set() };
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
    const record: RequestRecord = { method: request.method ?? 'GET', path: url.pathname, query: url.searchParams, body, token, at: Date.now() };
    this.requests.push(record);
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));

    const reply = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
        ...headers,
      });
      response.end(data === undefined ? '' : JSON.stringify(data));
    };

    const path = url.pathname.replace(/^\/api\/v3(?=\/)/, '');
    const fault = this.faults.find((f) => f.times > 0 && f.path.test(path) && (!f.method || f.method === record.method));
    if (fault) {
      fault.times--;
      reply(fault.status, fault.body ?? { message: 'Server Error' }, fault.headers);
      return;
    }

    const identity = token ? this.tokens.get(token) : undefined;
    if (!identity) {
      reply(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
      return;
    }

    if (record.method === 'POST' && (path === '/graphql' || url.pathname === '/api/graphql')) {
      reply(200, this.graphql(body, token!, identity));
      return;
    }
    const [status, data, headers] = this.rest(record.method, path, url, body, token!, identity);
    reply(status, data, headers);
  }

  private graphql(body: string, token: string, identity: TokenRecord): unknown {
    const { query } = JSON.parse(body) as { query: string };
    let document;
    try {
      document = parse(query);
    } catch (error) {
      this.rejectedQueries.push({ query, errors: [String(error)] });
      return { errors: [{ message: String(error) }] };
    }
    // The package's own validator: GitHub's published schema decides what is a valid query.
    const errors = validateAgainstGitHub(query);
    if (errors.length > 0) {
      this.rejectedQueries.push({ query, errors: errors.map((e) => e.message) });
      return { errors: errors.map((e) => ({ message: e.message, locations: e.locations })) };
    }
    const result = execute({
      schema: schema(),
      document,
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

  private resolver(token: string, identity: TokenRecord): GraphQLFieldResolver<unknown, unknown> {
    return (source, args, _context, info) => {
      const parent = info.parentType.name;
      const field = info.fieldName;
      const params = args as Record<string, unknown>;
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
        const repository = source as RepositoryRecord;
        const url = `https://github.com/${repository.owner}/${repository.name}/${item.kind === 'pull' ? 'pull' : 'issues'}/${item.number}`;
        return item.kind === 'pull'
          ? { __typename: 'PullRequest', state: item.state, merged: item.state === 'MERGED', title: item.title, url, number: item.number }
          : {
              __typename: 'Issue',
              state: item.state,
              // The published schema has no DUPLICATE reason: GitHub reports such issues as not planned.
              stateReason: item.stateReason === 'DUPLICATE' ? 'NOT_PLANNED' : (item.stateReason ?? null),
              title: item.title,
              url,
              number: item.number,
            };
      }
      const value = (source as Record<string, unknown>)[field];
      if (value === undefined) throw new GraphQLError(`emulator does not serve ${parent}.${field}`);
      return typeof value === 'function' ? (value as (a: unknown) => unknown)(args) : value;
    };
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
    const forbidden: [number, unknown] = [403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' }];
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
      return [200, { type: 'file', encoding: 'base64', size: Buffer.byteLength(content), name: filePath.split('/').pop(), path: filePath, content: Buffer.from(content).toString('base64') }];
    }
    if (method === 'GET' && (m = /^\/issues\/(\d+)$/.exec(rest))) {
      const item = repository.issues.get(Number(m[1]));
      if (!item) return notFoundAnswer;
      return [200, {
        number: item.number,
        title: item.title,
        state: item.state === 'OPEN' ? 'open' : 'closed',
        state_reason: item.state === 'OPEN' ? null : (item.stateReason ?? 'completed').toLowerCase(),
        ...(item.kind === 'pull' ? { pull_request: { merged_at: item.state === 'MERGED' ? '2026-01-01T00:00:00Z' : null } } : {}),
      }];
    }
    if (method === 'GET' && (m = /^\/pulls\/(\d+)\/files$/.exec(rest))) {
      const pull = repository.pulls.get(Number(m[1]));
      if (!pull) return notFoundAnswer;
      return this.page(url, pull.files.map((filename) => ({ filename, status: 'modified' })));
    }
    if (method === 'GET' && rest === '/pulls') {
      const open = [...repository.pulls.values()].filter((pull) => repository.issues.get(pull.number)?.state === 'OPEN');
      return this.page(url, open.map((pull) => ({ number: pull.number, state: 'open', head: { sha: pull.headSha }, base: { sha: pull.baseSha } })));
    }
    if (method === 'GET' && (m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const number = Number(m[1]);
      return this.page(url, this.comments.filter((c) => c.issueNumber === number).map((c) => this.commentJson(repository, c)));
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

function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { type: 'NOT_FOUND' } });
}
