import { getProxyUrl, HttpClient } from '@actions/http-client';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit as RestOctokit } from '@octokit/rest';
import Bottleneck from 'bottleneck/light.js';
import { fetch as undiciFetch } from 'undici';

const GitHubOctokit = RestOctokit.plugin(retry, throttling);
export type Octokit = InstanceType<typeof GitHubOctokit>;

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
  rest: Octokit;
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

/** How often a request that hit a rate limit is tried again before the run gives up. */
const RATE_LIMIT_RETRIES = 3;

export function createClient(options: ClientOptions): GitHubClient {
  const fetch = fetchFor(options.apiUrl);
  const octokit = (write?: Bottleneck.Group) =>
    new GitHubOctokit({
      auth: options.token,
      baseUrl: options.apiUrl,
      userAgent: 'readiness-gate',
      request: { fetch },
      // Server errors (5xx) are retried with backoff; 4xx other than rate limits are final.
      retry: { retries: 3 },
      throttle: {
        onRateLimit: (retryAfter, request, _octokit, retryCount) =>
          retryWithin('rate limit', retryAfter, request, retryCount, options.warn),
        onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) =>
          retryWithin('secondary rate limit', retryAfter, request, retryCount, options.warn),
        ...(write ? { write } : {}),
      },
      // Failed requests surface as errors where they are handled; the request log stays quiet.
      log: { debug: () => {}, info: () => {}, warn: options.warn, error: () => {} },
    });
  const rest = octokit();
  // The throttling plugin spaces every POST a second apart, GraphQL queries included, as
  // GitHub asks for mutations. Our queries only read: they go one at a time, unspaced.
  const reads = octokit(new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }));

  return {
    rest,
    async graphql<T>(query: string): Promise<GraphqlResponse<T>> {
      // Posted to GITHUB_GRAPHQL_URL as given, so Enterprise Server layouts need no guessing.
      const response = await reads.request({ method: 'POST', url: options.graphqlUrl, query });
      const body = response.data as { data?: T | null; errors?: GraphqlError[] };
      return { data: body.data ?? null, errors: body.errors ?? [] };
    },
  };
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

function retryWithin(
  what: string,
  retryAfter: number,
  request: { method: string; url: string },
  retryCount: number,
  warn: (message: string) => void,
): boolean {
  if (retryCount >= RATE_LIMIT_RETRIES) {
    warn(`GitHub ${what} hit on ${request.method} ${request.url}; giving up after ${retryCount} retries.`);
    return false;
  }
  warn(`GitHub ${what} hit on ${request.method} ${request.url}; retrying in ${retryAfter} s.`);
  return true;
}
