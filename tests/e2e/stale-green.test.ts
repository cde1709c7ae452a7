/**
 * No green outlives its grounds: once the plan a verdict stood on cannot be read, the
 * pull request's status turns to `error`, its comment says the gate could not be checked
 * and why, and the step fails — on the pull request's own run and on every refresh.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { BASE_SHA, HEAD_SHA, lineOf, PLAN, PR_NUMBER, scenarioPerTest, type Scenario } from '../support/scenario.js';

let scenario: Scenario;
scenarioPerTest((s) => (scenario = s));

/** A manifest that YAML reads but the contract refuses: a status nobody knows. */
const BROKEN = PLAN.replace('        status: done\n        links: ["#12"]', '        status: dne\n        links: ["#12"]');

const headStatuses = () => scenario.github.statuses.filter((s) => s.sha === HEAD_SHA);
const onlyComment = () => {
  const comments = scenario.botComments();
  expect(comments).toHaveLength(1);
  return comments[0]!.body;
};

/** Not ready (comment created), then ready (comment and status green). */
async function greenPullRequest(): Promise<void> {
  expect((await scenario.pullRequest({ inputs: { status: 'true' } })).code).toBe(1);
  scenario.close(12);
  const green = await scenario.pullRequest({ inputs: { status: 'true' } });
  expect(green.code).toBe(0);
  expect(headStatuses().at(-1)).toMatchObject({ state: 'success', description: '✅ ready · 100% complete (2/2 items)' });
  expect(onlyComment()).toContain('gate is ready');
}

describe('a green whose grounds are gone', () => {
  beforeEach(async () => {
    await greenPullRequest();
    scenario.manifest(BROKEN, BASE_SHA);
  });

  it("the pull request's own run: status error, comment rewritten, step failed; fixed, green again", async () => {
    const rerun = await scenario.pullRequest({ inputs: { status: 'true' } });
    expect(rerun.code).toBe(1);
    expect(headStatuses().at(-1)).toMatchObject({ state: 'error', context: 'readiness/merge' });
    expect(headStatuses().at(-1)!.description).toMatch(
      new RegExp(`^⚠️ could not evaluate: \\.github/readiness\\.yml:${lineOf(BROKEN, 'dne')}:17 unknown status 'dne'`),
    );
    const comment = onlyComment();
    expect(comment).toContain('could not check gate `merge`');
    expect(comment).toContain("unknown status 'dne'");
    expect(comment).not.toContain('gate is ready');
    expect(rerun.summary).toContain('could not check gate `merge`');

    scenario.manifest(PLAN, BASE_SHA);
    const fixed = await scenario.pullRequest({ inputs: { status: 'true' } });
    expect(fixed.code).toBe(0);
    expect(headStatuses().at(-1)).toMatchObject({ state: 'success' });
    expect(onlyComment()).toContain('gate is ready');
  });

  it('a scheduled refresh: status error, comment rewritten, step failed, the summary names the pull request', async () => {
    const refresh = await scenario.run({ event: 'schedule', payload: { schedule: '0 6 * * *' }, inputs: { status: 'true' } });
    expect(refresh.code).toBe(1);
    expect(headStatuses().at(-1)).toMatchObject({ state: 'error' });
    expect(onlyComment()).toContain("unknown status 'dne'");
    expect(refresh.summary).toContain(`| #${PR_NUMBER} | ⚠️ could not evaluate:`);
    expect(refresh.annotations.some((a) => a.level === 'error' && a.message.includes(`#${PR_NUMBER}`))).toBe(true);

    // Nothing changed: the next refresh writes nothing again, and still fails.
    const writes = scenario.github.statuses.length;
    const again = await scenario.run({ event: 'schedule', payload: { schedule: '0 6 * * *' }, inputs: { status: 'true' } });
    expect(again.code).toBe(1);
    expect(scenario.github.statuses.length).toBe(writes + 0);

    // Fixed on the base: the next refresh turns status and comment green again.
    scenario.manifest(PLAN, BASE_SHA);
    const fixed = await scenario.run({ event: 'schedule', payload: { schedule: '0 6 * * *' }, inputs: { status: 'true' } });
    expect(fixed.code).toBe(0);
    expect(headStatuses().at(-1)).toMatchObject({ state: 'success' });
    expect(onlyComment()).toContain('gate is ready');
  });
});
