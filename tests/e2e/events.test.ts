import { describe, expect, it } from 'vitest';
import { webhookPayload } from '../support/action.js';
import type { Scenario } from '../support/scenario.js';
import { ACTIONS_TOKEN, HEAD_SHA, MAIN_SHA, PLAN, PR_NUMBER, REPOSITORY, scenarioPerTest } from '../support/scenario.js';

let scenario: Scenario;
scenarioPerTest((fresh) => (scenario = fresh));

describe('API faults', () => {
  it('retries server errors to the right result', async () => {
    scenario.github.faults.push({ path: /^\/graphql$/, status: 502, times: 1 }, { path: /\/contents\//, status: 500, times: 1 });
    const run = await scenario.pullRequest();
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ ready: 'false', 'incomplete-phases': 'P0', completion: '50' });
    expect(scenario.github.faults.every((fault) => fault.times === 0)).toBe(true);
    expect(scenario.botComments()).toHaveLength(1);
  });

  it('waits out secondary and primary rate limits, then succeeds', async () => {
    scenario.close(12);
    scenario.github.faults.push(
      {
        path: /^\/graphql$/,
        status: 403,
        times: 1,
        headers: { 'retry-after': '1' },
        body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
      },
      {
        path: /\/contents\//,
        status: 403,
        times: 1,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)) },
        body: { message: 'API rate limit exceeded for installation ID 1.' },
      },
    );
    const run = await scenario.pullRequest();
    expect(run.code).toBe(0);
    expect(run.outputs.ready).toBe('true');
    expect(run.annotations.filter((a) => /rate limit hit/.test(a.message))).toHaveLength(2);
  });

  it('fails clearly, without a stack trace, when GitHub keeps failing', async () => {
    scenario.github.faults.push({ path: /\/contents\//, status: 503, times: 10 });
    const run = await scenario.pullRequest();
    expect(run.code).toBe(1);
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'error', message: expect.stringMatching(/^readiness-gate failed: /) }));
  });

  it('never prints the token, whatever happens', async () => {
    scenario.github.faults.push({ path: /^\/graphql$/, status: 502, times: 1 });
    const runs = [
      await scenario.pullRequest(),
      await scenario.pullRequest({ inputs: { gate: 'nope' } }),
      await scenario.pullRequest({ inputs: { manifest: 'missing.yml' } }),
    ];
    for (const run of runs) {
      const everything = [run.stdout.replace(/^::add-mask::.*$/m, ''), run.stderr, run.summary, JSON.stringify(run.outputs)].join('\n');
      expect(everything).not.toContain(ACTIONS_TOKEN);
    }
    for (const comment of scenario.github.comments) expect(comment.body).not.toContain(ACTIONS_TOKEN);
    // The runner masks what `add-mask` names; the action asks for its token to be masked.
    expect(runs[0]!.stdout).toContain(`::add-mask::${ACTIONS_TOKEN}`);
  });
});

describe('commit statuses and the refresh of open pull requests', () => {
  it('sets readiness/<gate> on the head commit, and an issues event turns it green', async () => {
    const run = await scenario.pullRequest({ inputs: { status: 'true' } });
    expect(run.code).toBe(1);
    expect(scenario.github.statuses).toEqual([
      expect.objectContaining({
        sha: HEAD_SHA,
        state: 'failure',
        context: 'readiness/merge',
        target_url: expect.stringContaining('/actions/runs/4242'),
      }),
    ]);

    scenario.close(12);
    const payload = webhookPayload('issues', 'reopened') as { action: string; issue: { number: number; state: string } };
    payload.action = 'closed';
    payload.issue.number = 12;
    payload.issue.state = 'closed';
    const refresh = await scenario.run({ event: 'issues', payload, inputs: { status: 'true' } });
    expect(refresh.code).toBe(0);
    expect(scenario.github.statuses.filter((s) => s.sha === HEAD_SHA).at(-1)).toMatchObject({ state: 'success', context: 'readiness/merge' });
    // The existing comment was refreshed to ready, and no new one was added.
    expect(scenario.botComments()).toHaveLength(1);
    expect(scenario.botComments()[0]!.body).toContain('gate is ready');
    expect(refresh.summary).toContain(`| #${PR_NUMBER} | ✅ ready | updated |`);
  });

  it('an issues event for an issue no manifest links leaves pull requests alone', async () => {
    const payload = webhookPayload('issues', 'reopened') as { issue: { number: number } };
    payload.issue.number = 777;
    const run = await scenario.run({ event: 'issues', payload, inputs: { status: 'true' } });
    expect(run.code).toBe(1);
    expect(scenario.github.statuses.filter((s) => s.sha === HEAD_SHA)).toEqual([]);
    expect(scenario.github.comments).toHaveLength(0);
  });

  it('a scheduled run refreshes statuses of every open pull request', async () => {
    scenario.repo().pulls.set(7, { number: 7, headSha: 'a'.repeat(40), baseSha: MAIN_SHA, files: [] });
    scenario.issue({ number: 7, kind: 'pull', title: 'Another change', state: 'OPEN' });
    const run = await scenario.run({ event: 'schedule', payload: { schedule: '0 6 * * *' }, inputs: { status: 'true', comment: 'never' } });
    expect(run.code).toBe(1);
    expect(scenario.github.statuses.map((s) => [s.sha, s.state])).toEqual([
      [HEAD_SHA, 'failure'],
      ['a'.repeat(40), 'failure'],
      [MAIN_SHA, 'failure'],
    ]);
  });

  it('a read-only token cannot set the status: one warning naming statuses: write', async () => {
    scenario.github.tokens.get(ACTIONS_TOKEN)!.canWrite = false;
    const run = await scenario.pullRequest({ inputs: { status: 'true', comment: 'never' } });
    expect(run.code).toBe(1);
    expect(run.annotations.filter((a) => a.level === 'warning' && a.message.includes('statuses: write'))).toHaveLength(1);
  });
});

