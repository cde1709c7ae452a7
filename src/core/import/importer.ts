import { MAX_MANIFEST_BYTES } from '../manifest/limits.js';
import type { ManifestData } from '../manifest/schema.js';
import { assemblePhases } from './5-assemble.js';
import type { AccountEntry, DraftPhase, GuessKind, Reading, Shape } from './model.js';
import { leftOutCounts } from './explain.js';
import { parseMarkdown } from './2-parse.js';
import { documentReader } from './4-read.js';
import { ImportError, repairText } from './1-repair.js';
import { readStructure } from './3-structure.js';
import { toManifest, toYaml } from './6-write-yaml.js';
import { thousands } from '../shared/words.js';

export { ImportError } from './1-repair.js';

/**
 * Turns a Markdown readiness document into a manifest, as a pipeline of steps that each
 * do one thing:
 *
 *   repair text → parse (markdown-it) → read the structure → classify into sections
 *   → assemble phases → write YAML with a comment on every guess
 *
 * A document in which no task is found is not a plan: that is an ImportError (exit 2),
 * never a manifest with no tasks that would pass every gate.
 */
export interface ImportResult {
  yaml: string;
  manifest: ManifestData;
  summary: ImportSummary;
  /** Every list item and table row of the source, with the tasks made of it or why there are none. */
  account: AccountEntry[];
}

/** What was read, for the report on stderr. */
export interface ImportSummary {
  phases: number;
  blockingPhases: number;
  tasks: number;
  done: number;
  inProgress: number;
  links: number;
  owners: number;
  ownedItems: number;
  dates: number;
  guesses: [GuessKind, number][];
  /** List items and table rows that are no task, by the reason. */
  leftOut: [string, number][];
}

/**
 * `maxBytes` is the size a manifest may have: GitHub's 1 MiB everywhere the product
 * imports; the benchmark lifts it to time the whole pipeline on plans too large to keep.
 */
export function importMarkdown(source: string, file = 'readiness.md', maxBytes = MAX_MANIFEST_BYTES): ImportResult {
  const repaired = repairText(source, file);
  const document = documentReader([...repaired.notes], new Map());
  document.read(readStructure(parseMarkdown(repaired.text, file)));
  const reading = document.finish();
  refuseWhatCannotFit(reading, file, maxBytes);
  const phases = assemblePhases(reading);
  const items = phases.reduce((sum, phase) => sum + phase.items.length, 0);
  if (items === 0) throw new ImportError({ file, message: noTaskMessage(reading) });
  const manifest = toManifest(reading.title, phases);
  const yaml = toYaml(manifest, phases, reading.notes, file);
  const bytes = Buffer.byteLength(yaml, 'utf8');
  if (bytes > maxBytes) throw tooLarge(file, items, phases.length, thousands(bytes));
  return { manifest, yaml, summary: summarize(phases, reading), account: reading.account };
}

/**
 * Every distinct title becomes at least one task of about fifty bytes of YAML besides its
 * title: a plan whose distinct titles cannot fit in 1 MiB is refused before phases are
 * assembled and written.
 */
function refuseWhatCannotFit(reading: Reading, file: string, maxBytes: number): void {
  const all = reading.sections.flatMap((section) => section.items.map((item) => item.title));
  // Even were every title distinct, it would fit: no need to tell them apart.
  if (leastBytes(all) <= maxBytes) return;
  const titles = new Set(all);
  const atLeast = leastBytes(titles);
  if (atLeast > maxBytes) {
    const phases = reading.sections.filter((section) => section.items.length > 0).length;
    throw tooLarge(file, titles.size, phases, `over ${thousands(atLeast)}`);
  }
}

/** The fewest bytes of YAML tasks with these titles take: about fifty besides each title. */
function leastBytes(titles: Iterable<string>): number {
  let bytes = 0;
  for (const title of titles) bytes += 50 + title.length;
  return bytes;
}

function tooLarge(file: string, items: number, phases: number, bytes: string): ImportError {
  return new ImportError({
    file,
    message:
      `holds ${thousands(items)} tasks in ${thousands(phases)} phases, a manifest of ${bytes} bytes — ` +
      'more than the 1 MiB a manifest may have (GitHub serves files up to 1 MiB through its contents API); split the document and import the parts',
  });
}

function summarize(phases: readonly DraftPhase[], reading: Reading): ImportSummary {
  const summary: ImportSummary = {
    phases: phases.length,
    blockingPhases: 0,
    tasks: 0,
    done: 0,
    inProgress: 0,
    links: 0,
    owners: 0,
    ownedItems: 0,
    dates: 0,
    guesses: [],
    leftOut: leftOutCounts(reading.account).reasons,
  };
  const owners = new Set<string>();
  for (const phase of phases) {
    if (phase.blocking) summary.blockingPhases++;
    if (phase.due) summary.dates++;
    if (phase.owner) owners.add(phase.owner);
    for (const item of phase.items) {
      summary.tasks++;
      if (item.status === 'done') summary.done++;
      else if (item.status === 'in-progress') summary.inProgress++;
      summary.links += item.links.length;
      if (item.owner) {
        summary.ownedItems++;
        owners.add(item.owner);
      }
      if (item.due) summary.dates++;
    }
  }
  summary.owners = owners.size;
  summary.guesses = [...reading.guesses].filter(([, count]) => count > 0);
  return summary;
}

/** What the document looked like, so the user can tell why nothing in it reads as a task. */
function noTaskMessage(reading: Reading): string {
  const shape: Shape = reading.shape;
  const parts = [
    shape.headings ? count(shape.headings, 'heading') : '',
    shape.paragraphs ? count(shape.paragraphs, 'paragraph') : '',
    shape.plainItems ? `${count(shape.plainItems, 'list item')} without a checkbox or status mark` : '',
    shape.tables ? `${count(shape.tables, 'table')} (${shape.tablesRead} with a task and a status, owner or date column)` : '',
    shape.codeBlocks ? count(shape.codeBlocks, 'code block') : '',
    shape.skipped ? `${count(shape.skipped, 'item')} in legends, templates, contents, recaps or alternatives` : '',
  ].filter(Boolean);
  const looked = parts.length ? parts.join(', ') : 'nothing but blank lines';
  return (
    `no task found, so no manifest was written. The document has ${looked}. ` +
    'import reads task lists ("- [ ] …", "- [x] …"), items marked with a status (✅, ❌, 🟡), ' +
    'lists under a label such as "Required:", and tables with a task or item column beside a status, owner or date column.'
  );
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
