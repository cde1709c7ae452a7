import { Octokit as RestOctokit } from '@octokit/rest';
import { systemClock, type Clock } from './clock.js';
import { answerSummary, GitHubError, oneLine } from './errors.js';
import { AnswerTooLarge, nodeFetch } from './http.js';
import { Limiter, REQUEST_TIMEOUT_MS, RUN_DEADLINE_MS, sendWithRetries, type Outcome, type RequestFailure } from './retries.js';

/**
 * Why Octokit without its retry and throttling plugins: GitHub's own guidance is followed
 * here (`retries.ts`), and the plugins differ from it in ways this action would feel. The
 * throttling plugin waits out GraphQL's `RATE_LIMITED` but not the `RATE_LIMIT` spelling
 * GitHub also answers (octokit/plugin-throttling.js#824, fix open as #848); both plugins
 * wait on real timers, so no run deadline and no injected clock; and the retry plugin
 * retries by status alone, so a comment that GitHub stored before answering 502 would be
 * posted twice. Pacing is two `Limiter`s instead of Bottleneck. The README's Performance
 * section measures the plugins' client as the naive baseline. Retire this when the plugins
 * take a per-method retry policy and a clock, and know both rate-limit spellings.
 */
export type Octokit = RestOctokit;

/**
 * What every REST request asks for: GitHub's current media type and the API version the
 * requests were written against, so a new default version cannot change an answer.
 */
export const REST_HEADERS = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' } as const;

export interface GraphqlError {
  type?: string;
  message: string;
  path?: (string | number)[];
}

export interface GraphqlResponse<T> {
  /** GitHub answers partial data beside errors (a missing issue is `null` plus a NOT_FOUND error). */
  data: T | null;
  errors: GraphqlError[];
}

/** One authenticated connection to GitHub (github.com or Enterprise Server). */
export interface GitHubClient {
  /** GitHub's REST endpoints, e.g. `client.rest.issues.listComments`. */
  rest: Octokit['rest'];
  /** Reads every page of a REST listing. */
  paginate: Octokit['paginate'];
  /** A query, with the values of its `$variables` when it declares any. */
  graphql<T>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse<T>>;
  /** Requests sent so far (a retried request counts once), for the run's debug log. */
  usage(): RequestUsage;
}

export interface RequestUsage {
  reads: number;
  writes: number;
  queries: number;
}

export interface ClientOptions {
  token: string;
  /** `GITHUB_API_URL`, e.g. https://api.github.com or https://ghe.example.com/api/v3 */
  apiUrl: string;
  /** `GITHUB_GRAPHQL_URL`, e.g. https://api.github.com/graphql or https://ghe.example.com/api/graphql */
  graphqlUrl: string;
  warn: (message: string) => void;
  /** Time for every wait and time limit; real time unless tests speed it up (see `systemClock`). */
  clock?: Clock;
  /**
   * After this many ms from the client's creation nothing more is sent: requests in
   * flight are aborted and no retry starts, so the run ends by itself. Default 4 minutes.
   */
  deadlineMs?: number;
  /** The whole answer to one request, headers and body, must arrive within this. Default 30 s. */
  requestTimeoutMs?: number;
  /** In [0, 1): spreads retry waits; injectable for tests. */
  random?: () => number;
  /** The largest answer read, unzipped; default `MAX_ANSWER_BYTES`. */
  maxAnswerBytes?: number;
}

/** GITHUB_GRAPHQL_URL when set; else derived: Enterprise Server serves /api/graphql beside /api/v3. */
export function graphqlUrlFor(apiUrl: string, explicit: string | undefined): string {
  return explicit || `${apiUrl.replace(/\/api\/v3\/?$/, '/api')}/graphql`;
}

/**
 * The API a GitHub server answers on: github.com's at api.github.com, GHE.com's at
 * api.<subdomain>.ghe.com, an Enterprise Server's at /api/v3 on its own host. An API URL
 * given explicitly must belong to the same server, or a token meant for one would go to
 * the other: that is refused (undefined), never guessed.
 */
