import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { webhookPayload } from '../support/action.js';
import { runBundledCli } from '../support/cli.js';
import { ACTIONS_TOKEN, MAIN_SHA, READ_ONLY_TOKEN, REPOSITORY, scenarioPerTest, type Scenario } from '../support/scenario.js';

let scenario: Scenario;
scenarioPerTest((fresh) => (scenario = fresh));

const WORKFLOW_PATH = '.github/workflows/readiness.yml';

/** The workflow of the README's "On every pull request", with the triggers of its enforcement check. */
function workflow(triggers = 'pull_request:\n  push:\n    branches: [master]\n  schedule:\n    - cron: "0 6 * * *"'): string {
  return `on:
  ${triggers}
jobs:
  readiness:
    runs-on: ubuntu-latest
    steps:
      - uses: your-org/readiness-gate@v0
        with:
          status: true
`;
}

/** A ruleset rule as GET /repos/{owner}/{repo}/rules/branches/{branch} lists it. */
function rule(type: string, parameters?: Record<string, unknown>) {
  return { type, ...(parameters ? { parameters } : {}), ruleset_source_type: 'Repository', ruleset_source: REPOSITORY, ruleset_id: 42 };
}

const requiresStatus = rule('required_status_checks', {
  strict_required_status_checks_policy: false,
  do_not_enforce_on_create: false,
  required_status_checks: [{ context: 'readiness/merge' }],
});

/** The repository as GitHub holds it: the workflow at the run's commit, CODEOWNERS on the default branch. */
function given(options: { workflowText?: string; codeowners?: string; rules?: unknown[] } = {}): void {
  const repository = scenario.repo();
  repository.defaultBranch = 'master';
  repository.files.get(MAIN_SHA)!.set(WORKFLOW_PATH, options.workflowText ?? workflow());
  repository.files.set('HEAD', new Map([['.github/CODEOWNERS', options.codeowners ?? '/.github/readiness.yml @Codertocat/release\n']]));
  repository.rules.set('master', options.rules ?? [requiresStatus]);
  scenario.close(12);
}

/** GitHub's push example, as a push to the default branch. */
function pushToDefaultBranch() {
  const payload = webhookPayload('push') as { ref: string; repository: { default_branch: string } };
  payload.ref = `refs/heads/${payload.repository.default_branch}`;
  return payload;
}

const env = { GITHUB_WORKFLOW_REF: `${REPOSITORY}/${WORKFLOW_PATH}@refs/heads/master`, GITHUB_WORKFLOW_SHA: MAIN_SHA, GITHUB_JOB: 'readiness' };

function push(token = ACTIONS_TOKEN) {
  return scenario.run({ event: 'push', payload: pushToDefaultBranch(), sha: MAIN_SHA, token, env, inputs: { status: 'true' } });
}

const enforcementWarnings = (run: { annotations: { title?: string; message: string }[] }) =>
  run.annotations.filter((annotation) => annotation.title === 'Gate not enforced').map((annotation) => annotation.message);

