import type { ConfigProblem } from '../shared/errors.js';
import { MAX_ISSUE_NUMBER, parseLink, type LinkRef } from '../links/links.js';
import { itemsWithPaths } from './cross-checks.js';
import type { SourceMap } from './positions.js';
import type { ManifestData } from './schema.js';
import { UNREADABLE } from './shape.js';
import { shorten } from '../shared/words.js';
import { LONGEST_QUOTED } from './problems.js';

/** A `links:` entry as written, and what it refers to. */
export interface ManifestLink {
  raw: string;
  ref: LinkRef;
}

/** The links of each task or acceptance item, parsed, and the ones that could never be verified. */
export function parseItemLinks(data: ManifestData, map: SourceMap, serverHost: string) {
  const itemLinks = new Map<string, ManifestLink[]>();
  const problems: ConfigProblem[] = [];
  for (const { item, path } of itemsWithPaths(data)) {
    const parsed: ManifestLink[] = [];
    (item.links ?? []).forEach((raw, l) => {
      if (raw === UNREADABLE) return;
      const ref = parseLink(raw);
      const mistake = ref ? linkMistake(raw, ref, serverHost) : unrecognisedLink(raw);
      if (mistake) problems.push(map.problem(map.valueAt([...path, 'links', l]), mistake));
      else parsed.push({ raw, ref: ref! });
    });
    if (!itemLinks.has(item.id)) itemLinks.set(item.id, parsed);
  }
  return { itemLinks, problems };
}

function unrecognisedLink(raw: string): string {
  return `unrecognised link '${shorten(raw, LONGEST_QUOTED)}' — expected #N, owner/repo#N or an issue or pull request URL`;
}

/** A link that parses but can never be verified: another host, or a number GitHub cannot have. */
function linkMistake(raw: string, ref: LinkRef, serverHost: string): string | undefined {
  if (ref.host !== undefined && ref.host !== serverHost) {
    return (
      `link '${shorten(raw, LONGEST_QUOTED)}' is not on ${serverHost}, the GitHub this run verifies links on — ` +
      `link the issue or pull request on ${serverHost}, or write it as owner/repo#N`
    );
  }
  if (ref.number > MAX_ISSUE_NUMBER) {
    return `link '${shorten(raw, LONGEST_QUOTED)}' has a number past GitHub's range (1 to ${MAX_ISSUE_NUMBER}) — is it an issue's id rather than its number?`;
  }
  return undefined;
}