export function apiUrlsFor(serverUrl: string, explicit: { api?: string | undefined; graphql?: string | undefined }) {
  const server = parseUrl(serverUrl);
  if (!server) return undefined;
  const dotCom = server.hostname === 'github.com' || server.hostname.endsWith('.ghe.com');
  const derived = dotCom ? `${server.protocol}//api.${server.host}` : `${server.origin}/api/v3`;
  const apiUrl = (explicit.api || derived).replace(/\/$/, '');
  const graphqlUrl = graphqlUrlFor(apiUrl, explicit.graphql);
  const belongs = (url: string) => [server.host, `api.${server.host}`].includes(parseUrl(url)?.host ?? '');
  return belongs(apiUrl) && belongs(graphqlUrl) ? { apiUrl, graphqlUrl } : undefined;
}

/** `URL.parse` of Node 22, on the CLI's older Nodes too. */
function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/**
 * GraphQL queries in flight at once: far below GitHub's limit of 100 concurrent requests,
 * and each query costs 1 point, so the points per minute stay well inside the secondary
 * limits. Measured at 50 ms latency with 10,000 links (`npm run bench`).
 */
export const QUERIES_AT_ONCE = 8;

/** The writes a client sends before it spaces them a second apart: a pull-request run's comment and status. */
const MUTATIONS_UNPACED = 2;

export function createClient(options: ClientOptions): GitHubClient {
  const rest = new RestOctokit({
    auth: options.token,
    baseUrl: options.apiUrl,
    userAgent: 'readiness-gate',
    request: { fetch: nodeFetch(options.maxAnswerBytes) },
    // Failed requests surface as errors where they are handled; the request log stays quiet.
    log: { debug: () => {}, info: () => {}, warn: options.warn, error: () => {} },
  });
  const clock = options.clock ?? systemClock();
  const deadlineMs = options.deadlineMs ?? RUN_DEADLINE_MS;
  const deadlineAt = clock.now() + deadlineMs;
  const origins = new Set([new URL(options.apiUrl).origin, new URL(options.graphqlUrl).origin]);

  // GitHub asks for mutations one at a time, and a second apart when there are many, and
  // for few requests at once. A run's own two (its comment, then its status) go in turn at
  // once; a refresh's many writes are paced from the third on.
  const mutations = new Limiter(1, 1000, clock, MUTATIONS_UNPACED);
  const queries = new Limiter(QUERIES_AT_ONCE, 0, clock);
  const usage: RequestUsage = { reads: 0, writes: 0, queries: 0 };
  rest.hook.wrap('request', async (request, endpoint) => {
    const method = endpoint.method.toUpperCase();
    const url = new URL(rest.request.endpoint.parse(endpoint).url, options.apiUrl);
    // The token goes to GitHub only: a next-page link to another host is not followed.
    if (!origins.has(url.origin)) throw refusedOrigin(url, options.apiUrl);
    const isQuery = url.href === new URL(options.graphqlUrl).href;
    if (!isQuery) Object.assign(endpoint.headers, REST_HEADERS);
    usage[isQuery ? 'queries' : method === 'GET' || method === 'HEAD' ? 'reads' : 'writes']++;
    const send = () =>
      sendWithRetries((signal) => attempt(async () => request(withSignal(endpoint, signal)), isQuery), {
        clock,
        deadlineAt,
        deadlineMs,
        requestTimeoutMs: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
        repeatable: isRepeatable(method, url, isQuery, endpoint),
        what: `${method} ${url.pathname}`,
        warn: options.warn,
        ...(options.random ? { random: options.random } : {}),
      });
    if (isQuery) return queries.run(send);
    if (method !== 'GET' && method !== 'HEAD') return mutations.run(send);
    return send();
  });

  return {
    rest: rest.rest,
    paginate: rest.paginate,
    usage: () => ({ ...usage }),
    async graphql<T>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse<T>> {
      // Posted to GITHUB_GRAPHQL_URL as given, so Enterprise Server layouts need no guessing.
      const response = await rest.request({ method: 'POST', url: options.graphqlUrl, query, ...(variables ? { variables } : {}) });
      const body = response.data as { data?: T | null; errors?: GraphqlError[] };
      return { data: body.data ?? null, errors: body.errors ?? [] };
    },
  };
}

/**
 * The hooks inside this one read the options object they were first given, not the one
 * passed on: the attempt's abort signal goes into that object itself.
 */
