/**
 * Errors from the GitHub API as a maintainer should read them: one line, naming the
 * request and what GitHub said (never an HTML page), and for a 403 its cause.
 */

export type GitHubErrorReason =
  /** GitHub answered with an HTTP error. */
  | 'http'
  /** A rate limit that does not reset soon enough to wait for. */
  | 'rate-limit'
  /** GitHub answered 200, but the GraphQL query failed on its side. */
  | 'graphql'
  /** No complete answer within the time allowed for one request. */
  | 'timeout'
  /** The run's own time limit is reached. */
  | 'deadline'
  /** The connection failed. */
  | 'network'
  /** A request the client refuses to send, e.g. a next page on another host. */
  | 'refused';

export class GitHubError extends Error {
  override readonly name = 'GitHubError';
  constructor(
    message: string,
    /** The HTTP status; 0 when no answer came. */
    readonly status: number,
    readonly reason: GitHubErrorReason,
    readonly details: {
      headers?: Record<string, string | number | undefined>;
      /** When a spent rate limit resets, ms since the epoch. */
      resetAt?: number;
      /** A write that failed this way may still have been stored: check before sending it again. */
      mayHaveLanded?: boolean;
    } = {},
  ) {
    super(message);
  }
}

/** True when a failed write may have been stored all the same (a 5xx, a timeout, a lost connection). */
export function mayHaveLanded(error: unknown): boolean {
  return error instanceof GitHubError && error.details.mayHaveLanded === true;
}

const LONGEST_DETAIL = 200;

/**
 * What an error answer says, in one line: the `message` of a JSON body, the title of an
 * HTML page (a proxy's 502 page), or the first words of plain text.
 */
export function answerSummary(body: unknown): string {
  let text = '';
  if (body && typeof body === 'object') {
    const { message } = body as { message?: unknown };
    text = typeof message === 'string' ? message : '';
  } else if (typeof body === 'string') {
    text = /<(!doctype|html|head|body)\b/i.test(body) ? htmlTitle(body) : body;
  }
  return oneLine(text);
}

function htmlTitle(page: string): string {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(page) ?? /<h1[^>]*>([^<]*)<\/h1>/i.exec(page);
  return title?.[1]?.trim() ? `${decodeEntities(title[1].trim())} (an HTML page)` : 'an HTML page';
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', middot: '·' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 31 && code < 0x110000 && (code < 0x7f || code > 0x9f) ? String.fromCodePoint(code) : '';
  });
}

export function oneLine(text: string, longest = LONGEST_DETAIL): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > longest ? `${flat.slice(0, longest - 1)}…` : flat;
}

/** "2026-11-24 21:21 UTC (in 27 h 47 min)", or plain words for a time past any calendar. */
export function describeReset(resetAt: number, now: number): string {
  const date = new Date(resetAt);
  if (!Number.isFinite(date.getTime())) return 'at a time too far away to name';
  const minutes = Math.max(1, Math.ceil((resetAt - now) / 60_000));
  const span =
    minutes < 60 ? `${minutes} min` : minutes < 48 * 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${Math.floor(minutes / 1440)} days`;
  return `at ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC (in ${span})`;
}

/**
 * Why GitHub refused a request with 403 (or a rate limit with 429), in a sentence for a
 * warning, or undefined when the error is not such a refusal. `permission` names what the
 * workflow must grant, e.g. `pull-requests: write`; `fork` says the run is for a pull
 * request from a fork, whose token GitHub makes read-only.
 */
export function forbiddenCause(error: unknown, options: { permission: string; fork?: boolean }): string | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  if (error instanceof GitHubError && error.reason === 'rate-limit') return `${error.message}.`;
  if (status !== 403) return undefined;
  const message = error instanceof Error ? error.message : '';
  if (/rate limit/i.test(message)) return `GitHub's rate limit for this token is spent (${oneLine(message)}).`;
  if (options.fork) {
    return `a pull request from a fork gets a read-only token, so GitHub refused the write (\`${options.permission}\` is not granted to forks).`;
  }
  return `the token lacks the \`${options.permission}\` permission (GitHub: ${oneLine(message) || 'forbidden'}); grant it in the workflow's \`permissions\`.`;
}

/** A pull request whose head is in another repository than its base: GitHub gives its runs a read-only token. */
export function isForkPullRequest(payload: unknown): boolean {
  const pull = (payload as { pull_request?: { head?: { repo?: { full_name?: string } | null }; base?: { repo?: { full_name?: string } } } })
    ?.pull_request;
  if (!pull) return false;
  const head = pull.head?.repo?.full_name;
  const base = pull.base?.repo?.full_name;
  // A deleted fork has no head repository.
  return pull.head?.repo === null || (head !== undefined && base !== undefined && head.toLowerCase() !== base.toLowerCase());
}
