import { describe, expect, it } from 'vitest';
import { importMarkdown } from '../../src/core/import/importer.js';
import { LinkStates, type LinkStatus } from '../../src/core/links/links.js';
import { milestoneKey, type MilestoneLookup } from '../../src/core/links/milestones.js';
import { readMilestones } from '../../src/github/milestones.js';
import { parseManifest } from '../../src/core/manifest/manifest.js';
import { ConfigError } from '../../src/core/shared/errors.js';
import { evaluate } from '../../src/core/verdict/evaluate.js';
import { renderTrackingDocument } from '../../src/core/views/render-document.js';
import { renderTextReport } from '../../src/core/views/render-text.js';

const repository = { owner: 'acme', repo: 'api' };
const MANIFEST = `version: 1
phases:
  - id: beta
    name: Beta scope
    blocking: true
    milestone: "v2.0 beta"
`;
const manifest = parseManifest(MANIFEST, 'readiness.yml');

const issue = (number: number, state: LinkStatus['state']) => ({
  target: { ...repository, number },
  status: { kind: 'issue' as const, state, title: `Issue ${number}`, url: `https://github.com/acme/api/issues/${number}` },
});

function judged(lookup: MilestoneLookup, today = '2026-12-01') {
  return evaluate(manifest, {
    gate: 'merge',
    today,
    repository,
    links: new LinkStates(),
    milestones: new Map([[milestoneKey('v2.0 beta'), lookup]]),
  });
}

const found = (items: ReturnType<typeof issue>[], extra: Partial<Extract<MilestoneLookup, { found: true }>> = {}): MilestoneLookup => ({
  found: true,
  number: 3,
  title: 'v2.0 beta',
  url: 'https://github.com/acme/api/milestone/3',
  state: 'open',
  due: '2026-12-20',
  items,
  total: items.length,
  ...extra,
});

describe('a milestone phase in the verdict', () => {
  it('takes the milestone due date, leaves dropped items out of the figure, and is complete once the rest is done', () => {
    const report = judged(found([issue(1, 'completed'), issue(2, 'not_planned'), issue(3, 'duplicate')]));
    expect(report.ready).toBe(true);
    expect(report.completion).toBe(100);
    expect(report.counts).toMatchObject({ items: 1, satisfied: 1, dropped: 2 });
    expect(report.phases[0]).toMatchObject({ due: '2026-12-20', milestone: { total: 1, closed: 1 } });
  });

  it('is overdue past the milestone date, and incomplete when empty, cut short or unread', () => {
    expect(judged(found([issue(1, 'open')]), '2026-12-21').phases[0]!.overdue).toBe(true);
    expect(judged(found([])).phases[0]).toMatchObject({ complete: false, empty: true });
    const cut = judged(found([issue(1, 'completed')], { total: 150 }));
    expect(cut.ready).toBe(false);
    expect(cut.caveats).toEqual([
      "GitHub listed 1 of the 150 issues and pull requests of milestone 'v2.0 beta', so it counts as incomplete: phase beta is not complete",
    ]);
    expect(judged({ found: false, missing: false, detail: 'timed out' }).ready).toBe(false);
  });

  it('is unverified and incomplete offline, and a missing milestone is an error at its line', () => {
    const offline = evaluate(manifest, { gate: 'merge', today: '2026-12-01', links: 'offline' });
    expect(offline.ready).toBe(false);
    expect(offline.phases[0]!.milestone).toMatchObject({ state: 'unverified' });
    expect(() => judged({ found: false, missing: true })).toThrow(ConfigError);
    try {
      judged({ found: false, missing: true });
    } catch (error) {
      expect((error as ConfigError).problems[0]).toMatchObject({ line: 6, column: 16 });
    }
  });

  it('rejects a milestone that is neither a title nor a positive number', () => {
    expect(() => parseManifest(MANIFEST.replace('"v2.0 beta"', '0'), 'readiness.yml')).toThrow(ConfigError);
    expect(() => parseManifest(MANIFEST.replace('"v2.0 beta"', '""'), 'readiness.yml')).toThrow(ConfigError);
    expect(parseManifest(MANIFEST.replace('"v2.0 beta"', '3'), 'readiness.yml').data.phases[0]!.milestone).toBe(3);
  });
});