describe('the check that the gate is enforced', () => {
  it('finds nothing to say when a rule requires the status and the manifest has a code owner', async () => {
    given();
    const run = await push();
    expect(run.code).toBe(0);
    expect(enforcementWarnings(run)).toEqual([]);
    expect(run.summary).toContain('Yes: a rule of branch master requires it');
    expect(scenario.github.restRequests().map((r) => r.path)).toContain(`/repos/${REPOSITORY}/rules/branches/master`);
  });

  it('warns, with the fix, that the gate is advisory when no rule requires it; the verdict stays as it was', async () => {
    given({ rules: [] });
    const run = await push();
    expect(run.code).toBe(0);
    expect(run.outputs.ready).toBe('true');
    expect(enforcementWarnings(run)).toEqual([
      `No rule of branch master requires the status readiness/merge or the check 'readiness' of ${WORKFLOW_PATH} (job 'readiness', gate 'merge'): ` +
        `the gate is advisory, and a pull request that is not ready can be merged — fix: add a ruleset for master with "Require status checks to pass" and the check 'readiness/merge'`,
    ]);
  });

  it('warns when a merge queue is required but the workflow does not run on merge_group', async () => {
    given({ rules: [requiresStatus, rule('merge_queue', { merge_method: 'SQUASH', grouping_strategy: 'ALLGREEN' })] });
    const run = await push();
    expect(enforcementWarnings(run)).toEqual([
      expect.stringContaining('requires a merge queue, but .github/workflows/readiness.yml does not run on merge_group'),
    ]);

    scenario.github.requests.length = 0;
    given({ rules: [requiresStatus, rule('merge_queue')], workflowText: workflow('pull_request:\n  merge_group:\n  push:') });
    expect(enforcementWarnings(await push())).toEqual([]);
  });

  it("passes the README's workflow under a ruleset that requires its status and a merge queue", async () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('### Checking that the gate is enforced'));
    const readmeWorkflow = /```yaml\n([\s\S]*?)```/.exec(section)![1]!;
    given({ workflowText: readmeWorkflow, rules: [requiresStatus, rule('merge_queue')] });
    const run = await push();
    expect(run.code).toBe(0);
    expect(enforcementWarnings(run)).toEqual([]);
  });

  it('warns when the manifest has no code owner, and when the status write was refused', async () => {
    given({ codeowners: '*.js @Codertocat/frontend\n' });
    const run = await push(READ_ONLY_TOKEN);
    expect(enforcementWarnings(run)).toEqual([
      expect.stringContaining('GitHub refused to write the commit status for lack of permission'),
      expect.stringContaining('.github/readiness.yml has no code owner in .github/CODEOWNERS'),
    ]);
  });

  it('is one line of "could not check" when the rules cannot be read: no failure, the verdict unchanged', async () => {
    given();
    scenario.repo().rulesStatus = 403;
    const run = await push();
    expect(run.code).toBe(0);
    expect(run.outputs.ready).toBe('true');
    expect(enforcementWarnings(run)).toEqual([]);
    expect(run.stdout.split('\n').filter((line) => line.startsWith('Could not check'))).toEqual([
      expect.stringMatching(/^Could not check the rules of branch master: GitHub answered 403 /),
    ]);
  });

  it('runs on schedule and workflow_dispatch too, never on pull requests or pushes to other branches', async () => {
    given({ rules: [] });
    const rulesRead = () => scenario.github.restRequests().filter((r) => r.path.includes('/rules/branches/')).length;
    await scenario.pullRequest({ env });
    const otherBranch = pushToDefaultBranch();
    otherBranch.ref = 'refs/heads/feature';
    await scenario.run({ event: 'push', payload: otherBranch, sha: MAIN_SHA, env });
    expect(rulesRead()).toBe(0);
    await scenario.run({ event: 'workflow_dispatch', payload: webhookPayload('workflow_dispatch'), sha: MAIN_SHA, env });
    await scenario.run({ event: 'schedule', payload: { schedule: '0 6 * * *' }, sha: MAIN_SHA, env });
    expect(rulesRead()).toBe(2);
  });
});

/** The bundled CLI against the emulator. */
function doctor(args: string[], token = ACTIONS_TOKEN) {
  const { apiUrl } = scenario.github;
  return runBundledCli(['doctor', ...args], {
    GITHUB_SERVER_URL: new URL(apiUrl).origin,
    GITHUB_API_URL: apiUrl,
    ...(token ? { GITHUB_TOKEN: token } : {}),
  });
}

describe('readiness-gate doctor', () => {
  /** The default branch's workflows, read from GitHub as the CLI finds them. */
  function onDefaultBranch(workflowText: string): void {
    const files = scenario.repo().files.get('HEAD')!;
    // The default branch by its name, as `--branch master` reads it.
    scenario.repo().files.set('master', files);
    files.set(WORKFLOW_PATH, workflowText);
    files.set('.github/workflows/ci.yml', 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n');
  }

  it('exits 0 when the gate is enforced', async () => {
    given();
    onDefaultBranch(workflow());
    const run = await doctor(['--repo', REPOSITORY]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(`The gate is enforced: a rule of master requires ${WORKFLOW_PATH} (readiness), and the manifest has a code owner.\n`);
  });

  it('exits 1 with each finding and its fix', async () => {
    given({ rules: [rule('merge_queue')] });
    onDefaultBranch(workflow());
    const run = await doctor(['--repo', REPOSITORY, '--branch', 'master']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('warning: No rule of branch master requires');
    expect(run.stdout).toContain('  fix: add `merge_group:`');
  });

  it('exits 1 when no workflow runs the gate, or the rules cannot be read; 2 without a token', async () => {
    given();
    expect((await doctor(['--repo', REPOSITORY])).stdout).toContain('warning: no workflow of');
    onDefaultBranch(workflow());
    scenario.repo().rulesStatus = 404;
    const unreadable = await doctor(['--repo', REPOSITORY]);
    expect(unreadable.code).toBe(1);
    expect(unreadable.stdout).toMatch(/^could not check: Could not check the rules of branch master: GitHub answered 404/m);
    const noToken = await doctor(['--repo', REPOSITORY], '');
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toContain('set GITHUB_TOKEN');
  });
});
