import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runBundledCli } from '../support/cli.js';
import type { Scenario } from '../support/scenario.js';
import { ACTIONS_TOKEN, PLAN, scenarioPerTest } from '../support/scenario.js';

let scenario: Scenario;
let manifestFile: string;
scenarioPerTest((fresh) => (scenario = fresh));
beforeEach(() => {
  const dir = mkdtempSync(join(tmpdir(), 'readiness-cli-'));
  manifestFile = join(dir, 'readiness.yml');
  writeFileSync(manifestFile, PLAN);
});

/** The bundled CLI with a token: links are verified against the emulator. */
function cli(args: string[], env: Record<string, string>, cwd = process.cwd()) {
  const { apiUrl } = scenario.github;
  return runBundledCli(args, { GITHUB_SERVER_URL: new URL(apiUrl).origin, GITHUB_API_URL: apiUrl, ...env }, cwd);
}

describe('readiness-gate check with GITHUB_TOKEN', () => {
  it('verifies links online and reports their live state', async () => {
    const open = await cli(['check', manifestFile, '--repo', 'Codertocat/Hello-World', '--format', 'json'], { GITHUB_TOKEN: ACTIONS_TOKEN });
    expect(open.stderr).toBe('');
    expect(open.code).toBe(1);
    const report = JSON.parse(open.stdout);
    expect(report.verified).toBe(true);
    expect(report.phases[0].tasks[0]).toMatchObject({ drift: true, links: [{ ref: '#12', state: 'open', kind: 'issue' }] });
    expect(scenario.github.graphqlRequests()).toHaveLength(1);

    scenario.close(12);
    const closed = await cli(['check', manifestFile, '--repo', 'Codertocat/Hello-World'], { GITHUB_TOKEN: ACTIONS_TOKEN });
    expect(closed.code).toBe(0);
    expect(closed.stdout.split('\n')[0]).toMatch(/^✅ ready .* — gate 'merge' — /);
    // Online, the CLI names the one reason its figure can differ from the action's on a pull request.
    expect(closed.stdout).toContain('no pull request here: the action on a pull request also counts what merging it completes');
  });

  it('honours GITHUB_GRAPHQL_URL for Enterprise Server layouts', async () => {
    const run = await cli(['check', manifestFile, '--repo', 'Codertocat/Hello-World'], {
      GITHUB_TOKEN: ACTIONS_TOKEN,
      GITHUB_API_URL: scenario.github.enterpriseApiUrl,
      GITHUB_GRAPHQL_URL: scenario.github.enterpriseGraphqlUrl,
    });
    expect(run.code).toBe(1);
    expect(scenario.github.graphqlRequests().map((r) => r.path)).toEqual(['/api/graphql']);
  });

  it('asks the API of the server whose links count when only the server is named', async () => {
    // An empty GITHUB_API_URL is as good as none: the API is the server's own, /api/v3 and /api/graphql.
    const server = new URL(scenario.github.enterpriseApiUrl).origin;
    const run = await cli(['check', manifestFile, '--repo', 'Codertocat/Hello-World', '--server-url', server], {
      GITHUB_TOKEN: ACTIONS_TOKEN,
      GITHUB_API_URL: '',
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(scenario.github.graphqlRequests().map((r) => r.path)).toEqual(['/api/graphql']);
  });

  it('never sends the token to an API of another host than the server', async () => {
    const run = await cli(['check', manifestFile, '--repo', 'Codertocat/Hello-World'], {
      GITHUB_TOKEN: ACTIONS_TOKEN,
      GITHUB_SERVER_URL: 'https://ghe.example.com',
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^readiness-gate: GITHUB_API_URL or GITHUB_GRAPHQL_URL names another host than the server https:\/\/ghe\.example\.com: the token is not sent there\. .*\nSee 'readiness-gate --help'\.\n$/,
    );
    expect(scenario.github.graphqlRequests()).toHaveLength(0);
  });

  it('says plainly when the token is refused, without a stack trace or the token', async () => {
    const run = await cli(['check', manifestFile, '--repo', 'Codertocat/Hello-World'], { GITHUB_TOKEN: 'ghp_wrong_token_value' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('readiness-gate: GitHub API request failed (401): POST /graphql answered 401: Bad credentials\n');
  });

  it('without --repo outside a git checkout, warns that #N links cannot be verified', async () => {
    const run = await cli(['check', manifestFile, '--format', 'json'], { GITHUB_TOKEN: ACTIONS_TOKEN }, tmpdir());
    expect(run.stderr).toContain('no --repo and no GitHub remote');
    expect(JSON.parse(run.stdout).phases[0].tasks[0].links[0]).toMatchObject({ state: 'unknown' });
  });
});
