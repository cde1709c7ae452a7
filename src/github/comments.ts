import type { Repository } from '../core/links/links.js';
import type { GitHubClient } from './client.js';
import { GitHubError, mayHaveLanded } from './errors.js';

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

/** Records the login a query that was sent anyway has read, so no request asks again. */
export function rememberLogin(client: GitHubClient, login: string): void {
  if (!logins.has(client)) logins.set(client, Promise.resolve(normalLogin(login)));
}

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

/** A comment of the thread as listed, before it is known whose it is. */
export interface ListedComment extends OwnComment {
  login: string | undefined;
}

/**
 * Every comment of a pull request, page by page, as busy pull requests have hundreds: sent
 * beside the other reads of a run, and passed to `upsertComment` as its first listing.
 */
export async function listComments(client: GitHubClient, repository: Repository, issueNumber: number): Promise<ListedComment[]> {
  const listed: ListedComment[] = [];
  const pages = client.paginate.iterator(client.rest.issues.listComments, { ...repository, issue_number: issueNumber, per_page: 100 });
  for await (const page of pages) {
    for (const comment of page.data) listed.push({ id: comment.id, body: comment.body ?? '', login: comment.user?.login });
  }
  return listed;
}

/** Where the comment lives and whose it is. */
interface Thread {
  client: GitHubClient;
  repository: Repository;
  issueNumber: number;
  marker: string;
  login: string;
}

/**
 * Every comment of this action for the gate, oldest first: each carries the marker and
 * was written by the token's own identity (a marker copied into someone else's comment
 * is ignored). Comments are read page by page, as busy pull requests have hundreds.
 */
async function listOwnComments(thread: Thread): Promise<OwnComment[]> {
  const own: OwnComment[] = [];
  const pages = thread.client.paginate.iterator(thread.client.rest.issues.listComments, {
    ...thread.repository,
    issue_number: thread.issueNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    for (const comment of page.data) {
      if (comment.body?.includes(thread.marker) && comment.user && normalLogin(comment.user.login) === thread.login) {
        own.push({ id: comment.id, body: comment.body });
      }
    }
  }
  // GitHub numbers comments in the order it stores them.
  return own.sort((a, b) => a.id - b.id);
}

/** The comments of a listing that are this action's for the gate, oldest first. */
function ownOf(thread: Thread, listed: readonly ListedComment[]): OwnComment[] {
  return listed
    .filter((comment) => comment.body.includes(thread.marker) && comment.login !== undefined && normalLogin(comment.login) === thread.login)
    .map(({ id, body }) => ({ id, body }))
    .sort((a, b) => a.id - b.id);
}

/**
 * Creates or updates the one comment per gate per pull request. `auto` creates it only
 * when the gate is not ready and keeps updating it once it exists, so it turns green.
 * Runs that race each other (a re-run beside a push) converge on one comment: every run
 * keeps the oldest and deletes the others.
 */
export async function upsertComment(
  client: GitHubClient,
  options: {
    repository: Repository;
    issueNumber: number;
    gate: string;
    mode: CommentMode;
    ready: boolean;
    /**
     * The Markdown report, without the marker; or how to write it given the body of the
     * comment it replaces (which keeps the states of the last run), undefined for a new one.
     */
    body: string | ((previous: string | undefined) => string);
    /** False when refreshing: only a comment that exists is brought up to date. */
    mayCreate: boolean;
    /** The thread's comments, listed beside the run's other reads (see `listComments`). */
    listing?: Promise<ListedComment[]>;
  },
): Promise<CommentOutcome> {
  if (options.mode === 'never') return 'skipped';
  const marker = commentMarker(options.gate);
  const render = options.body;
  const bodyAfter = (previous: string | undefined) => `${marker}\n${typeof render === 'string' ? render : render(previous)}`;
  const thread: Thread = { client, repository: options.repository, issueNumber: options.issueNumber, marker, login: await tokenLogin(client) };
  const existing = options.listing ? ownOf(thread, await options.listing) : await listOwnComments(thread);
  if (existing.length > 0) return keepOldest(thread, existing, bodyAfter(existing[0]!.body));
  if (!options.mayCreate || (options.mode === 'auto' && options.ready)) return 'skipped';
  const body = bodyAfter(undefined);

  const created = await createOnce(thread, body);
  // Another run may have created one at the same time: look again, and keep only the oldest.
  const now = await listOwnComments(thread);
  if (!now.some((comment) => comment.id === created.id)) now.push(created);
  const outcome = await keepOldest(
    thread,
    now.sort((a, b) => a.id - b.id),
    body,
  );
  return now[0]!.id === created.id ? 'created' : outcome;
}

/**
 * Brings the oldest comment up to date, then deletes the newer ones. The update comes
 * first, so a deletion GitHub keeps refusing leaves a duplicate but never a stale comment;
 * the next run deletes what is left.
 */
async function keepOldest(thread: Thread, comments: OwnComment[], body: string): Promise<'updated' | 'unchanged'> {
  const [oldest, ...newer] = comments as [OwnComment, ...OwnComment[]];
  let outcome: 'updated' | 'unchanged' = 'unchanged';
  if (oldest.body !== body) {
    await thread.client.rest.issues.updateComment({ ...thread.repository, comment_id: oldest.id, body });
    outcome = 'updated';
  }
  for (const extra of newer) {
    try {
      await deleteComment(thread, extra.id);
    } catch (error) {
      throw duplicateLeft(error);
    }
  }
  return outcome;
}

function duplicateLeft(error: unknown): unknown {
  if (!(error instanceof GitHubError)) return error;
  const message = `duplicate readiness comment not deleted, the next run will: ${error.message}`;
  return new GitHubError(message, error.status, error.reason, error.details);
}

async function deleteComment(thread: Thread, id: number): Promise<void> {
  try {
    await thread.client.rest.issues.deleteComment({ ...thread.repository, comment_id: id });
  } catch (error) {
    // A run beside this one deleted it first.
    if ((error as { status?: unknown }).status !== 404) throw error;
  }
}

/** A comment is created this many times at most, each after checking that the previous try did not land. */
const CREATE_ATTEMPTS = 3;

/**
 * Creates the comment. Creating is not safe to repeat: after a server error or a timeout
 * GitHub may have stored it all the same, so the comments are read again first, and only
 * when none of ours is there is it sent again.
 */
async function createOnce(thread: Thread, body: string): Promise<OwnComment> {
  for (let attempt = 1; ; attempt++) {
    try {
      const { data } = await thread.client.rest.issues.createComment({ ...thread.repository, issue_number: thread.issueNumber, body });
      return { id: data.id, body: data.body ?? body };
    } catch (error) {
      if (!mayHaveLanded(error) || attempt >= CREATE_ATTEMPTS) throw error;
      const landed = await listOwnComments(thread);
      if (landed.length > 0) return landed[0]!;
    }
  }
}
