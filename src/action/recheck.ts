import * as core from '@actions/core';
import { hasWriteAccess, readPullRequestForRecheck } from '../github/recheck.js';
import type { OpenSession } from './session.js';

/** The comment that asks for a re-evaluation, once trimmed; case as written. */
export const RECHECK_COMMAND = '/readiness recheck';

interface CommentPayload {
  action?: string;
  issue?: { number: number; pull_request?: unknown };
  comment?: { body?: string; user?: { login?: string } };
}

/**
 * An `issue_comment` run: a `/readiness recheck` comment on a pull request, by someone with
 * write access, re-evaluates that pull request as its own run would (manifest from its
 * base, comment and status on its head). Write access is what GitHub's collaborator
 * permission endpoint says; the comment's author association is not proof of it. Anything
 * else is one line in the log. Returns whether the run goes on; when it does, the pull
 * request is in the payload as a `pull_request` event would carry it.
 */
export async function prepareRecheck(session: OpenSession): Promise<boolean> {
  const payload = session.context.payload as CommentPayload;
  const ignore = (why: string) => {
    core.info(`Ignored this comment: ${why}.`);
    return false;
  };
  if (payload.action !== 'created') return ignore(`it was ${payload.action ?? 'changed'}, not created`);
  if (!payload.issue?.pull_request) return ignore('it is on an issue, not a pull request');
  if (payload.comment?.body?.trim() !== RECHECK_COMMAND) return ignore(`it is not \`${RECHECK_COMMAND}\``);
  const login = payload.comment.user?.login ?? '';
  const { github, context } = session;
  // Both asked at once: the pull request is needed only if the author may ask, but waiting costs a round trip.
  const pull = readPullRequestForRecheck(github, context.repository, payload.issue.number);
  pull.catch(() => {});
  const access = await hasWriteAccess(github, context.repository, login);
  if (access !== true) return ignore(`@${login} ${access}, and only someone with write access may ask for a re-check`);
  session.context.payload.pull_request = await pull;
  core.info(`Re-checking pull request #${payload.issue.number}, as @${login} asked.`);
  return true;
}
