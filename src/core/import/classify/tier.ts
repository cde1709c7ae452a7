/**
 * Classifier: the priority tier a heading, an item or a Priority cell states, and so
 * whether its work blocks. Each rule has an example beside it; "not" rules come first,
 * so "Important but Not Critical" is not blocking.
 */
export interface Tier {
  blocking: boolean;
  /** The words the decision was read from, for the comment in the output. */
  word: string;
}

interface TierRule {
  pattern: RegExp;
  blocking: boolean;
  example: string;
}

/** Headings and Priority cells: the words anywhere in them. */
export const HEADING_TIERS: readonly TierRule[] = [
  { pattern: /\bnot (?:critical|blocking|required)\b/i, blocking: false, example: '## 🟡 Important but Not Critical' },
  { pattern: /\bnon[- ]?blocking\b/i, blocking: false, example: '## Non-blocking' },
  { pattern: /\bnice[- ]to[- ]have\b/i, blocking: false, example: '## 🟢 Nice to have' },
  { pattern: /\b(?:optional|informational|if applicable|stretch)\b/i, blocking: false, example: '### 5. Audit Export (if applicable)' },
  { pattern: /\b(?:future|later|post[- ]launch|enhancements?|backlog)\b/i, blocking: false, example: '## Future' },
  { pattern: /\b(?:provisional|tentative)\b/i, blocking: false, example: '## Milestone 3 (provisional)' },
  { pattern: /\b(?:index|reference list)\b/i, blocking: false, example: '## RFC index' },
  { pattern: /\bshould(?: have| ship)?\b/i, blocking: false, example: '## 🟡 Should ship' },
  { pattern: /\b(?:medium|low|minor|trivial|p[2-4])\b/i, blocking: false, example: '### 3. Docs (MEDIUM PRIORITY)' },
  { pattern: /[🔵⚪]/u, blocking: false, example: '## 🔵 Later' },
  {
    pattern: /\b(?:critical|high|must(?: fix| have)?|required|blockers?|blocking|p0(?!\.\d)|showstopper|major)\b/i,
    blocking: true,
    example: '## 🔴 CRITICAL (Required before any production use)',
  },
  { pattern: /🔴/u, blocking: true, example: '## 🔴 Gaps' },
];

/**
 * Items state a tier only in a marked-off form — "(CRITICAL)", "[P0]", "**MUST**", an
 * upper-case word — so "Set up high availability" is not a HIGH item.
 */
export const ITEM_TIERS: readonly TierRule[] = [
  {
    pattern: /\((?:[^()]{0,40}\b)?(?:optional|nice[- ]to[- ]have|low|medium|minor|if applicable|p[2-4]|should|could|later)\b[^()]{0,40}\)/i,
    blocking: false,
    example: '- [ ] Dark theme (optional)',
  },
  { pattern: /\[(?:optional|low|medium|minor|p[2-4])\]/i, blocking: false, example: '- [ ] [P2] Dark theme' },
  {
    pattern: /\b(?:OPTIONAL|LOW|MEDIUM|SHOULD|COULD|WON'T)\b(?!\s+(?:PRIORITY\s+)?(?:items|ones))/,
    blocking: false,
    example: '- [ ] LOW: Disable Bluetooth',
  },
  {
    pattern: /\((?:[^()]{0,40}\b)?(?:critical|high|must|blocker|blocking|required|p0|p1)\b[^()]{0,40}\)/i,
    blocking: true,
    example: '- [ ] Disable Firewire (CRITICAL)',
  },
  { pattern: /\[(?:critical|high|must|blocker|p0|p1)\]/i, blocking: true, example: '- [ ] [P0] Rotate keys' },
  { pattern: /\b(?:CRITICAL|HIGH|MUST|BLOCKER)\b(?!\s+(?:PRIORITY\s+)?(?:items|ones))/, blocking: true, example: '- [ ] **MUST** Encrypt backups' },
];

function firstMatch(rules: readonly TierRule[], text: string): Tier | undefined {
  for (const rule of rules) {
    const match = rule.pattern.exec(text);
    if (match) return { blocking: rule.blocking, word: match[0].trim() };
  }
  return undefined;
}

export function tierOfHeading(text: string): Tier | undefined {
  return firstMatch(HEADING_TIERS, text);
}

export function tierOfItem(text: string): Tier | undefined {
  // Every form needs a bracket or an upper-case word; most items have neither.
  if (!/[([]|[A-Z]{3}/.test(text)) return undefined;
  return firstMatch(ITEM_TIERS, text);
}

/** "YES", "✅", "Blocking" in a Blocking column; undefined when the cell says neither. */
export function truthy(text: string): boolean | undefined {
  const plain = text.trim().toLowerCase();
  if (/^(?:yes|y|true|x|✓|✔|✅|blocking|required|must|release blocker)/u.test(plain)) return true;
  if (/^(?:no|n|false|-|—|optional|non[- ]?blocking|nice)/u.test(plain)) return false;
  return undefined;
}
