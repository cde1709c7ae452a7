export interface Repository {
  owner: string;
  repo: string;
}

/** A parsed `links:` entry of the manifest. */
export interface LinkRef {
  /** Absent for `#N`, which means "this repository". */
  repository?: Repository;
  number: number;
  /** What the reference says it is; `#N` and `owner/repo#N` can be either. */
  kind: 'issue' | 'pull' | 'any';
}

export type LinkState =
  | 'open'
  | 'merged'
  | 'completed'
  | 'not_planned'
  | 'duplicate'
  | 'closed_unmerged'
  | 'unknown'
  | 'unverified';

/** What the GitHub API said about one link. */
export interface LinkStatus {
  kind: 'issue' | 'pull' | 'unknown';
  state: LinkState;
  title?: string;
  url?: string;
  /** Why the state is `unknown` (missing, no access, …). */
  detail?: string;
}

const NAME = '[A-Za-z0-9_.-]+';
const SHORT_REF = new RegExp(`^(?:(${NAME})/(${NAME}))?#(\\d+)$`);
const URL_REF = new RegExp(
  `^https?://[^/\\s]+/(${NAME})/(${NAME})/(issues|pull|pulls)/(\\d+)(?:[/?#].*)?$`,
);

export function parseLink(raw: string): LinkRef | undefined {
  const text = raw.trim();
  const short = SHORT_REF.exec(text);
  if (short) {
    const [, owner, repo, number] = short;
    return withNumber(owner && repo ? { owner, repo } : undefined, number!, 'any');
  }
  const url = URL_REF.exec(text);
  if (url) {
    const [, owner, repo, path, number] = url;
    return withNumber({ owner: owner!, repo: repo! }, number!, path === 'issues' ? 'issue' : 'pull');
  }
  return undefined;
}

function withNumber(
  repository: Repository | undefined,
  digits: string,
  kind: LinkRef['kind'],
): LinkRef | undefined {
  const number = Number(digits);
  if (!Number.isSafeInteger(number) || number < 1) return undefined;
  return repository ? { repository, number, kind } : { number, kind };
}

/**
 * The canonical key of a link: `owner/repo#N` (lower-cased, since GitHub names are
 * case-insensitive), or `#N` when the repository is not known (offline CLI).
 */
export function linkKey(ref: LinkRef, defaultRepository?: Repository): string {
  const repository = ref.repository ?? defaultRepository;
  if (!repository) return `#${ref.number}`;
  return `${repository.owner}/${repository.repo}#${ref.number}`.toLowerCase();
}

/** How to show a link: `owner/repo#N` as GitHub writes it, or `#N` when the repository is not known. */
export function linkName(ref: LinkRef, defaultRepository?: Repository): string {
  const repository = ref.repository ?? defaultRepository;
  return repository ? `${repository.owner}/${repository.repo}#${ref.number}` : `#${ref.number}`;
}

export function parseRepository(text: string): Repository | undefined {
  const match = new RegExp(`^(${NAME})/(${NAME})$`).exec(text.trim());
  return match ? { owner: match[1]!, repo: match[2]! } : undefined;
}

export function isSatisfiedState(state: LinkState): boolean {
  return state === 'merged' || state === 'completed';
}
