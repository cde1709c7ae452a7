/**
 * What a maintainer reads on the built bundle: the not-ready comment (headline first, then
 * the blockers and only those, everything else folded), the ready comment (a few lines),
 * what changed since the last run, a release's headline, and the annotations of an invalid
 * manifest.
 */
import { describe, expect, it } from 'vitest';
import { webhookPayload } from '../support/action.js';
import { BASE_SHA, lineOf, MAIN_SHA, MANIFEST_PATH, PR_NUMBER, REPOSITORY, scenarioPerTest, type Scenario } from '../support/scenario.js';

let scenario: Scenario;
scenarioPerTest((fresh) => (scenario = fresh));

const PLAN = `version: 1
title: Hello-World readiness
phases:
  - id: P0
    name: Critical security
    blocking: true
    owner: "@acme/security"
    tasks:
      - { id: P0.1, title: Remove default secrets, status: done }
  - id: P1
    name: Resilience
    blocking: true
    owner: backend
    due: 2020-03-01
    tasks:
      - id: P1.1
        title: Circuit breaker
        owner: "@bob"
        due: 2020-02-01
        links: ["#12"]
      - { id: P1.2, title: Chaos test, status: todo }
      - { id: P1.3, title: Load test, status: done }
      - id: P1.4
        title: Failover drill
        status: todo
        waiver: { reason: "managed database, see ADR-7", approved-by: "@cto", expires: 2099-01-01 }
  - id: P2
    name: Observability
    tasks:
      - { id: P2.1, title: Dashboards, status: todo }
`;

/** Characters that do not show but travel with a copy. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;

function codeOf(markdown: string): string[] {
  const blocks = markdown.match(/```[\s\S]*?```/g) ?? [];
  const spans = markdown.replace(/```[\s\S]*?```/g, '').match(/`[^`\n]+`/g) ?? [];
  return [...blocks, ...spans];
}

/** The lines of the comment as a reader sees them: without the hidden markers. */
function visibleLines(body: string): string[] {
  return body.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('<!--'));
}

describe('the pull-request comment', () => {
  it('not ready: headline first, then exactly the blockers with owner and due, the rest folded', async () => {
    scenario.manifest(PLAN, BASE_SHA);
    const run = await scenario.pullRequest();
    expect(run.code).toBe(1);
    const body = scenario.botComments()[0]!.body;
    const lines = visibleLines(body);
    expect(lines[0]).toBe(`### ❌ Hello-World readiness: \`merge\` gate is not ready for #${PR_NUMBER} — 1 of 2 phases incomplete`);
    // The completion output, in the first lines.
    expect(run.outputs.completion).toBe('60');
    expect(lines[1]).toBe('**60%** complete `██████░░░░` 3/5 items · ⏰ 1 overdue');

    const all = body.split('\n');
    const start = all.findIndex((line) => line.startsWith('|'));
    const end = all.findIndex((line, i) => i > start && !line.startsWith('|'));
    const rows = all.slice(start + 2, end);
    expect(rows.map((row) => /`(P\d\.\d)`/.exec(row)?.[1])).toEqual(['P1.1', 'P1.2']);
    expect(rows[0]).toMatch(
      /^\| ⬜ todo \| `P1\.1` Circuit breaker \| \[@bob\]\(https:\/\/github\.com\/bob\) \| 2020-02-01 · \*\*⏰ \d+ days late\*\* \|/,
    );
    expect(rows[0]).toContain(`🟡 [#12 Default secrets in base.py](https://github.com/${REPOSITORY}/issues/12)`);
    expect(rows[0]).toContain('#\u200b12 is open: finish it and close it, or move its due date');
    // The phase's owner and due date stand in, marked.
    expect(rows[1]).toMatch(
      /^\| ⬜ todo \| `P1\.2` Chaos test \| backend _\(phase\)_ \| 2020-03-01 · \*\*⏰ \d+ days late\*\* _\(phase\)_ \| not started/,
    );

    // Complete phases, waivers and phases outside the gate only inside <details>.
    const [above, folded] = body.split('<details>') as [string, string];
    const before = visibleLines(above).join('\n');
    expect(before).not.toContain('P0');
    expect(before).not.toContain('P1.4');
    expect(before).not.toContain('P2');
    expect(folded).toContain('| `P0` | Critical security | ✅ complete |');
    expect(folded).toContain('`P1.4` “managed database, see ADR-7”, approved by [@cto](https://github.com/cto), until 2099-01-01');
    expect(folded).toContain('| `P2` | Observability | ➖ not in gate |');
    // The footer links the incomplete phase's lines at the commit evaluated, and the run.
    const from = lineOf(PLAN, 'id: P1');
    const to = lineOf(PLAN, 'id: P2') - 1;
    expect(body).toContain(
      `[\`${MANIFEST_PATH}\` lines ${from}–${to}](https://github.com/${REPOSITORY}/blob/${BASE_SHA}/${MANIFEST_PATH}#L${from}-L${to}) at \`${BASE_SHA.slice(0, 7)}\``,
    );
    expect(body).toContain(`[the run](https://github.com/${REPOSITORY}/actions/runs/4242)`);
    for (const code of [...codeOf(body), ...codeOf(run.summary)]) expect(code).not.toMatch(INVISIBLE);
  });

  it('says what changed since the last run once an issue closes, and turns into a few lines when ready', async () => {
    scenario.manifest(PLAN.replace('      - { id: P1.2, title: Chaos test, status: todo }\n', ''), BASE_SHA);
    expect((await scenario.pullRequest()).code).toBe(1);
    scenario.close(12);
    const ready = await scenario.pullRequest();
    expect(ready.code).toBe(0);
    const body = scenario.botComments()[0]!.body;
    const lines = visibleLines(body);
    expect(lines.length).toBeLessThanOrEqual(6);
    expect(body.split('\n').filter((line) => line.trim() !== '').length).toBeLessThanOrEqual(8);
    expect(lines[0]).toBe(`### ✅ Hello-World readiness: \`merge\` gate is ready for #${PR_NUMBER} — all 2 phases complete`);
    expect(body).not.toMatch(/^\|/m);
    expect(body).toContain(
      '🛡️ **Waiver in effect:** `P1.4` “managed database, see ADR-7”, approved by [@cto](https://github.com/cto), until 2099-01-01',
    );
    expect(body).toContain('**Since the last run:** `P1` ✅ complete (was ❌ incomplete) · `P1.1` ✅ done (was ⬜ todo)');

    // A re-run changes nothing: the comment keeps what changed, and is not written again.
    const writes = scenario.github.requests.filter((r) => r.method === 'PATCH').length;
    expect((await scenario.pullRequest()).code).toBe(0);
    expect(scenario.github.requests.filter((r) => r.method === 'PATCH').length).toBe(writes);
    expect(scenario.botComments()[0]!.body).toBe(body);
  });

  it('ignores states in the marker that it did not write: malformed or foreign data is no history', async () => {
    scenario.manifest(PLAN, BASE_SHA);
    expect((await scenario.pullRequest()).code).toBe(1);
    const comment = scenario.github.comments.find((c) => c.author === 'github-actions[bot]')!;
    for (const forged of [
      '<!-- readiness-gate:since 1 now=p:P1=c;i:P1.1=d,P1.2=<script> -->',
      '<!-- readiness-gate:since 1 now=p:P1=z;i: -->',
      '<!-- readiness-gate:since 9 now=p:P1=c;i:P1.1=d -->',
    ]) {
      comment.body = comment.body.replace(/^<!-- readiness-gate:since .*-->$/m, forged);
      expect((await scenario.pullRequest()).code).toBe(1);
      expect(scenario.botComments()[0]!.body).not.toContain('Since the last run');
      expect(scenario.botComments()[0]!.body).not.toContain('<script>');
    }
  });
});

