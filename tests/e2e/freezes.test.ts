/**
 * Freeze windows on the built bundles, with the run's clock set (READINESS_GATE_NOW): a gate
 * frozen inside a window and ready outside it, a release-only window leaving `merge` alone,
 * the override label on a pull request, manifest mistakes at their lines, a scheduled refresh
 * turning statuses at a window's edges, and `check --at` in the CLI.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBundledCli } from '../support/cli.js';
import { BASE_SHA, HEAD_SHA, lineOf, MAIN_SHA, MANIFEST_PATH, PLAN, PR_NUMBER, scenarioPerTest, type Scenario } from '../support/scenario.js';

let scenario: Scenario;
scenarioPerTest((fresh) => {
  scenario = fresh;
  // The plan itself is ready: whatever is not ready below is the freeze.
  scenario.close(12);
});

const YEAR_END = `freezes:
  - name: Year-end freeze
    from: 2026-12-18T17:00
    until: 2027-01-04T09:00
    timezone: Europe/Berlin
`;
/** Wednesday 30 December 2026, 09:00 in Berlin: inside the year-end freeze, five days before its end. */
const INSIDE = '2026-12-30T08:00:00Z';
const AFTER = '2027-01-04T08:00:00Z';

function withFreezes(freezes: string): void {
  scenario.manifest(PLAN + freezes, BASE_SHA, HEAD_SHA, MAIN_SHA);
}

const at = (now: string) => ({ env: { READINESS_GATE_NOW: now } });
const labelQueries = () => scenario.github.requests.filter((r) => r.path.endsWith('/graphql') && r.body.includes('ReadinessLabels'));
const headStatus = () => scenario.github.statuses.filter((s) => s.sha === HEAD_SHA).at(-1);

describe('a freeze window on a pull request', () => {
  it('inside the window the gate is not ready, named with its end; outside it is ready', async () => {
    withFreezes(YEAR_END);
    const frozen = await scenario.pullRequest({ inputs: { status: 'true' }, ...at(INSIDE) });
    expect(frozen.code).toBe(1);
    expect(frozen.outputs).toMatchObject({ ready: 'false', 'incomplete-phases': '', completion: '100' });
    const heading = '`merge` gate is frozen — Year-end freeze until Mon 4 Jan 09:00 CET (in 5 days)';
    expect(scenario.botComments()[0]!.body).toContain(heading);
    expect(frozen.summary).toContain(heading);
    // The plan's own state is still there, below the freeze.
    expect(frozen.summary).toContain('<details><summary>✅ <code>P0</code> Critical security — 2/2 items · complete</summary>');
    expect(headStatus()).toMatchObject({
      state: 'failure',
      description: '❄️ frozen — Year-end freeze until Mon 4 Jan 09:00 CET · 100% complete (2/2 items)',
    });
    expect(frozen.annotations).toContainEqual(
      expect.objectContaining({ level: 'error', message: expect.stringContaining("Gate 'merge' is not ready: frozen — Year-end freeze") }),
    );
    expect(JSON.parse(frozen.outputs.report!)).toMatchObject({
      frozen: true,
      freezes: [
        {
          name: 'Year-end freeze',
          state: 'open',
          until: '2027-01-04T08:00:00.000Z',
          timezone: 'Europe/Berlin',
          line: lineOf(PLAN + YEAR_END, 'Year-end'),
        },
      ],
    });
    // No window with an override label is open: the pull request's labels are not asked for.
    expect(labelQueries()).toHaveLength(0);

    const after = await scenario.pullRequest({ inputs: { status: 'true' }, ...at(AFTER) });
    expect(after.code).toBe(0);
    expect(after.outputs.ready).toBe('true');
    expect(headStatus()).toMatchObject({ state: 'success' });
    expect(scenario.botComments()[0]!.body).toContain('`merge` gate is ready');
  });

  it('a window opening within the week is mentioned, and does not hold the gate yet', async () => {
    withFreezes(YEAR_END);
    const before = await scenario.pullRequest({ inputs: { comment: 'always' }, ...at('2026-12-15T08:00:00Z') });
    expect(before.code).toBe(0);
    expect(before.summary).toContain('Year-end freeze opens Fri 18 Dec 17:00 CET (in 3 days), until Mon 4 Jan 09:00 CET');
  });

  it('a release-only window leaves merge alone', async () => {
    withFreezes(YEAR_END.replace('timezone: Europe/Berlin\n', 'timezone: Europe/Berlin\n    gates: [release]\n'));
    const merge = await scenario.pullRequest(at(INSIDE));
    expect(merge.code).toBe(0);
    expect(JSON.parse(merge.outputs.report!)).toMatchObject({ ready: true, frozen: false, freezes: [] });
    const release = await scenario.run({ event: 'workflow_dispatch', payload: {}, inputs: { gate: 'release', comment: 'never' }, ...at(INSIDE) });
    expect(release.code).toBe(1);
    expect(release.summary).toContain('`release` gate is frozen — Year-end freeze until Mon 4 Jan 09:00 CET (in 5 days)');
  });

  it('a pull request carrying the override label passes the window, and the report says since when', async () => {
    withFreezes(`${YEAR_END}    override: { label: freeze-exception }\n`);
    const held = await scenario.pullRequest(at(INSIDE));
    expect(held.code).toBe(1);
    expect(labelQueries()).toHaveLength(1);

    scenario.repo().pulls.get(PR_NUMBER)!.labels = [
      { name: 'docs', addedAt: '2026-12-01T10:00:00Z' },
      { name: 'Freeze-Exception', addedAt: '2026-12-29T09:30:00Z' },
    ];
    const passed = await scenario.pullRequest({ inputs: { comment: 'always' }, ...at(INSIDE) });
    expect(passed.code).toBe(0);
    expect(JSON.parse(passed.outputs.report!)).toMatchObject({
      ready: true,
      frozen: false,
      freezes: [{ state: 'overridden', overrideLabel: 'freeze-exception', overriddenSince: '2026-12-29T09:30:00Z' }],
    });
    expect(scenario.botComments()[0]!.body).toContain(
      'Year-end freeze is open until Mon 4 Jan 09:00 CET, but this pull request carries its label freeze-exception, there since Tue 29 Dec 10:30 CET: it passes',
    );
    // A scheduled refresh reads the labels of the open pull requests in one batched query.
    const queries = labelQueries().length;
    const refresh = await scenario.run({ event: 'schedule', payload: { schedule: '0 8 * * *' }, inputs: { status: 'true' }, ...at(INSIDE) });
    expect(refresh.stdout).not.toContain('Could not read the labels');
    expect(labelQueries()).toHaveLength(queries + 1);
    expect(headStatus()).toMatchObject({ state: 'success' });
  });

  it('a scheduled refresh turns the statuses of open pull requests when a window opens and when it closes', async () => {
    withFreezes(YEAR_END);
    const refresh = (now: string) => scenario.run({ event: 'schedule', payload: { schedule: '0 8 * * *' }, inputs: { status: 'true' }, ...at(now) });
    expect((await refresh('2026-12-18T15:00:00Z')).code).toBe(0);
    expect(headStatus()).toMatchObject({ state: 'success' });
    const opened = await refresh('2026-12-18T16:00:00Z');
    expect(opened.summary).toContain(`| #${PR_NUMBER} | ❄️ frozen — Year-end freeze until Mon 4 Jan 09:00 CET |`);
    expect(headStatus()).toMatchObject({
      state: 'failure',
      description: '❄️ frozen — Year-end freeze until Mon 4 Jan 09:00 CET · 100% complete (2/2 items)',
    });
    const writes = scenario.github.statuses.length;
    // Inside the window nothing changed: nothing is written.
    await refresh('2026-12-24T08:00:00Z');
    expect(scenario.github.statuses).toHaveLength(writes);
    await refresh(AFTER);
    expect(headStatus()).toMatchObject({ state: 'success' });
  });
});

