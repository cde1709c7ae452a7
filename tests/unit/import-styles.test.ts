import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importMarkdown } from '../../src/core/import/importer.js';
import { parseManifest } from '../../src/core/manifest/manifest.js';
import { itemLine } from '../support/import-view.js';

/**
 * Documents in the styles teams really write — each written for these tests after
 * studying public examples of its kind — imported and checked exactly: phases and their
 * blocking flags, owners and dates; each task's id, status, title, owner, due date and
 * links (with their repositories).
 */
function view(file: string) {
  const markdown = readFileSync(new URL(`../fixtures/import/${file}`, import.meta.url), 'utf8');
  const { yaml, manifest } = importMarkdown(markdown, file);
  const parsed = parseManifest(yaml, 'readiness.yml');
  expect(parsed.data).toEqual(manifest);
  const phases = parsed.data.phases.map((phase) => ({
    phase: [
      phase.id,
      phase.name,
      phase.blocking ? 'blocking' : 'not blocking',
      phase.owner ? `owner ${phase.owner}` : '',
      phase.due ? `due ${phase.due}` : '',
      phase.requires.length ? `requires ${phase.requires.join(',')}` : '',
    ]
      .filter(Boolean)
      .join(' | '),
    items: [...phase.tasks, ...phase.acceptance].map(itemLine),
  }));
  return { phases, yaml };
}

