import { getProxyUrl, HttpClient } from '@actions/http-client';
import { Octokit as RestOctokit } from '@octokit/rest';
import { fetch as undiciFetch } from 'undici';
import { Limiter, retryDecision, sleep, type RequestFailure } from './retries.js';

export type Octokit = RestOctokit;

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
  graphql<T>(query: string): Promise<GraphqlResponse<T>>;
}

export interface ClientOptions {
  token: string;
  /** `GITHUB_API_URL`, e.g. https://api.github.com or https://ghe.example.com/api/v3 */
  apiUrl: string;
  /** `GITHUB_GRAPHQL_URL`, e.g. https://api.github.com/graphql or https://ghe.example.com/api/graphql */
  graphqlUrl: string;
  warn: (message: string) => void;
}

/** GITHUB_GRAPHQL_URL when set; else derived: Enterprise Server serves /api/graphql beside /api/v3. */
export function graphqlUrlFor(apiUrl: string, explicit: string | undefined): string {
  return explicit || `${apiUrl.replace(/\/api\/v3\/?$/, '/api')}/graphql`;
}

/** GraphQL queries in flight at once: a few, far below GitHub's limit of 100 concurrent requests. */
export const QUERIES_AT_ONCE = 3;

export function createClient(options: ClientOptions): GitHubClient {
  const rest = new RestOctokit({
    auth: options.token,
    baseUrl: options.apiUrl,
    userAgent: 'readiness-gate',
    request: { fetch: fetchFor(options.apiUrl) },
    // Failed requests surface as errors where they are handled; the request log stays quiet.
    log: { debug: () => {}, info: () => {}, warn: options.warn, error: () => {} },
  });

  // GitHub asks for mutations one at a time, a second apart, and for few requests at once.
  const mutations = new Limiter(1, 1000);
  const queries = new Limiter(QUERIES_AT_ONCE, 0);
  rest.hook.wrap('request', async (request, endpoint) => {
    const method = endpoint.method.toUpperCase();
    const isQuery = endpoint.url === options.graphqlUrl;
    const send = () => withRetries(async () => request(endpoint), `${method} ${endpoint.url}`, options.warn);
    if (isQuery) return queries.run(send);
    if (method !== 'GET' && method !== 'HEAD') return mutations.run(send);
    return send();
  });

  return {
    rest: rest.rest,
    paginate: rest.paginate,
    async graphql<T>(query: string): Promise<GraphqlResponse<T>> {
      // Posted to GITHUB_GRAPHQL_URL as given, so Enterprise Server layouts need no guessing.
      const response = await rest.request({ method: 'POST', url: options.graphqlUrl, query });
      const body = response.data as { data?: T | null; errors?: GraphqlError[] };
      return { data: body.data ?? null, errors: body.errors ?? [] };
    },
  };
}

async function withRetries<T>(send: () => Promise<T>, what: string, warn: (message: string) => void): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    let failure: RequestFailure & { cause: unknown };
    try {
      const response = await send();
      const rateLimited = graphqlRateLimit(response);
      if (!rateLimited) return response;
      failure = { ...rateLimited, cause: new Error(rateLimited.message) };
    } catch (error) {
      const { status, message, response } = error as { status?: number; message?: string; response?: { headers?: RequestFailure['headers'] } };
      failure = { ...(status ? { status } : {}), message: message ?? String(error), ...(response?.headers ? { headers: response.headers } : {}), cause: error };
    }
    const decision = retryDecision(failure, attempt, Date.now());
    if (!decision.retry) throw failure.cause;
    if (decision.rateLimited) warn(`GitHub rate limit hit on ${what}; retrying in ${Math.ceil(decision.waitMs / 1000)} s.`);
    await sleep(decision.waitMs);
  }
}

/** GraphQL reports its own rate limit in a 200 answer, as an error of type RATE_LIMITED. */
function graphqlRateLimit(response: unknown): RequestFailure | undefined {
  const { data, headers } = response as { data?: { errors?: { type?: string; message?: string }[] }; headers?: RequestFailure['headers'] };
  const limited = data?.errors?.find((error) => error.type === 'RATE_LIMITED');
  return limited ? { status: 403, message: limited.message ?? 'GraphQL rate limit', ...(headers ? { headers } : {}) } : undefined;
}

/**
 * undici's fetch — already loaded by the Actions toolkit, so the first request costs less
 * than starting Node's own — through the proxy the runner sets for the API host
 * (HTTPS_PROXY, NO_PROXY), if any.
 */
function fetchFor(apiUrl: string): typeof globalThis.fetch {
  const dispatcher = getProxyUrl(apiUrl) === '' ? undefined : new HttpClient('readiness-gate').getAgentDispatcher(apiUrl);
  return ((url: string, init?: object) =>
    undiciFetch(url, { ...init, ...(dispatcher ? { dispatcher } : {}) })) as unknown as typeof globalThis.fetch;
}
