import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ConfigError, formatProblem, omittedProblems, sortedProblems } from '../core/shared/errors.js';
import { importCommand } from './import-command.js';
import { doctorCommand } from './doctor.js';
import { parseRepository, repositoryFromRemoteUrl, serverHost, type Repository } from '../core/links/links.js';
import { MAX_MANIFEST_BYTES, parseManifest } from '../core/manifest/manifest.js';
import type { Report } from '../core/verdict/report.js';
import { apiUrlsFor, createClient, type GitHubClient } from '../github/client.js';
import { PlanEvaluator, todayUtc } from '../service/evaluator.js';
import { measureCharacters, renderMarkdownReport } from '../core/views/render-report.js';
import { renderTrackingDocument } from '../core/views/render-document.js';
import { renderTextReport } from '../core/views/render-text.js';
import { manifestJsonSchema } from '../core/manifest/json-schema.js';
import { DEFAULT_GATE, DEFAULT_MANIFEST_PATH } from '../defaults.js';
import { VERSION } from '../version.js';
import { parseCommandArgs, suggestCommand, UsageError } from './args.js';
import { displayName, readTextFile, writeTextFile } from './files.js';
import { COMMAND_HELP, COMMANDS, USAGE, type CommandName } from './help.js';
import { EXIT_INVALID, EXIT_NOT_READY, EXIT_READY, type CliIo } from './io.js';
import { CHECK_FORMATS, CHECK_OPTIONS, RENDER_OPTIONS, SCHEMA_OPTIONS } from './options.js';
import { wantsColour } from './terminal.js';
import { terminalLine } from '../core/views/markdown.js';
import { count, listInWords } from '../core/shared/words.js';

/** The tracking document `render --check` compares with when no `-o` is given. */
export const DEFAULT_DOCUMENT_PATH = 'READINESS.md';

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === '--version' || command === '-V') {
      io.stdout.write(`${VERSION}\n`);
      return EXIT_READY;
    }
    if (command === undefined) {
      io.stderr.write(USAGE);
      return EXIT_INVALID;
    }
    if (command === 'help' || command === '--help' || command === '-h') return help(rest, io);
    if (!isCommand(command)) {
      if (command.startsWith('-')) throw new UsageError(`Unknown option '${command}'${suggestCommand(command, ['--help', '--version'])}`);
      throw new UsageError(`unknown command '${command}'${suggestCommand(command, COMMANDS)}`);
    }
    if (wantsHelp(rest)) {
      io.stdout.write(COMMAND_HELP[command]);
      return EXIT_READY;
    }
    return await run(command, rest, io);
  } catch (error) {
    return reportError(error, io);
  }
}

function run(command: Exclude<CommandName, 'help'>, args: readonly string[], io: CliIo): Promise<number> {
  switch (command) {
    case 'check':
      return check(args, io);
    case 'import':
      return importCommand(args, io);
    case 'render':
      return renderCommand(args, io);
    case 'doctor':
      return doctorCommand(args, io, { client: onlineClient, gitRemote: repositoryFromGitRemote });
    case 'schema':
      parseCommandArgs('schema', args, SCHEMA_OPTIONS, 0);
      io.stdout.write(`${JSON.stringify(manifestJsonSchema(), null, 2)}\n`);
      return Promise.resolve(EXIT_READY);
  }
}

function isCommand(word: string): word is Exclude<CommandName, 'help'> {
  return word !== 'help' && (COMMANDS as readonly string[]).includes(word);
}

/** `--help` or `-h` anywhere before a `--`. */
function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

function help(args: readonly string[], io: CliIo): number {
  const [topic, extra] = args;
  if (extra !== undefined) throw new UsageError(`unexpected argument '${extra}'`, 'help');
  if (topic === undefined || topic === '--help' || topic === '-h') {
    io.stdout.write(USAGE);
    return EXIT_READY;
  }
  if (!(COMMANDS as readonly string[]).includes(topic)) {
    throw new UsageError(`unknown command '${topic}'${suggestCommand(topic, COMMANDS)}`);
  }
  io.stdout.write(COMMAND_HELP[topic as CommandName]);
  return EXIT_READY;
}

/** Every user mistake is one line per problem (sorted by line) and exit code 2; bugs are thrown. */
function reportError(error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    const helpCommand = error.command ? `readiness-gate ${error.command} --help` : 'readiness-gate --help';
    io.stderr.write(`readiness-gate: ${terminalLine(error.message)}\nSee '${helpCommand}'.\n`);
    return EXIT_INVALID;
  }
  if (error instanceof ConfigError) {
    // Problems quote the manifest, whose text must not reach the terminal as escape sequences.
    io.stderr.write(
      [...sortedProblems(error.problems), ...omittedProblems(error)].map((problem) => terminalLine(formatProblem(problem))).join('\n') + '\n',
    );
    return EXIT_INVALID;
  }
  if (isApiError(error)) {
    io.stderr.write(`readiness-gate: GitHub API request failed (${error.status}): ${terminalLine(error.message.split('\n')[0] ?? '')}\n`);
    return EXIT_INVALID;
  }
  throw error;
}

