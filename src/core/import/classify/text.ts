/** Small text helpers shared by the steps: titles, phase names and ids. */

const TIER_PARENTHESES = /\s*\((?:[^()]{0,40}\b)?(?:priority|critical|high|medium|low|must|blocking|blocker|p[0-4])\b[^()]{0,40}\)/gi;
const TIER_BRACKETS = /\s*\[(?:critical|high|medium|low|must|blocker|p[0-4])\]/gi;
const TIER_WORDS = /\s*\*{0,2}\b(?:CRITICAL|HIGH|MEDIUM|LOW|MUST|SHOULD|COULD)\b\*{0,2}\s*:?/g;

/**
 * A title without emoji markers, tier markers ("(CRITICAL)", "[P0]") or trailing colons.
 * "(optional)" stays: it tells a reader why the item does not block.
 */
export function cleanTitle(text: string): string {
  let cut = text.length > 1000 ? text.slice(0, 1000) : text;
  if (/[\u0080-\uFFFF]/.test(cut)) cut = cut.replace(/\p{Extended_Pictographic}\uFE0F?/gu, ' ').replace(/\uFFFD|\uFE0F/g, ' ');
  if (cut.includes('(')) cut = cut.replace(TIER_PARENTHESES, '');
  if (cut.includes('[')) cut = cut.replace(TIER_BRACKETS, '');
  if (/[A-Z]{3}/.test(cut)) cut = cut.replace(TIER_WORDS, ' ');
  if (/[(_*]|\d\s?[dh]\s*$/.test(cut)) cut = cut.replace(LEFTOVERS, ' ');
  return cut
    .replace(/\s+/g, ' ')
    .replace(/^[\s:–—-]+|[\s:]+$/g, '')
    .trim();
}

/** What a title keeps of markup and estimates it was split from: "( today)", a trailing "__", an effort "1.0d". */
const LEFTOVERS = /\(\s+\w*\s*\)|\s[_*]{2,}\s*$|\s+\d+(?:\.\d+)?\s?[dh]\s*$/g;

/** Headings keep their words; only emoji and tier markers go. */
export function cleanHeading(text: string): string {
  return text
    .replace(/\s*\((?:if applicable|optional|nice[- ]to[- ]have)\)/gi, '')
    .replace(/\p{Extended_Pictographic}\uFE0F?/gu, ' ')
    .replace(/\uFFFD|\uFE0F/g, ' ')
    .replace(TIER_PARENTHESES, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s:–—-]+|[\s:]+$/g, '')
    .trim();
}

export function shorten(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * The id and name a heading gives a phase:
 *   "Phase 1: Security"          → P1, "Security"
 *   "P0.1: UI Engine Fix"        → P0.1, "UI Engine Fix"
 *   "M0 Foundations"             → M0, "Foundations"
 *   "v2.8 (Q1 2026)"             → v2.8, "v2.8 (Q1 2026)"
 *   "3. Docs"                    → 3, "Docs"
 *   "Release Blockers"           → release-blockers, "Release Blockers"
 */
export function phaseIdentity(heading: string): { id: string; name: string } {
  const text = shorten(cleanHeading(heading), 200);
  const numbered = /^(phase|milestone|stage|step|part|sprint|wave)\s+(\d+(?:\.\d+)*)\s*[:.)–—-]*\s*(.*)$/i.exec(text);
  if (numbered)
    return { id: `${numbered[1]![0]!.toUpperCase()}${numbered[2]}`, name: numbered[3] && !numbered[3].startsWith('(') ? numbered[3] : text };
  const version = /^(v\d+(?:\.\d+)*(?:\.x)?)\b(.*)$/i.exec(text);
  if (version) {
    const rest = version[2]!.replace(/^\s*[:–—-]\s*/, '').trim();
    return { id: version[1]!, name: rest && !rest.startsWith('(') ? rest : text };
  }
  const coded = /^([A-Za-z]{1,4}\d+(?:\.\d+)*[a-z]?)\b\s*[:.)–—-]*\s*(.*)$/.exec(text);
  if (coded && !/^q[1-4]$/i.test(coded[1]!)) {
    const rest = coded[2]!;
    return { id: coded[1]!, name: rest && !rest.startsWith('(') && !/^\d+$/.test(rest) ? rest : text };
  }
  const counted = /^(\d+(?:\.\d+)*[.)]|\d+)\s+(.+)$/.exec(text);
  if (counted) return { id: counted[1]!.replace(/[.)]$/, ''), name: counted[2]! };
  return { id: slug(text) || 'phase', name: text || 'Untitled phase' };
}

export function slug(text: string): string {
  const full = text
    .toLowerCase()
    .normalize('NFKD')
    // "Comunicación" → "comunicacion": the accent NFKD splits off is dropped, not a word break.
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (full.length <= 40) return full;
  const cut = full.slice(0, 41);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut.slice(0, 40);
}

export function sanitizeId(text: string): string {
  return cleanTitle(text)
    .replace(/\s+/g, '-')
    .replace(/[^A-Za-z0-9._-]/g, '')
    .slice(0, 60);
}

/** Ids made unique by a counter per base, in one pass: "tasks", "tasks-2", "tasks-3". */
export function uniqueIds(): (base: string) => string {
  const used = new Set<string>();
  const next = new Map<string, number>();
  return (base) => {
    if (!used.has(base)) {
      used.add(base);
      return base;
    }
    let n = next.get(base) ?? 2;
    while (used.has(`${base}-${n}`)) n++;
    next.set(base, n + 1);
    const id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

/** A key under which the same item written twice is found once. */
export function itemKey(title: string): string {
  return title.toLowerCase();
}
