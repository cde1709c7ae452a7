import * as core from '@actions/core';
import { linksTo } from '../core/evaluate.js';
import { ConfigError } from '../core/errors.js';
import type { Manifest } from '../core/manifest.js';
import { listOpenPullRequests, type PullRequestRef } from '../github/pulls.js';
import { footerFor, manifestAt, type ActionSession } from './session.js';
import { writeComment, writeStatus } from './writes.js';

/**
 * On `issues` and `schedule` events: re-evaluates every open pull request and refreshes
 * its status and comment, so a PR does not stay red after its blocking issue closed.
 * Returns the summary's section about them.
 */
export async function refreshOpenPullRequests(session: ActionSession): Promise<string[]> {
  const { github, context } = session;
  const pulls = await listOpenPullRequests(github, context.repository);
  const rows: string[] = [];
  for (const pull of pulls) {
    const row = await refreshPullRequest(session, pull);
    if (row) rows.push(row);
  }
  core.info(`Refreshed ${rows.length} of ${pulls.length} open pull requests.`);
  if (rows.length === 0) return [];
  return ['', `#### Refreshed pull requests (${context.eventName})`, '', '| Pull request | Gate | Comment |', '|---|---|---|', ...rows, ''];
}

/** One pull request of a refresh: its summary row, or nothing when the event cannot concern it. */
async function refreshPullRequest(session: ActionSession, pull: PullRequestRef): Promise<string | undefined> {
  const { context, inputs } = session;
  const manifestSha = inputs.manifestRef === 'base' ? pull.baseSha : pull.headSha;
  let manifest: Manifest;
  try {
    manifest = await manifestAt(session, manifestSha);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    core.warning(`Pull request #${pull.number} was not refreshed: ${error.message}`);
    return `| #${pull.number} | not refreshed: manifest invalid or missing | not written |`;
  }
  const issue = context.eventName === 'issues' ? context.payload.issue : undefined;
  if (issue && !linksTo(manifest, { ...context.repository, number: issue.number }, context.repository)) return undefined;

  const report = await session.evaluator.evaluate(manifest, { number: pull.number });
  if (inputs.status) await writeStatus(session, pull.headSha, report);
  // A refresh brings existing comments up to date; it does not start conversations.
  const footer = footerFor(context, inputs.manifest, manifestSha);
  const comment = await writeComment(session, { pullNumber: pull.number, report, footer, mayCreate: false });
  const verdict = report.ready ? '✅ ready' : `❌ not ready (${report.incompletePhases.join(', ')})`;
  return `| #${pull.number} | ${verdict} | ${comment ?? 'not written'} |`;
}
