import { MAX_MANIFEST_BYTES } from '../manifest.js';
import type { ManifestData } from '../schema.js';
import { assemblePhases } from './assemble.js';
import type { DraftPhase, GuessKind, Reading, Shape } from './model.js';
import { parseMarkdown } from './parse.js';
import { readDocument } from './read.js';
import { ImportError, repairText } from './repair.js';
import { readStructure } from './structure.js';
import { toManifest, toYaml } from './write-yaml.js';

export { ImportError } from './repair.js';

/**
 * Turns a Markdown readiness document into a manifest, as a pipeline of steps that each
 * do one thing:
 *
 *   repair text → parse (mdast) → read the structure → classify into sections
 *   → assemble phases → write YAML with a comment on every guess
 *
 * A document in which no task is found is not a plan: that is an ImportError (exit 2),
 * never a manifest with no tasks that would pass every gate.
 */
export interface ImportResult {
  yaml: string;
  manifest: ManifestData;
  summary: ImportSummary;
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
}

export function importMarkdown(source: string, file = 'readiness.md', reader: 'auto' | 'full' | 'fast' = 'auto'): ImportResult {
  const repaired = repairText(source, file);
  // One expression, so that the syntax tree and the blocks can be collected once read.
  const reading = readDocument(readStructure(parseMarkdown(repaired.text, file, reader)), [...repaired.notes], new Map());
  refuseWhatCannotFit(reading, file);
  const phases = assemblePhases(reading);
  const items = phases.reduce((sum, phase) => sum + phase.items.length, 0);
  if (items === 0) throw new ImportError({ file, message: noTaskMessage(reading) });
  const manifest = toManifest(reading.title, phases);
  const yaml = toYaml(manifest, phases, reading.notes, file);
  const bytes = Buffer.byteLength(yaml, 'utf8');
  if (bytes > MAX_MANIFEST_BYTES) throw tooLarge(file, items, phases.length, bytes.toLocaleString('en-US'));
  return { manifest, yaml, summary: summarize(phases, reading) };
}

/**
 * Every distinct title becomes at least one task of about fifty bytes of YAML besides its
 * title: a plan whose distinct titles cannot fit in 1 MiB is refused before phases are
 * assembled and written.
 */
function refuseWhatCannotFit(reading: Reading, file: string): void {
  const titles = new Set<string>();
  let atLeast = 0;
  for (const section of reading.sections) {
    for (const item of section.items) {
      if (titles.has(item.title)) continue;
      titles.add(item.title);
      atLeast += 50 + item.title.length;
    }
  }
  if (atLeast > MAX_MANIFEST_BYTES) {
    const phases = reading.sections.filter((section) => section.items.length > 0).length;
    throw tooLarge(file, titles.size, phases, `over ${atLeast.toLocaleString('en-US')}`);
  }
}

function tooLarge(file: string, items: number, phases: number, bytes: string): ImportError {
  return new ImportError({
    file,
    message:
      `holds ${items.toLocaleString('en-US')} tasks in ${phases.toLocaleString('en-US')} phases, a manifest of ${bytes} bytes — ` +
      'more than the 1 MiB a manifest may have (GitHub serves files up to 1 MiB through its contents API); split the document and import the parts',
  });
}

function summarize(phases: readonly DraftPhase[], reading: Reading): ImportSummary {
  const items = phases.flatMap((phase) => phase.items);
  const owners = new Set([...items.map((item) => item.owner), ...phases.map((phase) => phase.owner)].filter(Boolean));
  return {
    phases: phases.length,
    blockingPhases: phases.filter((phase) => phase.blocking).length,
    tasks: items.length,
    done: items.filter((item) => item.status === 'done').length,
    inProgress: items.filter((item) => item.status === 'in-progress').length,
    links: items.reduce((sum, item) => sum + item.links.length, 0),
    owners: owners.size,
    ownedItems: items.filter((item) => item.owner).length,
    dates: items.filter((item) => item.due).length + phases.filter((phase) => phase.due).length,
    guesses: [...reading.guesses].filter(([, count]) => count > 0),
  };
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
