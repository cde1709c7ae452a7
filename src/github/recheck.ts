import type { Repository } from '../core/links/links.js';
import type { GitHubClient } from './client.js';

/** The roles that may ask for a re-check: GitHub's write, maintain and admin. */
const WRITE_ROLES = new Set(['write', 'maintain', 'admin']);

/**
 * Whether `login` has write access to the repository, as GitHub's collaborator permission
 * endpoint says (`role_name` names maintain and custom roles' base; `permission` is the
 * older field). `true`, or why not, in words that follow the login.
 */
export async function hasWriteAccess(client: GitHubClient, repository: Repository, login: string): Promise<true | string> {
  if (!login) return 'is not known';
  try {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ ...repository, username: login });
    if (WRITE_ROLES.has(data.role_name) || WRITE_ROLES.has(data.permission)) return true;
    return `has ${data.role_name || data.permission || 'no'} access`;
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 404) return 'is not a collaborator';
    return `could not be checked for write access (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** The pull request as a `pull_request` event carries it: what the run needs to evaluate it. */
export async function readPullRequestForRecheck(client: GitHubClient, repository: Repository, number: number) {
  const { data } = await client.rest.pulls.get({ ...repository, pull_number: number });
  return {
    number: data.number,
    state: data.state,
    merged: data.merged,
    changed_files: data.changed_files,
    head: { sha: data.head.sha, repo: data.head.repo ? { full_name: data.head.repo.full_name } : null },
    base: { sha: data.base.sha, repo: { full_name: data.base.repo.full_name } },
  };
}
