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

/** A URL, up to what cannot be in one written in text; trailing punctuation is cut after. */
const URL_PATTERN = /https?:\/\/[^\s<>()[\]"'`]+/g;

/** Every reference in text: URLs first, then short forms outside the URLs. */
export function findLinks(text: string): string[] {
  return findLinksBeside(text, []);
}

/** A link target found at a place in a text (where the link's text would begin). */
export interface PlacedLink {
  url: string;
  at: number;
}

/**
 * Every reference in text beside the targets of the links written in it: links and URLs
 * in the order they stand (GitHub makes a bare URL a link where it stands), then short
 * forms outside the URLs.
 */
export function findLinksBeside(text: string, placed: readonly PlacedLink[]): string[] {
  const found: string[] = [];
  let next = 0;
  let hasUrls = false;
  if (text.includes('http')) {
    for (const match of text.matchAll(URL_PATTERN)) {
      hasUrls = true;
      const url = match[0].replace(/[.,;:!?]+$/, '');
      if (!parseLink(url)) continue;
      while (next < placed.length && placed[next]!.at <= match.index) found.push(placed[next++]!.url);
      found.push(url);
    }
  }
  while (next < placed.length) found.push(placed[next++]!.url);
  return [...found, ...findShortRefs(hasUrls ? text.replace(URL_PATTERN, ' ') : text)];
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
