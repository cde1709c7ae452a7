import type { Repository } from '../core/links.js';
import type { GitHubClient } from './client.js';

export type CommentMode = 'auto' | 'always' | 'never';

export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'skipped';

/** The hidden marker that identifies this action's comment for one gate. */
export function commentMarker(gate: string): string {
  return `<!-- readiness-gate: gate=${gate} -->`;
}

/**
 * The login the token acts as. GraphQL names a bot without the `[bot]` suffix that REST
 * comment authors carry (`github-actions` vs `github-actions[bot]`), so both are compared
 * in one normal form.
 */
export function tokenLogin(client: GitHubClient): Promise<string> {
  let login = logins.get(client);
  if (!login) {
    login = askLogin(client);
    logins.set(client, login);
  }
  return login;
}

const logins = new WeakMap<GitHubClient, Promise<string>>();

async function askLogin(client: GitHubClient): Promise<string> {
  const { data, errors } = await client.graphql<{ viewer: { login: string } }>('query ReadinessViewer { viewer { login } }');
  if (!data?.viewer) throw new Error(`GitHub did not say who the token is: ${errors.map((e) => e.message).join('; ')}`);
  return normalLogin(data.viewer.login);
}

function normalLogin(login: string): string {
  return login.toLowerCase().replace(/\[bot\]$/, '');
}

interface OwnComment {
  id: number;
  body: string;
}

/**
 * This action's comment for the gate: it carries the marker and was written by the token's
 * own identity. A marker copied into someone else's comment is ignored. Comments are read
 * page by page, as busy pull requests have hundreds.
 */
export async function findOwnComment(
  client: GitHubClient,
  repository: Repository,
  issueNumber: number,
  marker: string,
  login: string,
): Promise<OwnComment | undefined> {
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    ...repository,
    issue_number: issueNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    for (const comment of page.data) {
      if (comment.body?.includes(marker) && comment.user && normalLogin(comment.user.login) === login) {
        return { id: comment.id, body: comment.body };
      }
    }
  }
  return undefined;
}

/**
 * Creates or updates the one comment per gate per pull request. `auto` creates it only
 * when the gate is not ready and keeps updating it once it exists, so it turns green.
 */
export async function upsertComment(
  client: GitHubClient,
  options: {
    repository: Repository;
    issueNumber: number;
    gate: string;
    mode: CommentMode;
    ready: boolean;
    /** The Markdown report, without the marker. */
    body: string;
    /** False when refreshing: only a comment that exists is brought up to date. */
    mayCreate: boolean;
  },
): Promise<CommentOutcome> {
  if (options.mode === 'never') return 'skipped';
  const marker = commentMarker(options.gate);
  const body = `${marker}\n${options.body}`;
  const login = await tokenLogin(client);
  const existing = await findOwnComment(client, options.repository, options.issueNumber, marker, login);
  if (existing) {
    if (existing.body === body) return 'unchanged';
    await client.rest.issues.updateComment({ ...options.repository, comment_id: existing.id, body });
    return 'updated';
  }
  if (!options.mayCreate || (options.mode === 'auto' && options.ready)) return 'skipped';
  await client.rest.issues.createComment({ ...options.repository, issue_number: options.issueNumber, body });
  return 'created';
}