describe('freeze window mistakes fail the run at their lines', () => {
  const cases: [string, string, string, string][] = [
    ['a bad cron', '    every: "0 14 * * 8"\n    for: 2h\n', 'every:', "bad cron '0 14 * * 8'"],
    [
      'an unknown time zone',
      '    from: 2026-12-18T17:00\n    until: 2026-12-19T09:00\n    timezone: Europe/Berln\n',
      'timezone:',
      "unknown time zone 'Europe/Berln'",
    ],
    ['until before from', '    from: 2026-12-18T17:00\n    until: 2026-12-18T09:00\n', 'until:', "'until' 2026-12-18T09:00 is not after 'from'"],
    ['a window over 90 days', '    from: 2026-01-01T00:00\n    until: 2026-06-01T00:00\n', 'until:', 'is open 151 days — at most 90'],
    [
      'a gate that does not exist',
      '    every: "0 14 * * 5"\n    for: 2h\n    gates: [relase]\n',
      'gates:',
      "names gate 'relase' (did you mean 'release'?)",
    ],
  ];
  it.each(cases)('%s', async (_, lines, key, message) => {
    const manifest = `${PLAN}freezes:\n  - name: Window\n${lines}`;
    withFreezes(manifest.slice(PLAN.length));
    const run = await scenario.pullRequest(at(INSIDE));
    expect(run.code).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toEqual([
      expect.objectContaining({ file: MANIFEST_PATH, line: lineOf(manifest, key), message: expect.stringContaining(message) }),
    ]);
  });
});

describe('readiness-gate check --at', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readiness-freezes-'));
  const file = join(dir, 'readiness.yml');
  writeFileSync(
    file,
    PLAN.replace('        links: ["#12"]\n', '') + YEAR_END.replace('timezone: Europe/Berlin\n', 'timezone: Europe/Berlin\n    gates: [release]\n'),
  );
  const check = (...args: string[]) => runBundledCli(['check', file, ...args], {});

  it('inside a window: exit 1, named with its end; outside: exit 0', async () => {
    const inside = await check('--gate', 'release', '--at', '2026-12-24T10:00');
    expect(inside.code).toBe(1);
    expect(inside.stdout).toContain("❄️ frozen — Year-end freeze until Mon 4 Jan 09:00 CET (in 11 days) Hello-World readiness — gate 'release'");
    const outside = await check('--gate', 'release', '--at', '2027-01-04T09:00');
    expect(outside.code).toBe(0);
    expect(outside.stdout).toContain("✅ ready Hello-World readiness — gate 'release'");
    // An instant: 16:00 UTC is 17:00 in Berlin, the window's first minute.
    expect((await check('--gate', 'release', '--at', '2026-12-18T16:00Z')).code).toBe(1);
    expect((await check('--gate', 'release', '--at', '2026-12-18T16:59+01:00')).code).toBe(0);
    expect((await check('--gate', 'merge', '--at', '2026-12-24T10:00')).code).toBe(0);
  });

  it('a time that is not one is a usage error', async () => {
    const bad = await check('--at', 'Christmas');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--at 'Christmas' is not a time");
  });
});
