import { describe, expect, it } from 'vitest';
import { webhookPayload } from '../support/action.js';
import { HEAD_SHA, MAIN_SHA, PR_NUMBER, REPOSITORY, scenarioPerTest, type Scenario } from '../support/scenario.js';

let scenario: Scenario;
scenarioPerTest((fresh) => (scenario = fresh));

/**
 * GitHub's issue_comment.created example, moved onto the pull request: a comment on a pull
 * request carries `issue.pull_request`, as GitHub sends it.
 */
function commentPayload(body: string, login: string, action = 'created'): Record<string, unknown> {
  const payload = webhookPayload('issue_comment', action) as {
    issue: Record<string, unknown>;
    comment: { body: string; user: { login: string }; author_association: string };
  };
  payload.issue.number = PR_NUMBER;
  payload.issue.pull_request = {
    url: `https://api.github.com/repos/${REPOSITORY}/pulls/${PR_NUMBER}`,
    html_url: `https://github.com/${REPOSITORY}/pull/${PR_NUMBER}`,
    diff_url: `https://github.com/${REPOSITORY}/pull/${PR_NUMBER}.diff`,
    patch_url: `https://github.com/${REPOSITORY}/pull/${PR_NUMBER}.patch`,
    merged_at: null,
  };
  payload.comment.body = body;
  payload.comment.user.login = login;
  return payload;
}

const recheck = (payload: Record<string, unknown>) => scenario.run({ event: 'issue_comment', payload, sha: MAIN_SHA, inputs: { status: 'true' } });

describe('/readiness recheck', () => {
  it('by a collaborator with write access re-evaluates the pull request: its comment and status are updated', async () => {
    // The first run left the pull request red; then #12 closed, which started no workflow.
    expect((await scenario.pullRequest({ inputs: { status: 'true' } })).code).toBe(1);
    expect(scenario.botComments()[0]!.body).toContain('not ready');
    scenario.close(12);
    scenario.repo().collaborators.set('maintainer-mo', 'maintain');

    const run = await recheck(commentPayload('  /readiness recheck\n', 'maintainer-mo'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Re-checking pull request #${PR_NUMBER}, as @maintainer-mo asked.`);
    expect(scenario.botComments()).toHaveLength(1);
    expect(scenario.botComments()[0]!.body).toContain('gate is ready');
    expect(scenario.github.statuses.filter((s) => s.sha === HEAD_SHA).at(-1)).toMatchObject({ state: 'success', context: 'readiness/merge' });
    // The permission was asked of GitHub, not read from the comment's author association.
    expect(scenario.github.restRequests().some((r) => r.path.endsWith('/collaborators/maintainer-mo/permission'))).toBe(true);
  });

  it('by someone without write access is ignored with one line, whatever their author association: nothing is written', async () => {
    scenario.repo().collaborators.set('triager-tia', 'triage');
    for (const login of ['triager-tia', 'passer-by']) {
      const payload = commentPayload('/readiness recheck', login);
      (payload.comment as { author_association: string }).author_association = 'OWNER';
      const run = await recheck(payload);
      expect(run.code).toBe(0);
      expect(run.stdout.split('\n').filter((line) => line.startsWith('Ignored this comment'))).toEqual([
        `Ignored this comment: @${login} has ${login === 'passer-by' ? 'read' : 'triage'} access, and only someone with write access may ask for a re-check.`,
      ]);
    }
    expect(scenario.github.comments).toEqual([]);
    expect(scenario.github.statuses).toEqual([]);
    expect(scenario.github.restRequests().filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('ignores other comments, edits and comments on issues without asking GitHub anything', async () => {
    scenario.repo().collaborators.set('maintainer-mo', 'admin');
    const onIssue = commentPayload('/readiness recheck', 'maintainer-mo');
    delete (onIssue.issue as Record<string, unknown>).pull_request;
    for (const payload of [
      commentPayload('/readiness Recheck', 'maintainer-mo'),
      commentPayload('please /readiness recheck', 'maintainer-mo'),
      commentPayload('/readiness recheck', 'maintainer-mo', 'edited'),
      onIssue,
    ]) {
      const run = await recheck(payload);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Ignored this comment: /m);
    }
    expect(scenario.github.requests).toEqual([]);
  });
});