function withSignal<T extends { request?: object }>(endpoint: T, signal: AbortSignal): T {
  endpoint.request = { ...endpoint.request, signal };
  return endpoint;
}

/**
 * Whether a request may be sent again after a failure it may have survived: reads,
 * GraphQL queries, and writes whose repetition changes nothing (an edit, a delete, a
 * commit status, of which GitHub keeps the latest per context). Creating a comment is
 * not: its caller checks whether it landed before sending it again.
 */
function isRepeatable(method: string, url: URL, isQuery: boolean, endpoint: { query?: unknown }): boolean {
  if (isQuery) return !(typeof endpoint.query === 'string' && /^\s*mutation\b/.test(endpoint.query));
  if (method !== 'POST') return true;
  return /\/repos\/[^/]+\/[^/]+\/statuses\/[^/]+$/.test(url.pathname);
}

type Response = Awaited<ReturnType<RestOctokit['request']>>;

/** One attempt, its failures reported as outcomes for the retry loop. */
async function attempt(send: () => Promise<Response>, isQuery: boolean): Promise<Outcome<Response>> {
  try {
    const response = await send();
    const failure = isQuery ? graphqlFailure(response) : undefined;
    return failure ? { failure } : { value: response };
  } catch (error) {
    return { failure: failureOf(error) };
  }
}

function failureOf(error: unknown): RequestFailure {
  const { response, message, cause } = error as {
    message?: string;
    cause?: { message?: string; code?: string };
    response?: { status: number; headers?: RequestFailure['headers']; data?: unknown };
  };
  if (response) {
    const summary = answerSummary(response.data);
    return {
      status: response.status,
      message: `answered ${response.status}${summary ? `: ${summary}` : ''}`,
      ...(response.headers ? { headers: response.headers } : {}),
    };
  }
  // Not retried: the same answer would come again.
  const tooLarge = [error, cause].find((e) => e instanceof AnswerTooLarge);
  if (tooLarge) return { message: tooLarge.message };
  // The toolkit's proxy agent says what the proxy answered only in its message, under a generic code.
  if (cause?.message?.startsWith('tunneling socket')) {
    return { message: `could not be reached through the proxy (${oneLine(cause.message, 100)})`, noAnswer: 'network' };
  }
  const detail = cause?.code ?? cause?.message ?? message ?? String(error);
  return { message: `could not be reached (${oneLine(detail, 100)})`, noAnswer: 'network' };
}

/** GraphQL answers 200 for its own failures: a rate limit, or a query that failed on GitHub's side. */
function graphqlFailure(response: Response): RequestFailure | undefined {
  const body = response.data as { data?: unknown; errors?: { type?: string; message?: string }[] } | string | undefined;
  const common = { status: response.status, headers: response.headers as RequestFailure['headers'] };
  if (!body || typeof body !== 'object') {
    return { ...common, message: `answered without a GraphQL result: ${answerSummary(body) || 'an empty body'}`, graphql: 'transient' };
  }
  const errors = body.errors ?? [];
  // GitHub has answered both spellings.
  const limited = errors.find((error) => error.type === 'RATE_LIMITED' || error.type === 'RATE_LIMIT');
  if (limited) return { ...common, message: `answered with a rate limit: ${oneLine(limited.message ?? 'RATE_LIMITED')}`, graphql: 'rate-limited' };
  const transient = body.data == null ? errors.find(isTransientGraphqlError) : undefined;
  if (transient)
    return { ...common, message: `failed on GitHub's side: ${oneLine(transient.message ?? transient.type ?? '')}`, graphql: 'transient' };
  return undefined;
}

const TRANSIENT_GRAPHQL_TYPES = new Set(['INTERNAL', 'SERVICE_UNAVAILABLE', 'TIMEOUT']);

function isTransientGraphqlError(error: { type?: string; message?: string }): boolean {
  return TRANSIENT_GRAPHQL_TYPES.has(error.type ?? '') || /something went wrong while executing your query|timed? ?out/i.test(error.message ?? '');
}

function refusedOrigin(url: URL, apiUrl: string): GitHubError {
  return new GitHubError(
    `refused to send the token to ${url.origin}: GitHub's answer pointed the next page outside GITHUB_API_URL (${new URL(apiUrl).origin}); pagination stays on the API's host`,
    0,
    'refused',
  );
}
