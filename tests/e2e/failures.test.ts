/**
 * A report on every run: when the action fails (an invalid or missing manifest, an API
 * error), the job summary still names the error and the outputs still say not ready; on a
 * refresh, one pull request that cannot be refreshed is a line of the summary, not the end
 * of the others.
 */
import { describe, expect, it } from 'vitest';
import type { ActionRun } from '../support/action.js';
import type { Scenario } from '../support/scenario.js';
import { BASE_SHA, HEAD_SHA, lineOf, MAIN_SHA, MANIFEST_PATH, PLAN, PR_NUMBER, REPOSITORY, scenarioPerTest } from '../support/scenario.js';

let scenario: Scenario;
scenarioPerTest((fresh) => (scenario = fresh));

/** The outputs a failed run must still set: never ready, and the error in the report. */
function expectFailureOutputs(run: ActionRun, error: RegExp, gate = 'merge'): void {
  expect(run.outputs).toMatchObject({ ready: 'false', 'incomplete-phases': '', completion: '0' });
  const report = JSON.parse(run.outputs.report!) as Record<string, unknown>;
  expect(report).toMatchObject({ ready: false, gate, incompletePhases: [], completion: 0 });
  expect(report.error).toMatch(error);
}

/** No stack trace anywhere a maintainer reads. */
function expectNoStackTrace(run: ActionRun): void {
  for (const text of [run.stdout, run.stderr, run.summary]) expect(text).not.toMatch(/\n\s+at .*\.js:\d+/);
}

