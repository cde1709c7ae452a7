import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { ConfigError } from '../core/errors.js';
import { importMarkdown } from '../core/import/importer.js';
import { parseRepository, repositoryFromRemoteUrl, type Repository } from '../core/links.js';
import { parseManifest } from '../core/manifest.js';
import type { Report } from '../core/report.js';
import { createClient, graphqlUrlFor, type GitHubClient } from '../github/client.js';
import { PlanEvaluator, todayUtc } from '../service/evaluator.js';
import { measureCharacters, renderMarkdownReport } from '../core/render-report.js';
import { renderTrackingDocument } from '../core/render-document.js';
import { renderTextReport } from '../core/render-text.js';
import { manifestJsonSchema } from '../core/json-schema.js';
import { DEFAULT_MANIFEST_PATH } from '../defaults.js';
import { VERSION } from '../version.js';

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: NodeJS.ProcessEnv;
}

export const EXIT_READY = 0;
export const EXIT_NOT_READY = 1;
export const EXIT_INVALID = 2;

const USAGE = `Usage:
  readiness-gate check [manifest] [--gate NAME] [--format text|json|markdown] [--repo owner/name]
  readiness-gate import FILE.md [-o readiness.yml]
  readiness-gate render [manifest] [-o READINESS.md] [--repo owner/name]
  readiness-gate schema
  readiness-gate help
  readiness-gate --version

The manifest defaults to ${DEFAULT_MANIFEST_PATH}.
Exit codes: 0 ready, 1 not ready, 2 invalid manifest or usage.
`;

/** A mistake on the command line: reported with the usage, exit code 2. */
class UsageError extends Error {}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return await check(rest, io);
      case 'import':
        return await importCommand(rest, io);
      case 'render':
        return await renderCommand(rest, io);
      case 'schema':
        parse(rest, {}, 0);
        io.stdout.write(`${JSON.stringify(manifestJsonSchema(), null, 2)}\n`);
        return EXIT_READY;
      case 'help':
      case '--help':
      case '-h':
        io.stdout.write(USAGE);
        return EXIT_READY;
      case '--version':
        io.stdout.write(`${VERSION}\n`);
        return EXIT_READY;
      case undefined:
        throw new UsageError('no command given');
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`readiness-gate: ${error.message}\n\n${USAGE}`);
      return EXIT_INVALID;
    }
    if (error instanceof ConfigError) {
      io.stderr.write(`${error.message}\n`);
      return EXIT_INVALID;
    }
    if (isApiError(error)) {
      io.stderr.write(`readiness-gate: GitHub API request failed (${error.status}): ${error.message}\n`);
      return EXIT_INVALID;
    }
    throw error;
  }
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

function parse<T extends OptionSpec>(args: readonly string[], options: T, maxPositionals: number) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (parsed.positionals.length > maxPositionals) {
    throw new UsageError(`unexpected argument '${parsed.positionals[maxPositionals]}'`);
  }
  return parsed;
}

const FORMATS = ['text', 'json', 'markdown'] as const;

async function check(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(
    args,
    { gate: { type: 'string', short: 'g' }, format: { type: 'string', short: 'f' }, repo: { type: 'string' } },
    1,
  );
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format '${format}' — expected text, json or markdown`);
  }
  const report = await evaluateFile(positionals[0] ?? DEFAULT_MANIFEST_PATH, values.gate ?? 'merge', values.repo, io);
  if (format === 'json') io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else if (format === 'markdown') {
    io.stdout.write(renderMarkdownReport(report, { detail: 'all' }, { max: Infinity, measure: measureCharacters }));
  } else io.stdout.write(renderTextReport(report));
  return report.ready ? EXIT_READY : EXIT_NOT_READY;
}

async function importCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { output: { type: 'string', short: 'o' } }, 1);
  const file = positionals[0];
  if (!file) throw new UsageError('import needs the Markdown file to read');
  const { yaml } = importMarkdown(await readTextFile(file), basename(file));
  await writeOutput(values.output, yaml, io);
  return EXIT_READY;
}

async function renderCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(
    args,
    { output: { type: 'string', short: 'o' }, gate: { type: 'string', short: 'g' }, repo: { type: 'string' } },
    1,
  );
  const file = positionals[0] ?? DEFAULT_MANIFEST_PATH;
  const report = await evaluateFile(file, values.gate ?? 'merge', values.repo, io);
  const document = renderTrackingDocument(report, { source: file, date: todayUtc() });
  await writeOutput(values.output, document, io);
  return EXIT_READY;
}

async function writeOutput(path: string | undefined, text: string, io: CliIo): Promise<void> {
  if (path === undefined || path === '-') io.stdout.write(text);
  else await writeFile(path, text);
}

/** Evaluates a manifest file: online when GITHUB_TOKEN is set, else on declared statuses. */
async function evaluateFile(file: string, gate: string, repo: string | undefined, io: CliIo): Promise<Report> {
  let repository = repo === undefined ? undefined : parseRepository(repo);
  if (repo !== undefined && !repository) throw new UsageError(`--repo '${repo}' is not owner/name`);
  const manifest = parseManifest(await readTextFile(file), file);
  const github = onlineClient(io);
  if (github) {
    repository ??= await repositoryFromGitRemote();
    if (!repository) io.stderr.write('readiness-gate: no --repo and no GitHub remote: #N links cannot be verified\n');
  }
  const evaluator = new PlanEvaluator({ gate, today: todayUtc(), ...(repository ? { repository } : {}), ...(github ? { github } : {}) });
  return evaluator.evaluate(manifest);
}

/** A client when GITHUB_TOKEN is set; without one the CLI works offline. */
function onlineClient(io: CliIo): GitHubClient | undefined {
  const token = io.env.GITHUB_TOKEN;
  if (!token) return undefined;
  const apiUrl = (io.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, '');
  return createClient({
    token,
    apiUrl,
    graphqlUrl: graphqlUrlFor(apiUrl, io.env.GITHUB_GRAPHQL_URL),
    warn: (message) => io.stderr.write(`readiness-gate: ${message}\n`),
  });
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

export async function readTextFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ConfigError({ file, message: 'no such file' });
    if (code === 'EISDIR') throw new ConfigError({ file, message: 'is a directory, not a file' });
    throw error;
  }
}