describe('other events', () => {
  const events: [string, () => Record<string, unknown>][] = [
    ['push', () => webhookPayload('push')],
    ['release', () => webhookPayload('release', 'published')],
    ['workflow_dispatch', () => webhookPayload('workflow_dispatch')],
    ['schedule', () => ({ schedule: '0 6 * * *' })],
  ];

  it.each(events)('%s evaluates the manifest at GITHUB_SHA without commenting', async (event, payload) => {
    const run = await scenario.run({ event, payload: payload() });
    expect(run.code).toBe(1);
    expect(run.outputs['incomplete-phases']).toBe('P0');
    expect(scenario.github.comments).toHaveLength(0);
    const contents = scenario.github.requests.filter((r) => r.path.includes('/contents/')).map((r) => r.query.get('ref'));
    expect(contents.at(-1)).toBe(MAIN_SHA);
  });

  it('merge_group evaluates the group with the base manifest and sets the status on its head', async () => {
    const payload = webhookPayload('merge_group') as { merge_group: { head_sha: string; base_sha: string } };
    const headSha = payload.merge_group.head_sha;
    scenario.manifest(PLAN, payload.merge_group.base_sha);
    scenario.close(12);
    const run = await scenario.run({ event: 'merge_group', payload, sha: headSha, inputs: { status: 'true' } });
    expect(run.code).toBe(0);
    expect(scenario.github.comments).toHaveLength(0);
    expect(scenario.github.statuses).toEqual([expect.objectContaining({ sha: headSha, state: 'success', context: 'readiness/merge' })]);
  });

  it('works against GitHub Enterprise Server URLs (/api/v3 and /api/graphql)', async () => {
    const run = await scenario.pullRequest({ enterprise: true });
    expect(run.code).toBe(1);
    expect(run.outputs['incomplete-phases']).toBe('P0');
    expect(scenario.botComments()).toHaveLength(1);
    const paths = scenario.github.requests.map((r) => r.path);
    expect(paths.every((p) => p.startsWith('/api/v3/') || p === '/api/graphql')).toBe(true);
    expect(paths).toContain('/api/graphql');
  });
});

describe('scale', () => {
  it('resolves 1,000 links across several repositories in at most 15 GraphQL requests', async () => {
    const repositories = ['acme/api', 'acme/web', 'acme/infra', 'partner/sdk'];
    const tasks: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const repository = repositories[i % repositories.length]!;
      const number = 100 + Math.floor(i / repositories.length);
      scenario.issue({ number, kind: 'issue', title: `Issue ${number}`, state: 'CLOSED', stateReason: 'COMPLETED' }, repository);
      tasks.push(`      - { id: T${i}, title: "Task ${i}", links: ["${repository}#${number}"] }`);
    }
    // One missing issue must not cost the others their answers.
    tasks.push('      - { id: T-missing, title: "Missing", links: ["acme/api#99999"] }');
    scenario.manifest(`version: 1\nphases:\n  - id: P0\n    name: Big\n    blocking: true\n    tasks:\n${tasks.join('\n')}\n`, 'b'.repeat(40));
    // Real time: nothing here should wait, and the emulator's validation of ten 100-link
    // queries must not race the shortened per-request limit of accelerated tests.
    const run = await scenario.run({ event: 'push', payload: webhookPayload('push'), sha: 'b'.repeat(40), env: { READINESS_GATE_TIME_SCALE: '1' } });
    const report = JSON.parse(run.outputs.report!);
    expect(report.counts).toMatchObject({ items: 1001, satisfied: 1000 });
    expect(report.incompletePhases).toEqual(['P0']);
    const linkQueries = scenario.github.graphqlRequests().filter((r) => r.body.includes('ReadinessLinks'));
    expect(linkQueries.length).toBeGreaterThan(0);
    expect(linkQueries.length).toBeLessThanOrEqual(15);
    expect(scenario.github.graphqlRequests().length).toBeLessThanOrEqual(15);
  });
});

describe('the emulator itself', () => {
  it('records a query GitHub would reject, so such a query fails these tests', async () => {
    const response = await fetch(scenario.github.graphqlUrl, {
      method: 'POST',
      headers: { authorization: `token ${ACTIONS_TOKEN}` },
      body: JSON.stringify({ query: `query { repository(owner: "a", name: "b") { issue(number: 1) { stateReson } } }` }),
    });
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toContain('Cannot query field "stateReson" on type "Issue"');
    expect(scenario.github.rejectedQueries).toHaveLength(1);
    scenario.github.rejectedQueries.length = 0;
  });

  it('answers partial data with a NOT_FOUND error for a missing issue, as GitHub does', async () => {
    const response = await fetch(scenario.github.graphqlUrl, {
      method: 'POST',
      headers: { authorization: `token ${ACTIONS_TOKEN}` },
      body: JSON.stringify({
        query: `query { repository(owner: "${REPOSITORY.split('/')[0]}", name: "${REPOSITORY.split('/')[1]}") { a: issue(number: 12) { title } b: issue(number: 404) { title } } }`,
      }),
    });
    expect(await response.json()).toEqual({
      data: { repository: { a: { title: 'Default secrets in base.py' }, b: null } },
      errors: [
        {
          type: 'NOT_FOUND',
          path: ['repository', 'b'],
          locations: [expect.any(Object)],
          message: 'Could not resolve to an Issue with the number of 404.',
        },
      ],
    });
  });
});