async function check(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('check', args, CHECK_OPTIONS, 1);
  const format = values.format ?? 'text';
  if (!(CHECK_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format '${format}' — expected ${listInWords(CHECK_FORMATS, 'or')}`, 'check');
  }
  const serverUrl = values['server-url'] ?? io.env.GITHUB_SERVER_URL;
  const { report } = await evaluateFile(
    { file: positionals[0] ?? DEFAULT_MANIFEST_PATH, gate: values.gate, repo: values.repo, serverUrl, remoteOffline: false },
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

async function renderCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('render', args, RENDER_OPTIONS, 1);
  const file = positionals[0] ?? DEFAULT_MANIFEST_PATH;
  const serverUrl = values['server-url'] ?? io.env.GITHUB_SERVER_URL;
  // The git remote gives `#N` links their pages even offline.
  const { report } = await evaluateFile({ file, gate: values.gate, repo: values.repo, serverUrl, remoteOffline: true }, io);
  const document = renderTrackingDocument(report, {
    source: displayName(file),
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

/** Evaluates a manifest file: online when GITHUB_TOKEN is set, else on declared statuses. */
interface EvaluateRequest {
  file: string;
  gate: string | undefined;
  /** `--repo owner/name`: what `#N` links refer to. */
  repo: string | undefined;
  /** `--server-url`: the GitHub whose links count; else GITHUB_SERVER_URL, else github.com. */
  serverUrl: string | undefined;
  /** Whether to read the repository from the git remote offline too. */
  remoteOffline: boolean;
}

async function evaluateFile(request: EvaluateRequest, io: CliIo): Promise<{ report: Report }> {
  const { file, repo } = request;
  let repository = repo === undefined ? undefined : parseRepository(repo);
  if (repo !== undefined && !repository) throw new UsageError(`--repo '${repo}' is not owner/name`);
  const text = await readTextFile(file, { stdin: io.stdin, maxBytes: MAX_MANIFEST_BYTES, what: 'manifest' });
  const manifest = parseManifest(text, displayName(file), { serverHost: serverHost(request.serverUrl) });
  const github = onlineClient(io, request.serverUrl);
  if (github || request.remoteOffline) repository ??= await repositoryFromGitRemote();
  if (github && !repository) io.stderr.write('readiness-gate: no --repo and no GitHub remote: #N links cannot be verified\n');
  const warn = (message: string) => io.stderr.write(`readiness-gate: ${message}\n`);
  const evaluator = new PlanEvaluator({
    gate: request.gate ?? DEFAULT_GATE,
    today: todayUtc(),
    warn,
    ...(repository ? { repository } : {}),
    ...(github ? { github } : {}),
  });
  return { report: await evaluator.evaluate(manifest) };
}

/**
 * A client when GITHUB_TOKEN is set; without one the CLI works offline. The token goes
 * only to the API of the server whose links count (`--server-url`, else GITHUB_SERVER_URL).
 */
function onlineClient(io: CliIo, serverUrl: string | undefined): GitHubClient | undefined {
  const token = io.env.GITHUB_TOKEN;
  if (!token) return undefined;
  const server = serverUrl ?? 'https://github.com';
  const urls = apiUrlsFor(server, { api: io.env.GITHUB_API_URL, graphql: io.env.GITHUB_GRAPHQL_URL });
  if (!urls) {
    throw new UsageError(
      `GITHUB_API_URL or GITHUB_GRAPHQL_URL names another host than the server ${server}: the token is not sent there. ` +
        "Set them for the same GitHub, or leave them out to use that server's API.",
    );
  }
  return createClient({ token, ...urls, warn: (message) => io.stderr.write(`readiness-gate: ${message}\n`) });
}

/** An HTTP error from the GitHub API (bad token, no access, outage), not a bug. */
function isApiError(error: unknown): error is Error & { status: number } {
  return error instanceof Error && typeof (error as { status?: unknown }).status === 'number';
}

/** owner/name from the `origin` remote, when it is a GitHub-style URL. */
async function repositoryFromGitRemote(): Promise<Repository | undefined> {
  try {
    const { stdout } = await promisify(execFile)('git', ['config', '--get', 'remote.origin.url']);
    return repositoryFromRemoteUrl(stdout);
  } catch {
    return undefined;
  }
}
