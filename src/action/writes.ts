import * as core from '@actions/core';
import type { Report } from '../core/verdict/report.js';
import { upsertComment, type CommentOutcome, type ListedComment } from '../github/comments.js';
import { forbiddenCause, isForkPullRequest } from '../github/errors.js';
import { setCommitStatus } from '../github/statuses.js';
import { commentMarkdown } from './publish.js';
import type { ActionSession } from './session.js';

export interface CommentRequest {
  pullNumber: number;
  report: Report;
  footer: string;
  /** `false` on a refresh: only a comment that already exists is brought up to date. */
  mayCreate: boolean;
  /** The thread's comments, when listed beside the run's other reads. */
  listing?: Promise<ListedComment[]>;
}

/** Writes the PR comment; a token that may not write gets one warning, not a failed run. */
export async function writeComment(session: ActionSession, request: CommentRequest): Promise<CommentOutcome | undefined> {
  const { pullNumber, report } = request;
  try {
    const outcome = await upsertComment(session.github, {
      repository: session.context.repository,
      issueNumber: pullNumber,
      gate: report.gate,
      mode: session.inputs.comment,
      ready: report.ready,
      body: commentMarkdown(report, request.footer),
      mayCreate: request.mayCreate,
      ...(request.listing ? { listing: request.listing } : {}),
    });
    core.info(`Pull request comment on #${pullNumber}: ${outcome}.`);
    return outcome;
  } catch (error) {
    const cause = forbiddenCause(error, { permission: 'pull-requests: write', fork: isForkPullRequest(session.context.payload) });
    if (!cause) throw error;
    core.warning(`Could not write the readiness comment on #${pullNumber}: ${cause} The job summary has the full report.`);
    return undefined;
  }
}

/** Sets `readiness/<gate>`; a token without `statuses: write` gets one warning. */
export async function writeStatus(session: ActionSession, sha: string, report: Report): Promise<void> {
  try {
    await setCommitStatus(session.github, session.context.repository, sha, report, session.context.runUrl);
  } catch (error) {
    const cause = forbiddenCause(error, { permission: 'statuses: write', fork: isForkPullRequest(session.context.payload) });
    if (!cause) throw error;
    core.warning(`Could not set the commit status readiness/${report.gate}: ${cause}`);
  }
}