describe('importing the documents teams write', () => {
  it('a launch list with 🔴 / 🟡 / 🔵 headings and ✅ / ❌ items', () => {
    const { phases } = view('emoji-tiers.md');
    expect(phases).toEqual([
      {
        phase: 'must-ship | Must ship | blocking',
        items: [
          'must-ship.1 | done | Crash-free sessions above 99.5%',
          'must-ship.2 | todo | Privacy labels filled in for both stores',
          'must-ship.3 | todo | Account deletion inside the app',
        ],
      },
      {
        phase: 'should-ship | Should ship | not blocking',
        items: ['should-ship.1 | todo | Dark mode polish'],
      },
      {
        phase: 'later | Later | not blocking',
        items: ['later.1 | todo | Tablet layouts'],
      },
    ]);
  });

  it('a launch go/no-go list: bold names before questions, "Answer:" lines and blanks to fill in', () => {
    const { phases } = view('go-no-go.md');
    expect(phases).toEqual([
      {
        phase: 'checkout-redesign-go-no-go | Checkout redesign: Go / No-Go | blocking',
        items: [
          'checkout-redesign-go-no-go.1 | done | Is alerting configured for the new payment path? | owner Priya/Tomás',
          'checkout-redesign-go-no-go.2 | todo | Can the fraud service absorb twice the usual traffic? | owner Priya/Tomás',
          'checkout-redesign-go-no-go.3 | todo | Is the support team briefed on the new refund flow? | owner Lena',
          'checkout-redesign-go-no-go.4 | todo | Any reason to hold the rollout to 5% of users? | owner Everyone',
        ],
      },
    ]);
  });

  it('real work among a table of contents, a recap, a legend, an alternative, a template and a code block', () => {
    const { phases } = view('junk-sections.md');
    expect(phases).toEqual([
      {
        phase: 'platform-readiness | Platform readiness | blocking',
        items: ['platform-readiness.1 | todo | Enable network policies', 'platform-readiness.2 | done | Encrypt volumes at rest'],
      },
    ]);
  });

  it('a milestone table with targets and a lead and due date above it', () => {
    const { phases } = view('milestone-table.md');
    expect(phases).toEqual([
      {
        phase: 'observability-rollout | Observability rollout | blocking | owner @farid | due 2026-02-27',
        items: [
          'observability-rollout.1 | done | Metrics exported by every service | due 2026-01-16 | links https://github.com/lumen-ops/platform/issues/310',
          'observability-rollout.2 | in-progress | Traces sampled at the edge | due 2026-02-06 | links lumen-ops/platform#311',
          'observability-rollout.3 | blocked | Log retention set to 30 days | due 2026-02-20 | links lumen-ops/platform#312',
        ],
      },
    ]);
  });

  it('service sections whose checklists sit under generic headings', () => {
    const { phases } = view('nested-headings.md');
    expect(phases).toEqual([
      {
        phase: 'billing-service | Billing service | blocking',
        items: ['billing-service.1 | done | Runbook written', 'billing-service.2 | todo | Alerts routed to the on-call rotation'],
      },
      {
        phase: 'search-service | Search service | blocking',
        items: [
          'search-service.1 | todo | Runbook written',
          'search-service.2 | todo | Dashboards published',
          'search-service.acc1 | todo | Survives the loss of one zone',
        ],
      },
    ]);
  });

  it('a "Task | Owner(s) or team(s) | Notes" table with links in the notes', () => {
    const { phases } = view('owners-notes.md');
    expect(phases).toEqual([
      {
        phase: '2-0-launch-tasks | 2.0 launch tasks | blocking',
        items: [
          '2-0-launch-tasks.1 | todo | Freeze the public API | owner API team | links https://github.com/orbit-dev/orbit/pull/640',
          '2-0-launch-tasks.2 | todo | Migration guide | owner @sofia | links orbit-dev/website#52',
          '2-0-launch-tasks.3 | todo | Security review | owner Security team',
        ],
      },
    ]);
  });

  it('a tracking issue with per-person "Completed:" lists that repeat an item', () => {
    const { phases } = view('per-person.md');
    expect(phases).toEqual([
      {
        phase: 'q3-docs-sprint-tracking-issue | Q3 docs sprint: tracking issue | blocking',
        items: [
          'q3-docs-sprint-tracking-issue.1 | done | Rewrite the install guide (#301) | owner @amira | links #301',
          'q3-docs-sprint-tracking-issue.2 | done | Add a troubleshooting page | owner @amira',
          'q3-docs-sprint-tracking-issue.3 | in-progress | Screenshots for the dashboard | owner @amira',
          'q3-docs-sprint-tracking-issue.4 | done | Fix broken links in the API reference (docsite/docs#12) | owner @jonas | links docsite/docs#12',
          'q3-docs-sprint-tracking-issue.5 | todo | Translate the quick start | owner @jonas',
        ],
      },
    ]);
  });

  it('a blocker list with reference-style links', () => {
    const { phases } = view('reference-links.md');
    expect(phases).toEqual([
      {
        phase: 'storage-engine-3-0-blockers | Storage engine 3.0 blockers | blocking',
        items: [
          'storage-engine-3-0-blockers.1 | done | Crash recovery replays partial pages (fix) | links https://github.com/stoneware/engine/pull/880',
          'storage-engine-3-0-blockers.2 | todo | Checksum mismatch on big-endian hosts, see the report | links https://github.com/stoneware/engine/issues/871',
          'storage-engine-3-0-blockers.3 | todo | Compaction stalls under memory pressure PR and the issue | links https://github.com/stoneware/engine/pull/903 https://github.com/stoneware/engine/issues/899',
        ],
      },
    ]);
  });

  it('a release checklist issue: task lists with inline links to other repositories, a release manager and a tentative date', () => {
    const { phases } = view('release-checklist.md');
    expect(phases).toEqual([
      {
        phase: 'before-the-freeze | Before the freeze | blocking | owner @marta-k | due 2026-12-08',
        items: [
          'before-the-freeze.1 | done | Add Helm v4 support | links https://github.com/nimbus-org/nimbus/issues/1300',
          'before-the-freeze.2 | done | Bump the Go toolchain to 1.25 (#1312) | links #1312',
          'before-the-freeze.3 | todo | Land the scheduler rewrite — #13978 | owner @devraj | links https://github.com/nimbus-org/scheduler/issues/13978',
          'before-the-freeze.4 | todo | Decide on the deprecation window for v1beta1 APIs | due 2026-11-30',
        ],
      },
      {
        phase: 'release-day | Release day | blocking | owner @marta-k | due 2026-12-08',
        items: [
          'release-day.1 | todo | Tag v4.2.0 and push the tag',
          'release-day.2 | todo | Publish images to the registry | owner @ops-team',
          'release-day.3 | todo | Announce on the mailing list, see https://github.com/nimbus-org/community/pull/88 | links https://github.com/nimbus-org/community/pull/88',
        ],
      },
    ]);
  });

  it('a per-repository status table with shortcodes, ✔️ and 🌓', () => {
    const { phases } = view('repo-status.md');
    expect(phases).toEqual([
      {
        phase: 'move-ci-to-the-new-runners | Move CI to the new runners | blocking',
        items: [
          'move-ci-to-the-new-runners.1 | done | harbor-api | owner @kwame | links https://github.com/harbor/harbor-api/pull/412',
          'move-ci-to-the-new-runners.2 | done | harbor-web | owner @lin | links https://github.com/harbor/harbor-web/pull/77',
          'move-ci-to-the-new-runners.3 | in-progress | harbor-cli | owner @lin | links harbor/harbor-cli#19',
          'move-ci-to-the-new-runners.4 | done | harbor-docs',
          'move-ci-to-the-new-runners.5 | todo | harbor-infra | owner Platform team',
          'move-ci-to-the-new-runners.6 | todo | harbor-sdk-js | owner @ana, @kwame',
        ],
      },
    ]);
  });

  it('a roadmap with version milestones and a coded phase heading', () => {
    const { phases } = view('roadmap-versions.md');
    expect(phases).toEqual([
      {
        phase: 'v2.8 | v2.8 (Q1 2026) | blocking',
        items: ['v2.8.1 | done | Stream compaction', 'v2.8.2 | done | Retention by size', 'v2.8.3 | todo | Tiered storage preview'],
      },
      {
        phase: 'v2.9 | v2.9 (Q2 2026) | blocking',
        items: ['v2.9.1 | todo | Multi-region replication', 'v2.9.2 | todo | Quota API'],
      },
      {
        phase: 'P0.1 | UI Engine Fix | blocking | due 2026-05-03',
        items: ['P0.1.1 | done | Replace the layout solver', 'P0.1.2 | todo | Fix the flicker on resize'],
      },
    ]);
  });

  it('a rule migration table whose status column has no name, with a legend of its symbols', () => {
    const { phases } = view('rule-migration.md');
    expect(phases).toEqual([
      {
        phase: 'rules | Rules | blocking',
        items: [
          'rules.1 | done | no-shadowed-names',
          'rules.2 | in-progress | prefer-const-enum | links https://github.com/lintkit/lintkit/issues/51',
          'rules.3 | todo | max-file-lines',
          'rules.4 | todo | import-order',
        ],
      },
    ]);
  });

  it('an endpoint table with image statuses, ☑️, ✓ and a struck-through row', () => {
    const { phases } = view('struck-rows.md');
    expect(phases).toEqual([
      {
        phase: 'api-v3-endpoints | API v3 endpoints | blocking',
        items: [
          'api-v3-endpoints.1 | done | GET /projects',
          'api-v3-endpoints.2 | done | POST /projects',
          'api-v3-endpoints.3 | done | PUT /projects/{id}',
          'api-v3-endpoints.4 | done | PATCH /projects/{id} | links #77',
          'api-v3-endpoints.5 | todo | DELETE /projects/{id}',
        ],
      },
    ]);
  });

  it('a hardening checklist with per-item tiers', () => {
    const { phases } = view('tiered-security.md');
    expect(phases).toEqual([
      {
        phase: 'firmware-and-ports | Firmware and ports | blocking',
        items: [
          'firmware-and-ports.1 | done | Set a firmware password',
          'firmware-and-ports.2 | todo | Disable Firewire',
          'firmware-and-ports.3 | todo | Disable Thunderbolt DMA when locked',
        ],
      },
      {
        phase: 'firmware-and-ports-later | Firmware and ports (not blocking) | not blocking',
        items: [
          'firmware-and-ports-later.1 | todo | Turn off Bluetooth when unused',
          'firmware-and-ports-later.2 | todo | Label the machine with an asset tag (optional)',
        ],
      },
      {
        phase: 'accounts | Accounts | blocking',
        items: ['accounts.1 | todo | Separate admin and daily accounts', 'accounts.2 | todo | Require a password after sleep'],
      },
    ]);
  });

  it('a "What | Who | When" table with dates in several forms', () => {
    const { phases } = view('what-who-when.md');
    expect(phases).toEqual([
      {
        phase: 'data-center-move | Data-center move | blocking',
        items: [
          'data-center-move.1 | done | Order the new racks | owner Facilities | due 2019-08-13',
          'data-center-move.2 | todo | Ship the storage arrays | owner @logistics | due 2023-09-04',
          'data-center-move.3 | todo | Cut over DNS | owner @netops',
          'data-center-move.4 | todo | Decommission the old cage | owner Facilities',
          'data-center-move.5 | todo | Final walkthrough | owner Hana | due 2019-05-03',
        ],
      },
    ]);
  });

  it('a "Job name | Owner | Status" table with links in a "GH Issue" column', () => {
    const { phases } = view('ci-jobs.md');
    expect(phases).toEqual([
      {
        phase: 'flaky-ci-jobs-to-fix-before-1-0 | Flaky CI jobs to fix before 1.0 | blocking',
        items: [
          'flaky-ci-jobs-to-fix-before-1-0.1 | in-progress | integration-postgres | owner @sam | links https://github.com/quarry/quarry/issues/2201',
          'flaky-ci-jobs-to-fix-before-1-0.2 | done | e2e-firefox | owner @noor | links https://github.com/quarry/quarry/issues/2202',
          'flaky-ci-jobs-to-fix-before-1-0.3 | todo | bench-nightly | links quarry/bench#14',
        ],
      },
    ]);
  });

  it('says beside each value what it guessed', () => {
    expect(view('what-who-when.md').yaml).toContain('title: Cut over DNS # ambiguous date left out: 3/4/2019 could be month/day or day/month');
    expect(view('what-who-when.md').yaml).toContain(
      "title: Decommission the old cage # impossible date left out: '2019-02-30' is not a day of the calendar",
    );
    expect(view('rule-migration.md').yaml).toContain("status: todo # status '🔌' not understood: todo");
    expect(view('struck-rows.md').yaml).toContain('status: done # struck through in the source: counted as done');
    expect(view('go-no-go.md').yaml).toContain('status: todo # no answer in the document: todo');
    expect(view('tiered-security.md').yaml).toContain("blocking: true # the items marked '(CRITICAL)', '(HIGH)'");
    expect(view('junk-sections.md').yaml).toContain("#   - not read as tasks: 'Option B: Rebuild the cluster' is an alternative plan (2 items)");
  });

  it('takes a bold name before an item for its owner, saying so, but not a label in capitals', () => {
    const markdown =
      '# Launch\n\n- [x] **Ana**: write the release notes\n- [ ] **Kathleen/Derek**: confirm the alert routing\n- [ ] **API**: freeze the schema\n';
    const { manifest, yaml, summary } = importMarkdown(markdown, 'launch.md');
    expect(manifest.phases[0]!.tasks.map((task) => [task.title, task.owner])).toEqual([
      ['write the release notes', 'Ana'],
      ['confirm the alert routing', 'Kathleen/Derek'],
      ['API: freeze the schema', undefined],
    ]);
    expect(yaml).toContain('owner: Ana # from the bold name before the item');
    expect(summary.guesses).toContainEqual(['owner from a bold name', 2]);
  });
});
