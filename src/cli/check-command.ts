import { measureCharacters, renderMarkdownReport } from '../core/views/render-report.js';
import { renderTextReport } from '../core/views/render-text.js';
import { listInWords } from '../core/shared/words.js';
import { DEFAULT_MANIFEST_PATH } from '../defaults.js';
import { parseCommandArgs, UsageError } from './args.js';
import { evaluateFile } from './evaluate-file.js';
import { EXIT_NOT_READY, EXIT_READY, type CliIo } from './io.js';
import { CHECK_FORMATS, CHECK_OPTIONS } from './options.js';
import { wantsColour } from './terminal.js';
import { momentOf } from './at-option.js';

/** `readiness-gate check [manifest]`: the report as text, JSON or Markdown; exit 0 ready, 1 not. */
export async function checkCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('check', args, CHECK_OPTIONS, 1);
  const format = values.format ?? 'text';
  if (!(CHECK_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format '${format}' — expected ${listInWords(CHECK_FORMATS, 'or')}`, 'check');
  }
  const serverUrl = values['server-url'] ?? io.env.GITHUB_SERVER_URL;
  const when = momentOf(values.at, new Date());
  const { report } = await evaluateFile(
    { file: positionals[0] ?? DEFAULT_MANIFEST_PATH, gate: values.gate, repo: values.repo, serverUrl, remoteOffline: false, ...when },
    io,
  );
  if (format === 'json') io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else if (format === 'markdown') {
    const options = { detail: 'all' as const, ...(serverUrl ? { serverUrl } : {}) };
    io.stdout.write(renderMarkdownReport(report, options, { max: Infinity, measure: measureCharacters }));
  } else {
    io.stdout.write(renderTextReport(report, { verbose: values.verbose ?? false, colour: wantsColour(io.stdout, io.env) }));
  }
  return report.ready ? EXIT_READY : EXIT_NOT_READY;
}
