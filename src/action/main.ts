import * as core from '@actions/core';
import { ConfigError } from '../core/errors.js';
import { evaluate, linkKeys, usesPaths, type Report } from '../core/evaluate.js';
import { linkKey, type LinkStatus } from '../core/links.js';
import { parseManifest, type Manifest } from '../core/manifest.js';
import { loadPathMatcher } from '../core/paths.js';
import { createClient, type GitHubClient } from '../github/client.js';
import { upsertComment, type CommentOutcome } from '../github/comments.js';
import { readFileAt } from '../github/contents.js';
import { listChangedFiles } from '../github/files.js';
import { resolveLinks } from '../github/links.js';
import { listOpenPullRequests } from '../github/pulls.js';
import { setCommitStatus } from '../github/statuses.js';
import { PULL_REQUEST_EVENTS, readRunContext, REFRESH_EVENTS, type RunContext } from './context.js';
import { readInputs, type Inputs } from './inputs.js';
import { annotate, commentMarkdown, setOutputs, summaryMarkdown } from './publish.js';

/** The action's entry point. The one place where a failure becomes a failed step. */
export async function run(): Promise<void> {
  try {
    await runAction();
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const problem of error.problems) {
        core.error(problem.message, {
          file: problem.file,
          ...(problem.line ? { startLine: problem.line, startColumn: problem.column ?? 1 } : {}),
          title: 'readiness-gate configuration',
        });
      }
      core.setFailed(error.message);
      return;
    }
    if (error instanceof Error) {
      core.debug(error.stack ?? '');
      core.setFailed(`readiness-gate failed: ${error.message}`);
      return;
    }
    core.setFailed(`readiness-gate failed: ${String(error)}`);
  }
}

/** Everything one run needs, built once. */
interface Run {
  inputs: Inputs;
  context: RunContext;
  client: GitHubClient;
  today: string;
  /** Link states fetched so far, shared by every evaluation of the run. */
  links: Map<string, LinkStatus>;
  manifests: Map<string, Promise<Manifest>>;
}

async function runAction(): Promise<void> {
  const inputs = readInputs();
  const context = readRunContext(process.env);
  const client = createClient({
    token: inputs.token,
    apiUrl: context.apiUrl,
    graphqlUrl: context.graphqlUrl,
    warn: (message) => core.warning(message),
  });
  const state: Run = {
    inputs,
    context,
    client,
    today: new Date().toISOString().slice(0, 10),
    links: new Map(),
    manifests: new Map(),
  };

  const refreshNotes = REFRESH_EVENTS.has(context.eventName) ? await refreshOpenPullRequests(state) : [];

  const pullRequest = PULL_REQUEST_EVENTS.has(context.eventName) ? context.payload.pull_request : undefined;
  const manifestSha = pullRequest
    ? inputs.manifestRef === 'base'
      ? pullRequest.base.sha
      : pullRequest.head.sha
    : context.sha;
  const manifest = await manifestAt(state, manifestSha);
  const report = await evaluateFor(state, manifest, pullRequest?.number);

  setOutputs(report);
  annotate(report, manifest);
  const footer = footerFor(context, inputs.manifest, manifestSha);
  await core.summary.addRaw(summaryMarkdown(report, footer)).addRaw(refreshNotes.join('\n')).write();

  if (pullRequest) await writeComment(state, pullRequest.number, report, footer, true);
  const statusSha = pullRequest?.head.sha ?? context.payload.merge_group?.head_sha ?? context.sha;
  if (inputs.status && statusSha) await writeStatus(state, statusSha, report);

  if (report.ready) {
    core.info(`Gate '${report.gate}' is ready (${report.completion}% of its items satisfied).`);
  } else if (inputs.enforce) {
    core.setFailed(notReadyMessage(report));
  } else {
    core.warning(`${notReadyMessage(report)} (not enforced)`);
  }
}

function notReadyMessage(report: Report): string {
  return `Gate '${report.gate}' is not ready: incomplete phases ${report.incompletePhases.join(', ')} (${report.completion}% of its items satisfied).`;
}

function manifestAt(state: Run, sha: string): Promise<Manifest> {
  let manifest = state.manifests.get(sha);
  if (!manifest) {
    const path = state.inputs.manifest;
    manifest = readFileAt(state.client, state.context.repository, path, sha).then((text) => parseManifest(text, path));
    state.manifests.set(sha, manifest);
  }
  return manifest;
}

