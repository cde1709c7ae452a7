import * as core from '@actions/core';
import { linksTo } from '../core/evaluate.js';
import { escapeMarkdown } from '../core/markdown.js';
import { listOpenPullRequests, type PullRequestRef } from '../github/pulls.js';
import { errorLine } from './publish.js';
import { footerFor, manifestAt, type ActionSession } from './session.js';
import { writeComment, writeStatus } from './writes.js';

/**
 * On `issues` and `schedule` events: re-evaluates every open pull request and refreshes
 * its status and comment, so a PR does not stay red after its blocking issue closed.
 * Each pull request is refreshed on its own: one that cannot be (its base has no valid
 * manifest, or GitHub failed) is a warning and a line of the summary, and the others are
 * refreshed all the same. Returns the summary's section about them.
 */
export async function refreshOpenPullRequests(session: ActionSession): Promise<string[]> {
  const { github, context } = session;
  const pulls = await listOpenPullRequests(github, context.repository);
  const rows: string[] = [];
  let refreshed = 0;
  for (const pull of pulls) {
    let row: string | undefined;
    try {
      row = await refreshPullRequest(session, pull);
      if (row) refreshed++;
    } catch (error) {
      row = notRefreshed(pull, error);
    }
    if (row) rows.push(row);
  }
  core.info(`Refreshed ${refreshed} of ${pulls.length} open pull requests.`);
  if (rows.length === 0) return [];
  return ['', `#### Refreshed pull requests (${context.eventName})`, '', '| Pull request | Gate | Comment |', '|---|---|---|', ...rows, ''];
}

/** One pull request of a refresh: its summary row, or nothing when the event cannot concern it. */
async function refreshPullRequest(session: ActionSession, pull: PullRequestRef): Promise<string | undefined> {
  const { context, inputs } = session;
  const manifestSha = inputs.manifestRef === 'base' ? pull.baseSha : pull.headSha;
  const manifest = await manifestAt(session, manifestSha);
  const issue = context.eventName === 'issues' ? context.payload.issue : undefined;
  if (issue && !linksTo(manifest, { ...context.repository, number: issue.number }, context.repository)) return undefined;

  const report = await session.evaluator.evaluate(manifest, { number: pull.number });
  const verdict = report.ready ? '✅ ready' : `❌ not ready (${escapeMarkdown(report.incompletePhases.join(', '))})`;
  // The status and the comment are written each on its own: one failing leaves the other.
  let status = '';
  if (inputs.status) {
    await writeStatus(session, pull.headSha, report).catch((error: unknown) => {
      status = `; status not set: ${escapeMarkdown(warnAbout(pull, 'its status was not set', error))}`;
    });
  }
  // A refresh brings existing comments up to date; it does not start conversations.
  const footer = footerFor(context, inputs.manifest, manifestSha);
  let comment: string;
  try {
    comment = (await writeComment(session, { pullNumber: pull.number, report, footer, mayCreate: false })) ?? 'not written';
  } catch (error) {
    comment = `not written: ${escapeMarkdown(warnAbout(pull, 'its comment was not written', error))}`;
  }
  return `| #${pull.number} | ${verdict}${status} | ${comment} |`;
}

/** The row of a pull request that could not be refreshed at all, with its warning. */
function notRefreshed(pull: PullRequestRef, error: unknown): string {
  const reason = warnAbout(pull, 'it was not refreshed', error);
  return `| #${pull.number} | not refreshed: ${escapeMarkdown(reason)} | not written |`;
}

/** Warns about one pull request of the refresh; returns the reason in one line. */
function warnAbout(pull: PullRequestRef, what: string, error: unknown): string {
  const reason = errorLine(error);
  core.warning(`Pull request #${pull.number}: ${what} — ${reason}`);
  return reason;
}
