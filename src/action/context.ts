import { readFileSync } from 'node:fs';
import { parseRepository, type Repository } from '../core/links.js';
import { graphqlUrlFor } from '../github/client.js';

/** What the runner tells the action about this run, read from its environment. */
export interface RunContext {
  eventName: string;
  payload: EventPayload;
  repository: Repository;
  /** GITHUB_SHA: the commit the workflow runs on. */
  sha: string;
  apiUrl: string;
  graphqlUrl: string;
  /** The run's page, for links from the comment and the status. */
  runUrl?: string;
}

export interface EventPayload {
  pull_request?: { number: number; head: { sha: string }; base: { sha: string } };
  merge_group?: { head_sha: string };
  issue?: { number: number; pull_request?: unknown };
  [key: string]: unknown;
}

export const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
export const REFRESH_EVENTS = new Set(['issues', 'schedule']);

export function readRunContext(env: NodeJS.ProcessEnv): RunContext {
  const repository = parseRepository(env.GITHUB_REPOSITORY ?? '');
  if (!repository) throw new Error('GITHUB_REPOSITORY is not set: readiness-gate runs inside GitHub Actions');
  const eventPath = env.GITHUB_EVENT_PATH;
  const payload = (eventPath ? JSON.parse(readFileSync(eventPath, 'utf8')) : {}) as EventPayload;
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
  const apiUrl = (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, '');
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    repository,
    sha: env.GITHUB_SHA ?? '',
    apiUrl,
    graphqlUrl: graphqlUrlFor(apiUrl, env.GITHUB_GRAPHQL_URL),
    ...(env.GITHUB_RUN_ID
      ? { runUrl: `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${env.GITHUB_RUN_ID}` }
      : {}),
  };
}
