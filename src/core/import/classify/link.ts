import { parseLink } from '../../links/links.js';

/**
 * Classifier: references to issues and pull requests in running text. Written to run in
 * time linear in the text: no pattern here can backtrack over more than a name's length.
 *
 *   #12                                   → #12 (this repository)
 *   acme/api#45                           → acme/api#45
 *   https://github.com/acme/api/pull/7    → kept as written, with its repository
 */
const NAME_CHAR = /[A-Za-z0-9_.-]/;
const MAX_NAME = 100;

/** `#N` and `owner/repo#N` in text. */
export function findShortRefs(text: string): string[] {
  const found: string[] = [];
  // Most text holds no reference: no search, no iterator.
  if (!text.includes('#')) return found;
  for (const match of text.matchAll(/#(\d{1,9})(?!\d|\w)/g)) {
    const at = match.index;
    const before = at > 0 ? text[at - 1]! : '';
    if (before === '&' || before === '#') continue;
    const repository = repositoryBefore(text, at);
    if (repository === null) continue;
    found.push(`${repository ?? ''}#${match[1]}`);
  }
  return found;
}

/**
 * The `owner/repo` written right before position `at`, '' when nothing is, or null when a
 * word is glued to the `#` without being a repository ("C#12" is not a reference).
 */
function repositoryBefore(text: string, at: number): string | null {
  let start = at;
  let slash = -1;
  while (start > 0 && at - start < 2 * MAX_NAME + 1) {
    const char = text[start - 1]!;
    if (char === '/' && slash < 0) slash = start - 1;
    else if (!NAME_CHAR.test(char)) break;
    start--;
  }
  if (start === at) return '';
  if (slash < 0) return /^(?:pr|issue|gh|pull)$/i.test(text.slice(start, at)) ? '' : null;
  if (slash === start || slash === at - 1) return null;
  return text.slice(start, at);
}

/** Issue and pull request URLs in text ("see https://github.com/a/b/issues/3."). */
export function findUrls(text: string): string[] {
  const found: string[] = [];
  if (!text.includes('http')) return found;
  for (const match of text.matchAll(/https?:\/\/[^\s<>()[\]"'`]+/g)) {
    const url = match[0].replace(/[.,;:!?]+$/, '');
    if (parseLink(url)) found.push(url);
  }
  return found;
}

/** Every reference in text: URLs first, then short forms outside the URLs. */
export function findLinks(text: string): string[] {
  const urls = findUrls(text);
  const rest = urls.length ? text.replace(/https?:\/\/[^\s<>()[\]"'`]+/g, ' ') : text;
  return [...urls, ...findShortRefs(rest)];
}

/** The issue or pull request a link's URL points to, if it does. */
export function issueUrl(url: string): string | undefined {
  return parseLink(url) ? url : undefined;
}

/** GitHub numbers issues and pull requests up to 2³¹−1. */
const MAX_NUMBER = 2 ** 31 - 1;

/** The issue or PR a link names, lower-cased (`acme/api#7`, or `#7` in this repository); undefined if not a link. */
export function linkIdentity(link: string): string | undefined {
  const ref = parseLink(link);
  if (!ref || ref.number > MAX_NUMBER) return undefined;
  const repository = ref.repository ? `${ref.repository.owner}/${ref.repository.repo}`.toLowerCase() : '';
  return `${repository}#${ref.number}`;
}

/** Links in order of appearance, each issue or pull request once. */
export function uniqueLinks(links: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const link of links) {
    const key = linkIdentity(link);
    if (key === undefined || seen.has(key)) continue;
    seen.add(key);
    out.push(link);
  }
  return out;
}
