import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parseRepository, repositoryFromRemoteUrl, serverHost, type Repository } from '../core/links/links.js';
import { MAX_MANIFEST_BYTES, parseManifest, type Manifest } from '../core/manifest/manifest.js';
import type { Report } from '../core/verdict/report.js';
import { DEFAULT_GATE } from '../defaults.js';
import { apiUrlsFor, createClient, type GitHubClient } from '../github/client.js';
import { PlanEvaluator, todayUtc } from '../service/evaluator.js';
import { UsageError } from './args.js';
import { displayName, readTextFile } from './files.js';
import type { CliIo } from './io.js';
import type { Moment } from '../core/freezes/moment.js';

/** Evaluates a manifest file: online when GITHUB_TOKEN is set, else on declared statuses. */
export interface EvaluateRequest {
  file: string;
  gate: string | undefined;
  /** `--repo owner/name`: what `#N` links refer to. */
  repo: string | undefined;
  /** `--server-url`: the GitHub whose links count; else GITHUB_SERVER_URL, else github.com. */
  serverUrl: string | undefined;
  /** Whether to read the repository from the git remote offline too. */
  remoteOffline: boolean;
  /** When freeze windows are judged (`check`); without it they are not (`render`). */
  moment?: Moment;
  /** The day for waivers and due dates; default today in UTC. */
  today?: string;
}

export async function evaluateFile(request: EvaluateRequest, io: CliIo): Promise<{ report: Report; manifest: Manifest }> {
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
    today: request.today ?? todayUtc(),
    ...(request.moment ? { moment: request.moment } : {}),
    warn,
    ...(repository ? { repository } : {}),
    ...(github ? { github } : {}),
  });
  return { report: await evaluator.evaluate(manifest), manifest };
}

/**
 * A client when GITHUB_TOKEN is set; without one the CLI works offline. The token goes
 * only to the API of the server whose links count (`--server-url`, else GITHUB_SERVER_URL).
 */
export function onlineClient(io: CliIo, serverUrl: string | undefined): GitHubClient | undefined {
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

/** owner/name from the `origin` remote, when it is a GitHub-style URL. */
export async function repositoryFromGitRemote(): Promise<Repository | undefined> {
  try {
    const { stdout } = await promisify(execFile)('git', ['config', '--get', 'remote.origin.url']);
    return repositoryFromRemoteUrl(stdout);
  } catch {
    return undefined;
  }
}
