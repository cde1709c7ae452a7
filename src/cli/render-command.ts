import { renderTrackingDocument } from '../core/views/render-document.js';
import { count } from '../core/shared/words.js';
import { DEFAULT_MANIFEST_PATH } from '../defaults.js';
import { todayUtc } from '../service/evaluator.js';
import { parseCommandArgs } from './args.js';
import { evaluateFile } from './evaluate-file.js';
import { displayName, readTextFile, writeTextFile } from './files.js';
import { EXIT_NOT_READY, EXIT_READY, type CliIo } from './io.js';
import { RENDER_OPTIONS } from './options.js';

/** The tracking document `render --check` compares with when no `-o` is given. */
export const DEFAULT_DOCUMENT_PATH = 'READINESS.md';

/** `readiness-gate render [manifest]`: the manifest as a tracking document, or `--check` that the committed one is current. */
export async function renderCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('render', args, RENDER_OPTIONS, 1);
  const file = positionals[0] ?? DEFAULT_MANIFEST_PATH;
  const serverUrl = values['server-url'] ?? io.env.GITHUB_SERVER_URL;
  // The git remote gives `#N` links their pages even offline.
  const { report, manifest } = await evaluateFile({ file, gate: values.gate, repo: values.repo, serverUrl, remoteOffline: true }, io);
  const document = renderTrackingDocument(report, {
    source: displayName(file),
    freezes: manifest.freezes,
    ...(report.verified ? { date: todayUtc() } : {}),
    ...(serverUrl ? { serverUrl } : {}),
  });
  if (values.check) return checkDocument(values.output ?? DEFAULT_DOCUMENT_PATH, document, file, io);
  await writeOutput(values.output, document, io);
  if (values.output !== undefined && values.output !== '-') {
    const items = report.phases.reduce((sum, phase) => sum + phase.tasks.length, 0);
    const verdict = report.ready ? 'ready' : `not ready (${report.incompletePhases.join(', ')})`;
    io.stderr.write(
      `readiness-gate: wrote ${values.output}: ${count(report.phases.length, 'phase')}, ${count(items, 'item')}; gate '${report.gate}' ${verdict}\n`,
    );
  }
  return EXIT_READY;
}

/** `render --check`: exit 1 when the committed document is not what the manifest renders. */
async function checkDocument(path: string, expected: string, manifest: string, io: CliIo): Promise<number> {
  const actual = await readTextFile(path, { stdin: io.stdin });
  if (actual === expected) {
    io.stderr.write(`readiness-gate: ${path} is up to date\n`);
    return EXIT_READY;
  }
  const line = firstDifferentLine(actual, expected);
  io.stderr.write(
    `readiness-gate: ${path} is out of date (first difference at line ${line}); run 'readiness-gate render ${manifest} -o ${path}' and commit it\n`,
  );
  return EXIT_NOT_READY;
}

function firstDifferentLine(a: string, b: string): number {
  const linesA = a.split('\n');
  const linesB = b.split('\n');
  const index = linesA.findIndex((line, i) => line !== linesB[i]);
  return (index < 0 ? linesA.length : index) + 1;
}

async function writeOutput(path: string | undefined, text: string, io: CliIo): Promise<void> {
  if (path === undefined || path === '-') io.stdout.write(text);
  else await writeTextFile(path, text);
}
