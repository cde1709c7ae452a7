import { describe, expect, it } from 'vitest';
import { BASE_SHA, PLAN, PR_NUMBER, REPOSITORY, scenarioPerTest, type Scenario } from '../support/scenario.js';

let scenario: Scenario;
scenarioPerTest((fresh) => (scenario = fresh));

describe('what the action shows while it runs', () => {
  it('writes debug lines for the manifest commit and each link, and the text report in a collapsed group', async () => {
    const run = await scenario.pullRequest({ env: { RUNNER_DEBUG: '1' } });
    expect(run.code).toBe(1);
    const lines = run.stdout.split(/\r?\n/);
    expect(lines).toContain(`::debug::manifest .github/readiness.yml read at commit ${BASE_SHA}`);
    expect(lines).toContain(`::debug::link #12 of P0.1 → ${REPOSITORY}#12: issue open, shown as 'open'`);
    // One manifest read and the comment listings; one query for links, one for the identity and closing references.
    expect(lines.filter((line) => line.startsWith('::debug::GitHub requests: '))).toEqual([
      expect.stringMatching(/^::debug::GitHub requests: [1-9]\d* REST reads, 1 REST writes, [1-9]\d* GraphQL queries$/),
    ]);
    const start = lines.findIndex((line) => line === "::group::Readiness report: gate 'merge' is not ready");
    const end = lines.indexOf('::endgroup::');
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    const group = lines.slice(start, end).join('\n');
    expect(group).toContain("❌ not ready Hello-World readiness — gate 'merge' — 1 phase incomplete");
    expect(group).toContain('⚠️ drift · P0.1 Remove default secrets');
    // Text from the manifest cannot issue workflow commands from inside the group.
    expect(lines[start + 1]).toMatch(/^::stop-commands::[0-9a-f-]{36}$/);
    expect(lines[end - 1]).toBe(`::${lines[start + 1]!.slice('::stop-commands::'.length)}::`);
  });

  it('writes no line per link when the runner does not show debug lines', async () => {
    const run = await scenario.pullRequest();
    expect(run.code).toBe(1);
    const lines = run.stdout.split(/\r?\n/);
    expect(lines.filter((line) => line.startsWith('::debug::link '))).toEqual([]);
    expect(lines).toContain("::group::Readiness report: gate 'merge' is not ready");
  });

  it('links issues in the comment and the summary, with their titles, and says when this PR completes a task', async () => {
    scenario.manifest(
      PLAN.replace('links: ["#12"]', `links: ["#12", "https://github.com/${REPOSITORY}/pull/${PR_NUMBER}"]`).replace(
        '        title: Rate-limit the login endpoint\n        status: done',
        `        title: Rate-limit the login endpoint\n        links: ["#${PR_NUMBER}"]\n        notes: "Limits from the load test <b>@ops</b>"`,
      ),
      BASE_SHA,
    );
    const run = await scenario.pullRequest();
    const [comment] = scenario.botComments();
    for (const body of [comment!.body, run.summary]) {
      // Short references into the repository, each with its state's symbol and the title.
      expect(body).toContain(`🟡 [#12 Default secrets in base.py](https://github.com/${REPOSITORY}/issues/12)`);
      expect(body).toContain(`🟣 [#${PR_NUMBER} Update the README](https://github.com/${REPOSITORY}/pull/${PR_NUMBER})`);
      expect(body).toContain('this PR completes P0.2');
    }
    expect(run.summary).toContain('| Limits from the load test &lt;b&gt;@\u200bops&lt;/b&gt; |');
    expect(comment!.body).not.toMatch(/`[^`]*#12`/);
  });
});
