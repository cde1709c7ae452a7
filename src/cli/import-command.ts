import { basename } from 'node:path';
import { YAML_SCHEMA_COMMENT } from '../core/manifest/schema-url.js';
import { importMarkdown, type ImportSummary } from '../core/import/importer.js';
import { explainAccount } from '../core/import/explain.js';
import { parseCommandArgs, UsageError } from './args.js';
import { readTextFile, writeTextFile } from './files.js';
import { EXIT_READY, type CliIo } from './io.js';
import { IMPORT_OPTIONS } from './options.js';
import { thousands } from '../core/shared/words.js';

/**
 * `readiness-gate import FILE.md [-o readiness.yml]`: the manifest on stdout or in the
 * output file, and on stderr what was read. A document in which no task is found is
 * not a plan: a `ConfigError` saying what the document looked like (exit 2), and nothing
 * written.
 */
export async function importCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('import', args, IMPORT_OPTIONS, 1);
  const file = positionals[0];
  if (!file) throw new UsageError('import needs the Markdown file to read', 'import');
  const name = file === '-' ? 'stdin.md' : basename(file);
  const result = importMarkdown(await readTextFile(file, { stdin: io.stdin }), name);
  io.stderr.write(describeImport(file === '-' ? '<stdin>' : file, result.summary));
  if (values.explain) io.stderr.write(`readiness-gate import: the account, source line by source line\n${explainAccount(result.account)}`);
  // Editors that read this line validate and complete the manifest against the schema.
  const manifest = `${YAML_SCHEMA_COMMENT}\n${result.yaml}`;
  if (values.output === undefined || values.output === '-') io.stdout.write(manifest);
  else {
    await writeTextFile(values.output, manifest);
    io.stderr.write(`readiness-gate import: wrote ${values.output}; review its comments, then commit it as .github/readiness.yml\n`);
  }
  return EXIT_READY;
}

/** What was read, in a few lines a maintainer can hold against the document. */
export function describeImport(file: string, summary: ImportSummary): string {
  const n = (count: number, noun: string) => `${thousands(count)} ${noun}${count === 1 ? '' : 's'}`;
  const open = summary.tasks - summary.done - summary.inProgress;
  const guesses = summary.guesses.map(([kind, count]) => `${kind}: ${thousands(count)}`);
  return [
    `readiness-gate import: read ${file}`,
    `  phases:  ${n(summary.phases, 'phase')}, ${thousands(summary.blockingPhases)} blocking`,
    `  tasks:   ${n(summary.tasks, 'task')}: ${thousands(summary.done)} done, ${thousands(summary.inProgress)} in progress, ${thousands(open)} open`,
    `  links:   ${n(summary.links, 'link')}`,
    `  owners:  ${n(summary.owners, 'owner')}, on ${n(summary.ownedItems, 'task')}`,
    `  dates:   ${n(summary.dates, 'date')}`,
    `  guesses: ${guesses.length ? guesses.join(', ') : 'none'}`,
    `  not tasks: ${notTasks(summary.leftOut)}`,
    '',
  ].join('\n');
}

/** The list items and table rows left out, by reason: `--explain` shows which. */
function notTasks(leftOut: readonly [string, number][]): string {
  if (leftOut.length === 0) return 'none';
  const total = leftOut.reduce((sum, [, count]) => sum + count, 0);
  const top = leftOut.slice(0, 3).map(([reason, count]) => `${thousands(count)} ${reason}`);
  return `${thousands(total)} list items and table rows (${top.join('; ')}${leftOut.length > 3 ? '; …' : ''}); --explain lists them`;
}
