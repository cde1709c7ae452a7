import * as core from '@actions/core';
import type { Report } from '../core/verdict/report.js';
import { upsertComment, type CommentOutcome, type ListedComment } from '../github/comments.js';
import { forbiddenCause, isForkPullRequest } from '../github/errors.js';
import { setCommitStatus, statusFor, unevaluatedStatus, type CommitStatus } from '../github/statuses.js';
import { commentMarkdown, failureMarkdown, type FailedRun } from './publish.js';
import { footerOf, type OpenSession, type Page } from './session.js';
import { changesOf, historyLine, nextHistory, readHistory } from '../core/views/since.js';

/**
 * What a run has to say about a gate on a pull request or a commit: its verdict, or that
 * it could not reach one. Both are written the same way, so no green outlives its grounds.
 */
export type GateOutcome = { report: Report } | { failure: FailedRun };

export function gateOf(outcome: GateOutcome): string {
  return 'report' in outcome ? outcome.report.gate : outcome.failure.gate;
}

/** The commit status an outcome gives. */
export function outcomeStatus(outcome: GateOutcome): CommitStatus {
  return 'report' in outcome ? statusFor(outcome.report) : unevaluatedStatus(outcome.failure.error);
}

/**
 * The comment's Markdown for an outcome (without the marker) and whether it says ready,
 * given the body of the comment it replaces: the states kept there say what changed since.
 * A run that could not evaluate keeps them for the next one that can.
 */
export function outcomeComment(outcome: GateOutcome, page: Page, previous?: string): { ready: boolean; body: string } {
  const kept = readHistory(previous);
  if ('report' in outcome) {
    const { report } = outcome;
    const history = nextHistory(kept, report);
    const line = historyLine(history);
    const markdown = commentMarkdown(report, { page, changes: changesOf(history, report), reserved: line.length });
    return { ready: report.ready, body: line ? `${line}\n${markdown}` : markdown };
  }
  const withdrawn = 'No earlier verdict on this pull request stands until the gate can be checked again.';
  const line = kept ? historyLine(kept) : '';
  const markdown = `${failureMarkdown(outcome.failure)}\n${withdrawn}\n\n${footerOf(page)}`;
  return { ready: false, body: line ? `${line}\n${markdown}` : markdown };
}

export interface CommentRequest {
  pullNumber: number;
  outcome: GateOutcome;
  page: Page;
  /** `false` on a refresh or for a run that could not evaluate: only a comment that exists is rewritten. */
  mayCreate: boolean;
  /** The thread's comments, when listed beside the run's other reads. */
  listing?: Promise<ListedComment[]>;
}

/** Writes the PR comment; a token that may not write gets one warning, not a failed run. */
export async function writeComment(session: OpenSession, request: CommentRequest): Promise<CommentOutcome | undefined> {
  const { pullNumber, outcome } = request;
  try {
    const result = await upsertComment(session.github, {
      repository: session.context.repository,
      issueNumber: pullNumber,
      gate: gateOf(outcome),
      mode: session.inputs.comment,
      ready: 'report' in outcome && outcome.report.ready,
      body: (previous) => outcomeComment(outcome, request.page, previous).body,
      mayCreate: request.mayCreate,
      ...(request.listing ? { listing: request.listing } : {}),
    });
    core.info(`Pull request comment on #${pullNumber}: ${result}.`);
    return result;
  } catch (error) {
    const cause = forbiddenCause(error, { permission: 'pull-requests: write', fork: isForkPullRequest(session.context.payload) });
    if (!cause) throw error;
    core.warning(`Could not write the readiness comment on #${pullNumber}: ${cause} The job summary has the full report.`);
    return undefined;
  }
}

/** Sets `readiness/<gate>`; a token without `statuses: write` gets one warning. */
export async function writeStatus(session: OpenSession, sha: string, outcome: GateOutcome): Promise<void> {
  const gate = gateOf(outcome);
  try {
    await setCommitStatus(session.github, session.context.repository, sha, gate, outcomeStatus(outcome), session.context.runUrl);
  } catch (error) {
    const cause = forbiddenCause(error, { permission: 'statuses: write', fork: isForkPullRequest(session.context.payload) });
    if (!cause) throw error;
    session.statusRefused = true;
    core.warning(`Could not set the commit status readiness/${gate}: ${cause}`);
  }
}