describe('the views of a milestone', () => {
  const report = judged(found([issue(1, 'completed'), issue(2, 'open'), issue(4, 'not_planned')]));

  it('show it with its progress in the terminal and the tracking document', () => {
    expect(renderTextReport(report)).toContain(
      "milestone 'v2.0 beta': 1 of 2 closed, due 2026-12-20 · dropped: #4 (https://github.com/acme/api/milestone/3)",
    );
    expect(renderTrackingDocument(report, { source: 'readiness.yml' })).toContain(
      'Milestone: [v2.0 beta](https://github.com/acme/api/milestone/3): 1 of 2 closed, due 2026-12-20 · dropped: [#4](https://github.com/acme/api/issues/4)',
    );
  });

  it('name the milestone beside each of its open items among the blockers, in the terminal as in Markdown', () => {
    expect(renderTextReport(report)).toContain('⬜ todo · milestone v2.0 beta: #2 Issue 2');
  });

  it('never link a page GitHub did not give as a milestone page', () => {
    const hostile = judged(found([issue(1, 'completed')], { url: 'javascript:alert(1)', title: '<b>@everyone</b>' }));
    const document = renderTrackingDocument(hostile, { source: 'readiness.yml' });
    expect(document).not.toContain('javascript:');
    expect(document).not.toContain('<b>');
  });
});

describe('import', () => {
  it('carries a "Milestone:" line of a section into its phase, by title or number', () => {
    const markdown = '# Plan\n\n## Beta\n\nMilestone: v2.0 beta\n\n- [ ] Write the docs\n\n## GA\n\nMilestone: #7\n\n- [x] Ship\n';
    const { yaml, manifest: imported } = importMarkdown(markdown, 'plan.md');
    expect(imported.phases.map((phase) => phase.milestone)).toEqual(['v2.0 beta', 7]);
    expect(yaml).toContain("    milestone: v2.0 beta # from 'Milestone:' in the document");
    expect(parseManifest(yaml, 'readiness.yml').data).toEqual(imported);
  });
});

describe('milestone items with sub-issues', () => {
  // GitHub's summary counts a sub-issue closed as not planned among those not completed;
  // only the listing tells it from an open one, as for a linked issue.
  const epic = {
    number: 101,
    __typename: 'Issue',
    issueState: 'CLOSED',
    stateReason: 'COMPLETED',
    title: 'Epic',
    url: 'u',
    subIssuesSummary: { total: 1, completed: 0 },
  };
  const connection = (nodes: unknown[]) => ({ totalCount: nodes.length, pageInfo: { hasNextPage: false, endCursor: null }, nodes });
  const client = (subIssueState: string) => ({
    graphql: async (query: string) =>
      query.startsWith('query ReadinessSubIssues')
        ? { data: { s0: { issue: { subIssues: { pageInfo: { hasNextPage: false }, nodes: [{ state: subIssueState }] } } } }, errors: [] }
        : {
            data: {
              repository: {
                m0: { number: 3, title: 'beta', url: 'u', state: 'OPEN', dueOn: null, issues: connection([epic]), pullRequests: connection([]) },
              },
            },
            errors: [],
          },
  });

  it('count only the sub-issues still open', async () => {
    const itemOf = async (state: string) => {
      const found = (await readMilestones(client(state) as never, repository, [3], { warn: () => {} })).get(milestoneKey(3));
      return found && 'items' in found ? found.items[0]!.status : undefined;
    };
    expect((await itemOf('CLOSED'))?.subIssues).toMatchObject({ total: 1, open: 0 });
    expect((await itemOf('OPEN'))?.subIssues).toMatchObject({ total: 1, open: 1 });
  });
});
