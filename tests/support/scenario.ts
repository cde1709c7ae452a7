import { afterEach, beforeEach, expect } from 'vitest';
import { GitHubEmulator, type IssueRecord } from '../emulator/github.js';
import { runAction, webhookPayload, type ActionOptions, type ActionRun } from './action.js';

export const ACTIONS_TOKEN = 'ghs_ActionsToken0123456789abcdefABCDEF';
export const READ_ONLY_TOKEN = 'ghs_ForkReadOnly0123456789abcdefABCDEF';
export const USER_TOKEN = 'ghp_SomeoneElse0123456789abcdefABCDEF';

/** The pull request of GitHub's `pull_request.opened` example payload. */
const pullRequestExample = webhookPayload('pull_request', 'opened') as {
  number: number;
  repository: { full_name: string };
  pull_request: { head: { sha: string }; base: { sha: string } };
};
export const REPOSITORY = pullRequestExample.repository.full_name;
export const PR_NUMBER = pullRequestExample.number;
export const HEAD_SHA = pullRequestExample.pull_request.head.sha;
export const BASE_SHA = pullRequestExample.pull_request.base.sha;
export const MAIN_SHA = '1111111111111111111111111111111111111111';
export const MANIFEST_PATH = '.github/readiness.yml';

export const PLAN = `version: 1
title: Hello-World readiness
phases:
  - id: P0
    name: Critical security
    blocking: true
    tasks:
      - id: P0.1
        title: Remove default secrets
        status: done
        links: ["#12"]
      - id: P0.2
        title: Rate-limit the login endpoint
        status: done
  - id: P1
    name: Observability
    tasks:
      - id: P1.1
        title: Dashboards
        status: todo
`;

/** The 1-based line of the first line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`'${needle}' is not in the text`);
  return index + 1;
}

export class Scenario {
  readonly github = new GitHubEmulator();

  async start(): Promise<this> {
    await this.github.start();
    this.github.tokens.set(ACTIONS_TOKEN, { login: 'github-actions[bot]', type: 'Bot', canWrite: true });
    this.github.tokens.set(READ_ONLY_TOKEN, { login: 'github-actions[bot]', type: 'Bot', canWrite: false });
    this.github.tokens.set(USER_TOKEN, { login: 'mallory', type: 'User', canWrite: true });
    const repository = this.repo();
    repository.pulls.set(PR_NUMBER, { number: PR_NUMBER, headSha: HEAD_SHA, baseSha: BASE_SHA, files: ['README.md'] });
    this.issue({ number: PR_NUMBER, kind: 'pull', title: 'Update the README', state: 'OPEN' });
    this.issue({ number: 12, kind: 'issue', title: 'Default secrets in base.py', state: 'OPEN' });
    this.manifest(PLAN, BASE_SHA, HEAD_SHA, MAIN_SHA);
    return this;
  }

  stop(): Promise<void> {
    return this.github.stop();
  }

  repo(name = REPOSITORY) {
    return this.github.repository(name);
  }

  issue(record: IssueRecord, repository = REPOSITORY): void {
    this.repo(repository).issues.set(record.number, record);
  }

  close(number: number, reason: IssueRecord['stateReason'] = 'COMPLETED', repository = REPOSITORY): void {
    const issue = this.repo(repository).issues.get(number)!;
    issue.state = issue.kind === 'pull' ? (reason === 'COMPLETED' ? 'MERGED' : 'CLOSED') : 'CLOSED';
    if (issue.kind === 'issue') issue.stateReason = reason;
  }

  /** Puts the manifest at the given commits. */
  manifest(text: string, ...shas: string[]): void {
    for (const sha of shas) {
      const files = this.repo().files.get(sha) ?? new Map<string, string>();
      files.set(MANIFEST_PATH, text);
      this.repo().files.set(sha, files);
    }
  }

  /** Runs the action on GitHub's pull_request.opened example payload. */
  pullRequest(options: Partial<ActionOptions> = {}): Promise<ActionRun> {
    return this.run({ event: 'pull_request', payload: webhookPayload('pull_request', 'opened'), sha: HEAD_SHA, ...options });
  }

  run(options: Partial<ActionOptions> & Pick<ActionOptions, 'event' | 'payload'>): Promise<ActionRun> {
    return runAction({
      emulator: this.github,
      repository: REPOSITORY,
      sha: MAIN_SHA,
      token: ACTIONS_TOKEN,
      ...options,
    });
  }

  /** The comments this action's identity wrote on the pull request. */
  botComments() {
    return this.github.comments.filter((c) => c.issueNumber === PR_NUMBER && c.author === 'github-actions[bot]');
  }
}

/**
 * A fresh scenario for every test. After each test, every GraphQL document the action
 * sent must have been one GitHub's schema accepts.
 */
export function scenarioPerTest(use: (scenario: Scenario) => void): void {
  let current: Scenario;
  beforeEach(async () => {
    current = await new Scenario().start();
    use(current);
  });
  afterEach(async () => {
    expect(current.github.rejectedQueries).toEqual([]);
    await current.stop();
  });
}