describe('a release run', () => {
  it('names the tag and the short commit in its headline', async () => {
    scenario.manifest(PLAN, MAIN_SHA);
    const payload = webhookPayload('release', 'published') as { release: { tag_name: string } };
    const run = await scenario.run({ event: 'release', payload, inputs: { gate: 'release' } });
    expect(run.code).toBe(1);
    expect(run.summary.split('\n')[0]).toBe(
      `### ❌ Hello-World readiness: \`release\` gate is not ready for \`${payload.release.tag_name}\` at \`${MAIN_SHA.slice(0, 7)}\` — 1 of 2 phases incomplete`,
    );
  });
});

describe('an invalid manifest with 14 problems', () => {
  it('gives at most 10 error annotations, sorted, each problem once; the summary lists all 14 with links to their lines', async () => {
    const tasks = Array.from({ length: 13 }, (_, i) => `      - { id: T${i}, title: Task ${i}, status: dne${i} }`);
    const broken = `version: 1\nphases:\n  - id: P0\n    name: All\n    blocking: true\n    tasks:\n${tasks.join('\n')}\n      - id: T13\n        titel: Misspelt\n        owner: alice\n`;
    scenario.manifest(broken, BASE_SHA);
    const run = await scenario.pullRequest();
    expect(run.code).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(10);
    const lines = errors.slice(0, 9).map((a) => a.line!);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(new Set(errors.map((a) => `${a.line}:${a.message}`)).size).toBe(10);
    expect(errors[9]!.message).toBe(`and 5 more problems in ${MANIFEST_PATH}: the job summary lists them`);

    const listed = run.summary.split('\n').filter((line) => line.startsWith('- '));
    expect(listed).toHaveLength(14);
    for (const line of listed)
      expect(line).toMatch(new RegExp(`^- \\[\`${MANIFEST_PATH}:\\d+:\\d+\`\\]\\(https://github\\.com/${REPOSITORY}/blob/${BASE_SHA}/`));
    // The misspelt key is one problem, with its 'did you mean'.
    const misspelt = listed.filter((line) => line.includes(`:${lineOf(broken, 'titel')}:`));
    expect(misspelt).toHaveLength(1);
    expect(misspelt[0]).toContain("did you mean 'title'");
    for (const code of codeOf(run.summary)) expect(code).not.toMatch(INVISIBLE);
  });
});