describe('a failed run still reports', () => {
  it('an invalid manifest: annotations on its lines, a summary listing the problems, outputs, exit 1', async () => {
    const broken = PLAN.replace('status: todo', 'status: dne').replace('name: Observability', 'name: Observability\n    blocking: maybe');
    scenario.manifest(broken, BASE_SHA);
    const run = await scenario.pullRequest();

    expect(run.code).toBe(1);
    const statusLine = lineOf(broken, 'status: dne');
    const blockingLine = lineOf(broken, 'blocking: maybe');
    expect(run.annotations).toContainEqual({
      level: 'error',
      file: MANIFEST_PATH,
      line: statusLine,
      col: 17,
      title: 'readiness-gate configuration',
      message: "unknown status 'dne' — expected todo, in-progress, blocked or done (did you mean 'done'?)",
    });
    expect(run.summary).toContain('### ⚠️ readiness-gate could not check gate `merge`');
    // Each problem links to its line of the manifest at the commit read.
    const at = (line: number) => `https://github.com/${REPOSITORY}/blob/${BASE_SHA}/${MANIFEST_PATH}#L${line}`;
    expect(run.summary).toContain(
      `- [\`${MANIFEST_PATH}:${statusLine}:17\`](${at(statusLine)}) unknown status 'dne' — expected todo, in-progress, blocked or done (did you mean 'done'?)`,
    );
    expect(run.summary).toContain(
      `- [\`${MANIFEST_PATH}:${blockingLine}:15\`](${at(blockingLine)}) 'blocking' in phase 'P1' must be true or false, not a string`,
    );
    expectFailureOutputs(run, new RegExp(`^${MANIFEST_PATH.replace(/\./g, '\\.')}:\\d+:\\d+ .+ \\(and 1 more problems\\)$`));
    expectNoStackTrace(run);
    expect(scenario.github.comments).toHaveLength(0);
  });

  it('3,000 phases requiring unknown ids: nine problems annotated, the tenth annotation counts the rest; 50 listed, a log of kilobytes', async () => {
    const phases = Array.from({ length: 3000 }, (_, i) => `  - { id: P${i}, name: Phase ${i}, blocking: true, requires: [Q${i}] }`);
    scenario.manifest(`version: 1\nphases:\n${phases.join('\n')}\n`, BASE_SHA);
    const run = await scenario.pullRequest();

    expect(run.code).toBe(1);
    // GitHub shows ten error annotations a step: nine problems in reading order, then the count of the others.
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(10);
    expect(errors.slice(0, 9).map((a) => a.line)).toEqual(Array.from({ length: 9 }, (_, i) => 3 + i));
    expect(errors.at(-1)).toMatchObject({ file: MANIFEST_PATH, message: `and 2,991 more problems in ${MANIFEST_PATH}: the job summary lists them` });
    expect(run.summary.match(/^- \[?`/gm)).toHaveLength(51);
    expect(run.summary).toContain(`- \`${MANIFEST_PATH}\` and 2,950 more problems`);
    expect(run.stdout.length + run.summary.length).toBeLessThan(100_000);
    expectFailureOutputs(run, /requires unknown phase 'Q0' .* \(and 2,999 more problems\)$/);
  });

  it('a manifest over 1 MiB: refused in one line, with its size', async () => {
    const huge = `${PLAN}${'# padding to pass the 1 MiB the contents API serves\n'.repeat(25_000)}`;
    scenario.manifest(huge, BASE_SHA);
    const run = await scenario.pullRequest();
    expect(run.code).toBe(1);
    const size = Buffer.byteLength(huge).toLocaleString('en-US');
    expect(run.summary).toContain(`- \`${MANIFEST_PATH}\` is ${size} bytes — a manifest may be at most 1 MiB (1,048,576 bytes)`);
    expectFailureOutputs(run, new RegExp(`^${MANIFEST_PATH.replace(/\./g, '\\.')} is ${size} bytes`));
  });

  it('a missing manifest: the summary says where it looked, and the outputs say not ready', async () => {
    const run = await scenario.pullRequest({ inputs: { manifest: 'ops/readiness.yml' } });
    expect(run.code).toBe(1);
    expect(run.summary).toContain('readiness-gate could not check gate `merge`');
    expect(run.summary).toContain(`\`ops/readiness.yml\` no manifest at this path in Codertocat/Hello-World at ${BASE_SHA}`);
    expectFailureOutputs(run, /^ops\/readiness\.yml no manifest at this path/);
  });

  it("an API error: one line naming GitHub's answer in the summary and the outputs, never its HTML page", async () => {
    const page = `<!DOCTYPE html>\n<html>\n<head><title>Unicorn! · GitHub</title></head>\n<body>\n<h1>No server is currently available to service your request.</h1>\n${'<p>Sorry about that.</p>\n'.repeat(200)}</body>\n</html>\n`;
    scenario.github.faults.push({ path: /\/contents\//, status: 502, times: 50, body: page });
    const run = await scenario.pullRequest();

    expect(run.code).toBe(1);
    const failed = run.annotations.filter((a) => a.level === 'error');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.message).toMatch(/^readiness-gate failed: .*Unicorn! · GitHub/);
    expect(failed[0]!.message).not.toMatch(/[<>\n]/);
    expect(run.summary).toContain('readiness-gate could not check gate `merge`');
    // Markdown's `!` is escaped in the summary.
    expect(run.summary).toMatch(/readiness-gate failed: .*Unicorn\\! · GitHub/);
    expect(run.summary).not.toContain('<');
    expectFailureOutputs(run, /^readiness-gate failed: .*Unicorn! · GitHub/);
    expect(JSON.parse(run.outputs.report!).error).not.toMatch(/[<>\n]/);
    expectNoStackTrace(run);
  });

  it('a summary that cannot be written: one warning, and the step still fails with the original error', async () => {
    const broken = PLAN.replace('status: todo', 'status: dne');
    scenario.manifest(broken, BASE_SHA);
    const run = await scenario.pullRequest({ env: { GITHUB_STEP_SUMMARY: '/nonexistent/readiness/summary.md' } });
    expect(run.code).toBe(1);
    expect(run.annotations).toContainEqual(
      expect.objectContaining({ level: 'warning', message: expect.stringMatching(/^Could not write the job summary: /) }),
    );
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([
      expect.objectContaining({
        file: MANIFEST_PATH,
        line: lineOf(broken, 'status: dne'),
        col: 17,
        message: "unknown status 'dne' — expected todo, in-progress, blocked or done (did you mean 'done'?)",
      }),
    ]);
    expect(run.outputs.ready).toBe('false');
    expectNoStackTrace(run);
  });

  it('bad input: the summary and outputs say so, naming the gate all the same', async () => {
    const run = await scenario.pullRequest({ inputs: { comment: 'sometimes', gate: 'release' } });
    expect(run.code).toBe(1);
    expect(run.summary).toContain("input 'comment' is 'sometimes' — expected auto, always, never");
    expect(run.summary).toContain('could not check gate `release`');
    expectFailureOutputs(run, /^input 'comment' is 'sometimes'/, 'release');
  });
});

describe('a refresh of open pull requests', () => {
  const STALE_BASE = 'e'.repeat(40);
  const EMPTY_BASE = 'f'.repeat(40);
  const GATED_PLAN = `${PLAN}gates:\n  v1: { phases: [P0] }\n`;

  /** Pull request #PR_NUMBER is current; #7's base predates gate v1; #8's base has no manifest; #9 is current. */
  function openPullRequests(): void {
    scenario.manifest(GATED_PLAN, BASE_SHA, MAIN_SHA);
    scenario.manifest(PLAN, STALE_BASE);
    for (const [number, baseSha] of [
      [7, STALE_BASE],
      [8, EMPTY_BASE],
      [9, BASE_SHA],
    ] as const) {
      scenario.repo().pulls.set(number, { number, headSha: String(number).repeat(40), baseSha, files: [] });
      scenario.issue({ number, kind: 'pull', title: `Change ${number}`, state: 'OPEN' });
    }
  }

  it("refreshes the others when one pull request's base lacks the gate and another's has no manifest; those two turn to error", async () => {
    openPullRequests();
    scenario.close(12);
    const run = await scenario.run({ event: 'schedule', payload: { schedule: '0 6 * * *' }, inputs: { gate: 'v1', status: 'true' } });

    // The run's own verdict, on the default branch, still happens; the step fails for the two it could not evaluate.
    expect(run.code).toBe(1);
    expect(run.outputs.ready).toBe('true');
    const statuses = new Map(scenario.github.statuses.map((s) => [s.sha, s.state]));
    expect(statuses).toEqual(
      new Map([
        [HEAD_SHA, 'success'],
        ['7'.repeat(40), 'error'],
        ['8'.repeat(40), 'error'],
        ['9'.repeat(40), 'success'],
        [MAIN_SHA, 'success'],
      ]),
    );
    expect(run.summary).toContain(`| #${PR_NUMBER} | ✅ ready |`);
    expect(run.summary).toContain('| #9 | ✅ ready |');
    expect(run.summary).toMatch(/\| #7 \| ⚠️ could not evaluate: .*unknown gate 'v1'.* \| skipped \|/);
    expect(run.summary).toMatch(/\| #8 \| ⚠️ could not evaluate: .*no manifest at this path.* \| skipped \|/);
    const warnings = run.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings).toContainEqual(expect.stringMatching(/^Pull request #7: it could not be evaluated — .*unknown gate 'v1'/));
    expect(warnings).toContainEqual(expect.stringMatching(/^Pull request #8: it could not be evaluated — .*no manifest at this path/));
    const errors = run.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors).toEqual(['Could not evaluate 2 open pull requests #7, #8: see the job summary.']);
  });

  it("refreshes the others when GitHub refuses one pull request's status", async () => {
    openPullRequests();
    scenario.github.faults.push({
      path: new RegExp(`/statuses/${'7'.repeat(40)}$`),
      status: 422,
      times: 10,
      body: { message: 'No commit found for SHA' },
    });
    scenario.manifest(GATED_PLAN, STALE_BASE);
    const run = await scenario.run({ event: 'schedule', payload: { schedule: '0 6 * * *' }, inputs: { status: 'true' } });

    expect(run.code).toBe(1);
    expect(scenario.github.statuses.map((s) => s.sha)).toEqual(expect.arrayContaining([HEAD_SHA, '9'.repeat(40), MAIN_SHA]));
    expect(run.summary).toMatch(/\| #7 \| ❌ not ready \(P0\); status not set: .*No commit found for SHA.* \|/);
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringMatching(/^Pull request #7: its status was not set — .*No commit found for SHA/),
      }),
    );
  });
});
