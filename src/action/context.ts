import { readFileSync } from 'node:fs';
import { parseRepository, serverHost, type Repository } from '../core/links/links.js';
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
  /** The host of GITHUB_SERVER_URL: URL links must point there to be verified. */
  serverHost: string;
  /** The run's page, for links from the comment and the status. */
  runUrl?: string;
  /** GITHUB_WORKFLOW_REF, GITHUB_WORKFLOW_SHA and GITHUB_JOB: the workflow and job this step runs in. */
  workflowRef?: string;
  workflowSha?: string;
  job?: string;
  /** GITHUB_SERVER_URL, without a trailing slash: where the repository's pages are. */
  serverUrl: string;
  /** The tag or branch the run is about: a release's tag, else GITHUB_REF_NAME. */
  ref?: string;
}

export interface EventPayload {
  release?: { tag_name?: string };
  pull_request?: { number: number; head: { sha: string }; base: { sha: string }; changed_files?: number; state?: string; merged?: boolean | null };
  merge_group?: { head_sha: string; base_sha: string; head_ref: string };
  issue?: { number: number; pull_request?: unknown };
  [key: string]: unknown;
}

export const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** `issue_comment` carries a pull request once a re-check has read it (recheck.ts). */
const PULL_REQUEST_CARRIERS = new Set([...PULL_REQUEST_EVENTS, 'issue_comment']);
export const REFRESH_EVENTS = new Set(['issues', 'schedule']);
/**
 * The runs that check that the gate is enforced (enforcement.ts): a push to the default
 * branch, a schedule, a manual dispatch. Never a pull request's: it costs requests, and
 * its answer does not change from one pull request to the next.
 */
export const ENFORCEMENT_EVENTS = new Set(['push', 'schedule', 'workflow_dispatch']);

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
    serverHost: serverHost(serverUrl),
    ...(env.GITHUB_WORKFLOW_REF ? { workflowRef: env.GITHUB_WORKFLOW_REF } : {}),
    ...(env.GITHUB_WORKFLOW_SHA ? { workflowSha: env.GITHUB_WORKFLOW_SHA } : {}),
    ...(env.GITHUB_JOB ? { job: env.GITHUB_JOB } : {}),
    serverUrl,
    ...refOf(payload, env),
    ...(env.GITHUB_RUN_ID ? { runUrl: `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${env.GITHUB_RUN_ID}` } : {}),
  };
}

function refOf(payload: EventPayload, env: NodeJS.ProcessEnv): { ref?: string } {
  const ref = typeof payload.release?.tag_name === 'string' ? payload.release.tag_name : env.GITHUB_REF_NAME;
  return ref ? { ref } : {};
}

/** The pull request a run judges, with the commits its manifest and status belong to. */
export interface PullRequestRun {
  number: number;
  /** Where `manifest-ref: base` and `head` read the manifest. */
  baseSha: string;
  headSha: string;
  changedFiles?: number;
  /** A merge queue's group: no comment, the status on the group's commit. */
  mergeGroup: boolean;
  /** Closed without merging: it will never complete anything, nor close the issues it names. */
  closedUnmerged: boolean;
}

/**
 * The pull request of a `pull_request` event, or the one a merge queue made a group for:
 * GitHub names the group's branch `gh-readonly-queue/<base>/pr-<number>-<sha>`, so the
 * queue gives the same verdict the pull request had.
 */
export function pullRequestOfRun(context: RunContext): PullRequestRun | undefined {
  const { payload } = context;
  if (PULL_REQUEST_CARRIERS.has(context.eventName) && payload.pull_request) {
    const pull = payload.pull_request;
    return {
      number: pull.number,
      baseSha: pull.base.sha,
      headSha: pull.head.sha,
      mergeGroup: false,
      closedUnmerged: pull.state === 'closed' && pull.merged !== true,
      ...(pull.changed_files !== undefined ? { changedFiles: pull.changed_files } : {}),
    };
  }
  const group = context.eventName === 'merge_group' ? payload.merge_group : undefined;
  const number = group && /\/pr-(\d+)-[0-9a-f]+$/.exec(group.head_ref)?.[1];
  return group && number
    ? { number: Number(number), baseSha: group.base_sha, headSha: group.head_sha, mergeGroup: true, closedUnmerged: false }
    : undefined;
}
