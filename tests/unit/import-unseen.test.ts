import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importMarkdown } from '../../src/core/import/importer.js';
import { parseManifest } from '../../src/core/manifest/manifest.js';
import { itemLine } from '../support/import-view.js';

/**
 * The shapes of documents import had not seen, each as a self-written miniature in
 * tests/fixtures/import/unseen/ with the manifest it must give: phases with their blocking
 * flag, and each task's id, status, title, owner, due date and links.
 */
function view(file: string) {
  const markdown = readFileSync(new URL(`../fixtures/import/unseen/${file}`, import.meta.url), 'utf8');
  const { yaml, manifest } = importMarkdown(markdown, file);
  expect(parseManifest(yaml, 'readiness.yml').data).toEqual(manifest);
  return manifest.phases.map((phase) => ({
    phase: [phase.id, phase.name, phase.blocking ? 'blocking' : 'not blocking'].join(' | '),
    items: [...phase.tasks, ...phase.acceptance].map(itemLine),
  }));
}

describe('importing shapes it had not seen', () => {
  it('badges in a Notes cell state a status; badge markup is no part of an owner; two handles are two owners; N/A is not No', () => {
    expect(view('badges-owners.md')).toEqual([
      {
        phase: 'compiler-features | Compiler features | blocking',
        items: [
          'compiler-features.1 | done | Const generics | owner compiler',
          'compiler-features.2 | in-progress | Async closures | owner @lea, @max',
          'compiler-features.3 | todo | Inline asm',
        ],
      },
    ]);
  });

  it('"nice to have" prose, "(optional)" items, a provisional milestone and an index do not block', () => {
    expect(view('blocking-prose.md')).toEqual([
      { phase: 'polish | Polish | not blocking', items: ['polish.1 | todo | Dark mode'] },
      { phase: 'core | Core | blocking', items: ['core.1 | todo | Sign the binaries'] },
      { phase: 'core-later | Core (not blocking) | not blocking', items: ['core-later.1 | todo | Localize the errors (optional)'] },
      { phase: 'M3 | Milestone 3 (provisional) | not blocking', items: ['M3.1 | todo | Plugin API'] },
      { phase: 'rfc-index | RFC index | not blocking', items: ['rfc-index.1 | todo | RFC 12: streaming'] },
    ]);
  });

  it('sub-rows belong to the row above, which is done when they all are', () => {
    expect(view('continuation-rows.md')).toEqual([
      {
        phase: 'database-move | Database move | blocking',
        items: [
          'database-move.1 | done | Move the database',
          'database-move.2 | todo | Retire the old host | links https://github.com/acme/db/issues/12',
          'database-move.3 | done | Same title',
        ],
      },
    ]);
  });

  it('dates as 2023.10.02, "(planned) 2023-10-09" or closing an item; titles without efforts or leftover markup', () => {
    expect(view('dates-titles.md')).toEqual([
      {
        phase: 'october | October | blocking',
        items: [
          'october.1 | todo | Freeze the branch | due 2023-10-02',
          'october.2 | todo | Publish the notes | due 2023-10-09',
          'october.3 | todo | Announce the release | due 2023-10-16',
          'october.4 | todo | Write the post',
          'october.5 | todo | Review the post',
          'october.6 | todo | Close the milestone',
        ],
      },
    ]);
  });

  it("a filled-in Definition of done is the team's own, not a template", () => {
    expect(view('filled-definition.md')).toEqual([
      {
        phase: 'search-feature | Search feature | blocking',
        items: ['search-feature.1 | done | Build the index', 'search-feature.2 | todo | Ship the page'],
      },
      {
        phase: 'definition-of-done | Definition of done | blocking',
        items: ['definition-of-done.acc1 | done | Code reviewed', 'definition-of-done.acc2 | todo | Docs written'],
      },
    ]);
  });

  it('a column of status symbols under a header in another language is the status column', () => {
    expect(view('foreign-status.md')).toEqual([
      {
        phase: 'veroffentlichung | Veröffentlichung | blocking',
        items: [
          'veroffentlichung.1 | done | Versionsnummer erhöhen',
          'veroffentlichung.2 | todo | Änderungen beschreiben',
          'veroffentlichung.3 | todo | Pakete hochladen',
        ],
      },
    ]);
  });

  it('a heading whose paragraph opens with a status mark is an item', () => {
    expect(view('heading-items.md')).toEqual([
      { phase: 'file-system | File system | blocking', items: ['file-system.1 | done | fs.watch', 'file-system.2 | in-progress | fs.cp'] },
    ]);
  });

  it('a legend written as a list; a legend of a need met elsewhere; in-progress markers in titles', () => {
    expect(view('legend-list.md')).toEqual([
      {
        phase: 'rules | Rules | blocking',
        items: [
          'rules.1 | done | no-unused',
          'rules.2 | done | no-undef',
          'rules.3 | in-progress | max-len',
          'rules.4 | in-progress | prefer-const',
          'rules.5 | in-progress | no-var',
          'rules.6 | in-progress | eqeqeq',
        ],
      },
    ]);
  });

  it('\u2705 under columns that name levels marks where a check applies: todo', () => {
    expect(view('level-columns.md')).toEqual([
      {
        phase: 'accessibility-checklist | Accessibility checklist | blocking',
        items: ['accessibility-checklist.1 | todo | Alt text on images', 'accessibility-checklist.2 | todo | Captions on video'],
      },
    ]);
  });

  it('key/value metadata and build timings are no work', () => {
    expect(view('metadata-tables.md')).toEqual([
      { phase: 'release-4-2 | Release 4.2 | blocking', items: ['release-4-2.1 | todo | Tag the release'] },
    ]);
  });

  it('numbered steps without boxes under a checklist heading', () => {
    expect(view('numbered-checklist.md')).toEqual([
      {
        phase: 'releasing | Releasing | blocking',
        items: ['releasing.1 | todo | Bump the version', 'releasing.2 | todo | Write the notes', 'releasing.3 | todo | Tag the release'],
      },
    ]);
  });

  it('an owner above a list; a handle in code; placeholders; two handles', () => {
    expect(view('owners.md')).toEqual([
      { phase: 'parser | Parser | blocking', items: ['parser.1 | todo | Tokenizer | owner @kim', 'parser.2 | todo | Error recovery | owner @kim'] },
      {
        phase: 'docs | Docs | blocking',
        items: [
          'docs.1 | todo | Document the @acme/config package',
          'docs.2 | todo | Review the guide — someone from the docs team',
          'docs.3 | todo | Proofread the guide — TBD',
          'docs.4 | todo | Translate the guide | owner @lea, @max',
        ],
      },
    ]);
  });

  it('"No" to "any open Sev1 bugs?" is the good answer', () => {
    expect(view('polarity.md')).toEqual([
      {
        phase: 'go-no-go | Go/No-Go | blocking',
        items: [
          'go-no-go.1 | done | Are there any open Sev1 bugs? | owner Sam',
          'go-no-go.2 | done | Is the runbook published? | owner Ana',
          'go-no-go.3 | todo | Are there known regressions? | owner Lee',
        ],
      },
    ]);
  });

  it('a status matrix: the less finished cell wins, \u2705\ud83d\udd28 is in progress', () => {
    expect(view('status-matrix.md')).toEqual([
      {
        phase: 'proposal-support | Proposal support | blocking',
        items: [
          'proposal-support.1 | todo | Pipeline operator',
          'proposal-support.2 | done | Record tuples',
          'proposal-support.3 | in-progress | Pattern matching',
        ],
      },
    ]);
  });

  it('the quarter in the phase name; plain bullets beside boxes; PR links of sub-bullets; dated steps under a paragraph; steps apart by repository', () => {
    expect(view('structure.md')).toEqual([
      {
        phase: 'q3-2024-networking | Q3 2024: Networking | blocking',
        items: [
          'q3-2024-networking.1 | done | Faster DNS',
          'q3-2024-networking.2 | todo | Retry budget',
          'q3-2024-networking.3 | todo | IPv6 everywhere | links https://github.com/acme/net/pull/7',
        ],
      },
      {
        phase: 'q3-2024-rollout | Q3 2024: Rollout | blocking',
        items: [
          'q3-2024-rollout.1 | todo | canary | due 2024-07-01',
          'q3-2024-rollout.2 | todo | half of the fleet | due 2024-07-08',
          'q3-2024-rollout.3 | done | Bump the version',
          'q3-2024-rollout.4 | todo | Bump the version',
        ],
      },
    ]);
  });

  it('link bullets under time windows are the plan; an unfilled "what done means" is a template', () => {
    expect(view('time-windows.md')).toEqual([
      { phase: 'early-q3 | Early Q3 | blocking', items: ['early-q3.1 | todo | A.1 Faster handshake', 'early-q3.2 | todo | A.2 Smaller frames'] },
      { phase: 'late-q3 | Late Q3 | blocking', items: ['late-q3.1 | todo | B.1 Resumable uploads'] },
    ]);
  });
});
