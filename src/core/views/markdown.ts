/**
 * Escaping for text from the manifest or from issues that lands in GitHub Markdown (the
 * PR comment, the job summary and the tracking document alike): no HTML, no formatting,
 * no @mentions or #references, no broken table cells, and links only to GitHub's own
 * issue and pull-request pages.
 */
import type { LinkReport } from '../verdict/report.js';

const ZERO_WIDTH_SPACE = '\u200b';

/**
 * C0 and C1 control characters other than tab and newline, and the bidirectional
 * overrides that make text read differently from what it is.
 */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Terminal escape sequences: CSI (`ESC [ … m`, cursor moves), OSC (`ESC ] 0;title BEL`,
 * hyperlinks), DCS/SOS/PM/APC strings, and two-character escapes.
 */
const ESCAPE_SEQUENCES =
  // eslint-disable-next-line no-control-regex
  /\u001b(?:\[[0-?]*[ -/]*[@-~]?|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[PX^_][^\u001b]*(?:\u001b\\)?|[ -/]*[0-~]?)|\u009b[0-?]*[ -/]*[@-~]?|\u009d[^\u0007\u009c]*[\u0007\u009c]?/g;

/**
 * Every character that a step of `escapeMarkdown` removes, replaces or escapes (controls and
 * escape sequences included), and `gh-` before a digit: text without any comes out unchanged.
 */
// eslint-disable-next-line no-control-regex
const MAY_NEED_ESCAPING = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069&<>\\`*_~[\]|!@#]|gh-\d/i;

/** Text with escape sequences and control characters removed; newlines and tabs are kept. */
export function stripControls(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, '').replace(CONTROLS, '');
}

/** One line of text for a terminal: no escapes, no controls, no line breaks of its own. */
export function terminalLine(text: string): string {
  return stripControls(text.replace(/\r?\n|\r/g, ' ')).replace(/\t/g, ' ');
}

export function escapeMarkdown(text: string): string {
  // Most titles hold none of it: a report of thousands of rows skips the nine passes below.
  if (!MAY_NEED_ESCAPING.test(text)) return text;
  return (
    stripControls(text)
      .replace(/\n|\t/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([\\`*_~[\]|!])/g, '\\$1')
      // A zero-width space keeps GitHub from linking users, teams and issues.
      .replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_SPACE}`)
      .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
      .replace(/\b(GH)-(?=\d)/gi, `$1-${ZERO_WIDTH_SPACE}`)
  );
}

const PLAIN_CODE = /^[\w.-]+$/;

/** Inline code that cannot be broken out of, whatever backticks the text holds. */
export function codeSpan(text: string): string {
  // Ids, the most of them, need no fence wider than one backtick and nothing taken out.
  if (PLAIN_CODE.test(text)) return `\`${text}\``;
  const flat = stripControls(text).replace(/\n|\t/g, ' ').replace(/\|/g, '\u2758');
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Shortens long text at a word boundary, so one entry cannot dominate a table. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

export const GITHUB_SERVER_URL = 'https://github.com';

const NAME = '[A-Za-z0-9_.-]+';
const LINK_NAME = new RegExp(`^(${NAME})/(${NAME})#(\\d+)$`);
const ISSUE_PATH = new RegExp(`^/(${NAME})/(${NAME})/(issues|pull)/(\\d+)$`);

/**
 * The page of a linked issue or pull request: the URL GitHub reported for it when that is
 * an https page of exactly this issue, else one built on `serverUrl`. Never anything a
 * manifest wrote itself, so a link cannot point at `javascript:` or at another host.
 * Undefined for `#N` when the repository is not known.
 */
export function issueUrl(link: LinkReport, serverUrl: string = GITHUB_SERVER_URL): string | undefined {
  const name = LINK_NAME.exec(link.name);
  if (!name) return undefined;
  const [, owner, repo, number] = name as unknown as [string, string, string, string];
  const base = httpsBase(serverUrl) ?? GITHUB_SERVER_URL;
  const built = `${base}/${owner}/${repo}/${link.kind === 'pull' ? 'pull' : 'issues'}/${number}`;
  // GitHub mostly reports the very page built here, which the check below would give back as it is.
  if (link.url === built) return built;
  return (link.url ? reportedUrl(link.url, owner, repo, number) : undefined) ?? built;
}

function reportedUrl(url: string, owner: string, repo: string, number: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.search || parsed.hash) return undefined;
  const path = ISSUE_PATH.exec(parsed.pathname);
  if (!path || path[4] !== number) return undefined;
  if (path[1]!.toLowerCase() !== owner.toLowerCase() || path[2]!.toLowerCase() !== repo.toLowerCase()) return undefined;
  return `${parsed.origin}${parsed.pathname}`;
}

/** The last server URL read, and its base: a view asks for the same one for every owner and link. */
let lastBase: { serverUrl: string; base: string | undefined } | undefined;

/** `https://host[:port]` of a server URL, or undefined when it is not a plain https origin. */
function httpsBase(serverUrl: string): string | undefined {
  if (lastBase?.serverUrl !== serverUrl) lastBase = { serverUrl, base: readHttpsBase(serverUrl) };
  return lastBase.base;
}

function readHttpsBase(serverUrl: string): string | undefined {
  try {
    const parsed = new URL(serverUrl);
    return parsed.protocol === 'https:' && !parsed.username && !parsed.password ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

/** A link reference as link text: the validated `owner/repo#N`, with Markdown's characters escaped. */
export function referenceText(name: string): string {
  return stripControls(name).replace(/([\\`*_~[\]|!<>&])/g, '\\$1');
}

/**
 * A Markdown link to a linked issue or pull request, or its reference as plain text when
 * its page is not known. The text is `owner/repo#N`, plus the issue's title when given.
 */
export function issueLink(link: LinkReport, options: { serverUrl?: string; title?: string } = {}): string {
  const url = issueUrl(link, options.serverUrl);
  const text = referenceText(link.name) + (options.title ? ` ${escapeMarkdown(options.title)}` : '');
  return url ? `[${text}](${url})` : text;
}

const HANDLE = /^@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))(?:\/([A-Za-z0-9_.-]{1,100}))?$/;

/**
 * An owner as written: a single `@user` or `@org/team` becomes a link to its page (text
 * inside a link does not notify anyone); anything else is escaped text.
 */
export function ownerText(owner: string, serverUrl: string = GITHUB_SERVER_URL): string {
  const handle = HANDLE.exec(owner.trim());
  if (!handle) return escapeMarkdown(owner);
  const base = httpsBase(serverUrl) ?? GITHUB_SERVER_URL;
  const [, login, team] = handle;
  const url = team ? `${base}/orgs/${login}/teams/${team}` : `${base}/${login}`;
  return `[${referenceText(owner.trim())}](${url})`;
}

/**
 * Text inside an HTML element of a Markdown view (a `<summary>`), where Markdown is not
 * read: HTML escaped, and mentions and references kept from linking as in `escapeMarkdown`.
 */
export function htmlText(text: string): string {
  return stripControls(text)
    .replace(/\n|\t/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_SPACE}`)
    .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`);
}
