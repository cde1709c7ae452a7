export interface Repository {
  owner: string;
  repo: string;
}

/** An issue or pull request on GitHub: what a link points at once its repository is known. */
export interface LinkTarget extends Repository {
  number: number;
}

/** A parsed `links:` entry of the manifest. */
export interface LinkRef {
  /** Absent for `#N`, which means "this repository". */
  repository?: Repository;
  number: number;
  /** What the reference says it is; `#N` and `owner/repo#N` can be either. */
  kind: 'issue' | 'pull' | 'any';
  /** The host of a URL link, lower-cased: links are verified only on the GitHub the run talks to. */
  host?: string;
}

/** GitHub numbers issues and pull requests from 1 to 2³¹−1 (a GraphQL Int). */
export const MAX_ISSUE_NUMBER = 2 ** 31 - 1;

export type LinkState = 'open' | 'merged' | 'completed' | 'not_planned' | 'duplicate' | 'closed_unmerged' | 'unknown' | 'unverified';

/** What the GitHub API said about one link. */
export interface LinkStatus {
  kind: 'issue' | 'pull' | 'unknown';
  state: LinkState;
  title?: string;
  url?: string;
  /** Why the state is `unknown` (missing, no access, …), or what made it so ("this pull request closes it"). */
  detail?: string;
  /** An issue's sub-issues (GitHub's parent and child issues), when it has any. */
  subIssues?: SubIssueProgress;
}

export interface SubIssueProgress {
  total: number;
  closed: number;
  /** Sub-issues still open; fewer than `total − closed` when some were closed as not planned. */
  open: number;
}

/** GitHub's owner and repository names: letters, digits, `.`, `_` and `-`. */
const NAME = '[A-Za-z0-9_.-]+';
const SHORT_REF = new RegExp(`^(?:(${NAME})/(${NAME}))?#(\\d+)$`);
const URL_REF = new RegExp(`^https?://([^/\\s]+)/(${NAME})/(${NAME})/(issues|pull|pulls)/(\\d+)(?:[/?#].*)?$`);
const REPOSITORY = new RegExp(`^(${NAME})/(${NAME})$`);
/** `owner/name` at the end of a git remote URL, e.g. git@github.com:acme/api.git */
const REMOTE_REPOSITORY = /[/:]([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/;

export function parseLink(raw: string): LinkRef | undefined {
  const text = raw.trim();
  const short = SHORT_REF.exec(text);
  if (short) {
    const [, owner, repo, number] = short;
    return withNumber(owner && repo ? { owner, repo } : undefined, number!, 'any');
  }
  const url = URL_REF.exec(text);
  if (url) {
    const [, host, owner, repo, path, number] = url;
    const ref = withNumber({ owner: owner!, repo: repo! }, number!, path === 'issues' ? 'issue' : 'pull');
    return ref && { ...ref, host: host!.toLowerCase() };
  }
  return undefined;
}

/** Numbers past GitHub's range still parse, so that the manifest can say what is wrong with them. */
function withNumber(repository: Repository | undefined, digits: string, kind: LinkRef['kind']): LinkRef | undefined {
  const number = digits.length > 16 ? Infinity : Number(digits);
  if (number < 1) return undefined;
  return repository ? { repository, number, kind } : { number, kind };
}

/** The host of a server URL such as GITHUB_SERVER_URL, lower-cased; github.com when unset. */
export function serverHost(serverUrl: string | undefined): string {
  if (!serverUrl) return 'github.com';
  try {
    return new URL(serverUrl).host.toLowerCase();
  } catch {
    return serverUrl.toLowerCase();
  }
}

/** The issue or pull request a link points at; `#N` needs the repository it is read in. */
export function targetOf(ref: LinkRef, defaultRepository?: Repository): LinkTarget | undefined {
  const repository = ref.repository ?? defaultRepository;
  return repository ? { owner: repository.owner, repo: repository.repo, number: ref.number } : undefined;
}

/** `owner/repo#N` as GitHub writes it. */
export function targetName(target: LinkTarget): string {
  return `${target.owner}/${target.repo}#${target.number}`;
}

export function sameRepository(a: Repository, b: Repository): boolean {
  return a.owner.toLowerCase() === b.owner.toLowerCase() && a.repo.toLowerCase() === b.repo.toLowerCase();
}

/**
 * Link states by target. GitHub names are case-insensitive, so `ACME/Api#4` and
 * `acme/api#4` are one entry. The index is private: targets go in and come out typed.
 */
export class LinkStates {
  private readonly byTarget = new Map<string, LinkStatus>();

  static of(entries: Iterable<readonly [LinkTarget, LinkStatus]>): LinkStates {
    const states = new LinkStates();
    for (const [target, status] of entries) states.set(target, status);
    return states;
  }

  get(target: LinkTarget): LinkStatus | undefined {
    return this.byTarget.get(indexOf(target));
  }

  has(target: LinkTarget): boolean {
    return this.byTarget.has(indexOf(target));
  }

  set(target: LinkTarget, status: LinkStatus): void {
    this.byTarget.set(indexOf(target), status);
  }

  addAll(other: LinkStates): void {
    for (const [index, status] of other.byTarget) this.byTarget.set(index, status);
  }

  get size(): number {
    return this.byTarget.size;
  }
}

function indexOf(target: LinkTarget): string {
  return targetName(target).toLowerCase();
}

/** Distinct targets, in first-seen order, compared as GitHub does (case-insensitively). */
export function distinctTargets(targets: Iterable<LinkTarget>): LinkTarget[] {
  const seen = new Map<string, LinkTarget>();
  for (const target of targets) if (!seen.has(indexOf(target))) seen.set(indexOf(target), target);
  return [...seen.values()];
}

export function parseRepository(text: string): Repository | undefined {
  const match = REPOSITORY.exec(text.trim());
  return match ? { owner: match[1]!, repo: match[2]! } : undefined;
}

/** `owner/name` from a git remote URL (`https://host/acme/api.git`, `git@host:acme/api`). */
export function repositoryFromRemoteUrl(url: string): Repository | undefined {
  const match = REMOTE_REPOSITORY.exec(url.trim());
  return match ? { owner: match[1]!, repo: match[2]! } : undefined;
}

export function isSatisfiedState(state: LinkState): boolean {
  return state === 'merged' || state === 'completed';
}

/** Merged, or closed as completed with none of its sub-issues still open. */
export function isSatisfied(status: LinkStatus): boolean {
  return isSatisfiedState(status.state) && (status.subIssues?.open ?? 0) === 0;
}