async function evaluateFor(state: Run, manifest: Manifest, pullNumber: number | undefined): Promise<Report> {
  const { repository } = state.context;
  const missing = linkKeys(manifest, repository).filter((key) => !state.links.has(key));
  for (const [key, status] of await resolveLinks(state.client, missing)) state.links.set(key, status);
  const pathsMatter = pullNumber !== undefined && usesPaths(manifest);
  const [changedFiles, matches] = pathsMatter
    ? await Promise.all([listChangedFiles(state.client, repository, pullNumber), loadPathMatcher()])
    : [[], undefined];
  return evaluate(manifest, {
    gate: state.inputs.gate,
    today: state.today,
    repository,
    links: state.links,
    ...(pullNumber !== undefined ? { pullRequest: { number: pullNumber, changedFiles, ...(matches ? { matches } : {}) } } : {}),
  });
}

function footerFor(context: RunContext, path: string, sha: string): string {
  const run = context.runUrl ? `[details in the run](${context.runUrl}) · ` : '';
  return `<sub>${run}readiness-gate · manifest \`${path.replace(/`/g, '')}\` at \`${sha.slice(0, 7)}\`</sub>`;
}

async function writeComment(
  state: Run,
  pullNumber: number,
  report: Report,
  footer: string,
  mayCreate: boolean,
): Promise<CommentOutcome | undefined> {
  try {
    const outcome = await upsertComment(state.client, {
      repository: state.context.repository,
      issueNumber: pullNumber,
      gate: report.gate,
      mode: state.inputs.comment,
      ready: report.ready,
      body: commentMarkdown(report, footer),
      mayCreate,
    });
    core.info(`Pull request comment: ${outcome}.`);
    return outcome;
  } catch (error) {
    if (isForbidden(error)) {
      core.warning(
        `Could not write the readiness comment on #${pullNumber}: the token may not write to pull requests ` +
          '(a pull request from a fork gets a read-only token). Grant `pull-requests: write`; ' +
          'the job summary has the full report.',
      );
      return undefined;
    }
    throw error;
  }
}

async function writeStatus(state: Run, sha: string, report: Report): Promise<void> {
  try {
    await setCommitStatus(state.client, state.context.repository, sha, report, state.context.runUrl);
  } catch (error) {
    if (!isForbidden(error)) throw error;
    core.warning(`Could not set the commit status readiness/${report.gate}: grant the workflow \`statuses: write\`.`);
  }
}

/** GitHub's answer when the token lacks a permission (e.g. read-only on a fork's pull request). */
function isForbidden(error: unknown): boolean {
  return (error as { status?: unknown } | null)?.status === 403;
}

/**
 * On `issues` and `schedule` events: re-evaluates every open pull request and refreshes
 * its status and comment, so a PR does not stay red after its blocking issue closed.
 */
async function refreshOpenPullRequests(state: Run): Promise<string[]> {
  const { client, context, inputs } = state;
  const pulls = await listOpenPullRequests(client, context.repository);
  const rows: string[] = [];
  const issue = context.eventName === 'issues' ? context.payload.issue : undefined;

  for (const pull of pulls) {
    const manifestSha = inputs.manifestRef === 'base' ? pull.baseSha : pull.headSha;
    let manifest: Manifest;
    try {
      manifest = await manifestAt(state, manifestSha);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      core.warning(`Pull request #${pull.number} was not refreshed: ${error.message}`);
      rows.push(`| #${pull.number} | not refreshed: manifest invalid or missing | not written |`);
      continue;
    }
    if (issue && !linkKeys(manifest, context.repository).includes(linkKey({ number: issue.number, kind: 'issue' }, context.repository))) {
      continue;
    }
    const report = await evaluateFor(state, manifest, pull.number);
    if (inputs.status) await writeStatus(state, pull.headSha, report);
    // A refresh brings existing comments up to date; it does not start conversations.
    const comment = await writeComment(state, pull.number, report, footerFor(context, inputs.manifest, manifestSha), false);
    rows.push(`| #${pull.number} | ${report.ready ? '✅ ready' : `❌ not ready (${report.incompletePhases.join(', ')})`} | ${comment ?? 'not written'} |`);
  }
  core.info(`Refreshed ${rows.length} of ${pulls.length} open pull requests.`);
  if (rows.length === 0) return [];
  return ['', `#### Refreshed pull requests (${context.eventName})`, '', '| Pull request | Gate | Comment |', '|---|---|---|', ...rows, ''];
}

