/**
 * The state of one link as the verdict sees it: GitHub's answer, or `unverified` offline,
 * with the pull request under evaluation counted as merged and the issues it closes as
 * completed.
 */
import { sameRepository, type LinkStatus, type LinkTarget } from '../links/links.js';
import type { EvaluationContext } from './context.js';
import type { LinkReport } from './report.js';

export type LinkStanding = LinkStatus & Pick<LinkReport, 'completedByThisPullRequest'>;

/** `reported`: the state GitHub gave with a listing (a milestone's items), rather than from the link states. */
export function linkStatus(
  target: LinkTarget | undefined,
  hintedKind: LinkStatus['kind'],
  context: EvaluationContext,
  reported?: LinkStatus,
): LinkStanding {
  if (context.links === 'offline') return { kind: hintedKind, state: 'unverified' };
  if (!target) return { kind: hintedKind, state: 'unknown', detail: 'no repository to resolve #N against' };
  const status = reported ?? context.links.get(target) ?? { kind: hintedKind, state: 'unknown', detail: 'not resolved' };
  if (status.state === 'open' && isPullRequestUnderEvaluation(target, context)) {
    return { ...status, kind: 'pull', state: 'merged', detail: 'this pull request completes it', completedByThisPullRequest: 'merging' };
  }
  if (status.state === 'open' && status.kind === 'issue' && isClosedByPullRequest(target, context)) {
    return { ...status, state: 'completed', detail: 'this pull request closes it', completedByThisPullRequest: 'closing' };
  }
  return status;
}

/** An issue the pull request closes when merged counts as completed, as the PR itself counts as merged. */
function isClosedByPullRequest(target: LinkTarget, context: EvaluationContext): boolean {
  if (context.pullRequest?.closedUnmerged) return false;
  const closes = context.pullRequest?.closes ?? [];
  return closes.some((closed) => closed.number === target.number && sameRepository(closed, target));
}

/** The pull request being evaluated counts as merged: merging it completes what it links. */
function isPullRequestUnderEvaluation(target: LinkTarget, context: EvaluationContext): boolean {
  const { pullRequest, repository } = context;
  if (pullRequest?.closedUnmerged) return false;
  return pullRequest !== undefined && repository !== undefined && target.number === pullRequest.number && sameRepository(target, repository);
}
