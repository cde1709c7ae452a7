/**
 * Classifier: who owns an item, as documents write it. Tried in order; each with an example.
 */
interface OwnerRule {
  pattern: RegExp;
  example: string;
}

const HANDLE = '@[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:/[A-Za-z0-9_.-]{1,100})?';

export const OWNER_RULES: readonly OwnerRule[] = [
  {
    pattern:
      /\b(?:owners?|assignees?|assigned to|dri|lead|who|release (?:manager|lead|captain)|coordinator)\s*:\s*([^;,|()\s][^;,|()]{0,60}?)(?=\s{2,}|[;,|()]|\s+(?:target|due|eta|deadline|status)\b|\s*$)/i,
    example: 'Owner: Platform/Infra  Target: 2025-09-22',
  },
  {
    pattern: new RegExp(`\\((?:owner\\s*:\\s*|assign(?:ed)?(?: to)?\\s*:?\\s*)?(${HANDLE}(?:\\s*,\\s*${HANDLE}){0,5})\\)`),
    example: 'Rotate keys (@alice)',
  },
  { pattern: new RegExp(`^(${HANDLE})\\s*:`), example: '@alice: write the release notes' },
  { pattern: new RegExp(`(?<![\\w.@/])(${HANDLE})(?![\\w@])`), example: 'Publish the images — @bob' },
];

export function readOwner(text: string): string | undefined {
  if (!text.includes('@') && !text.includes(':')) return undefined;
  for (const rule of OWNER_RULES) {
    const match = rule.pattern.exec(text);
    if (match?.[1]?.trim()) return match[1].trim();
  }
  return undefined;
}

/** A heading, list item or paragraph that is only a handle names whose list follows: "### @alice", "- **@bob**:". */
const HANDLE_ONLY = new RegExp(`^\\s*(${HANDLE})\\s*:?\\s*$`);

export function handleOnly(text: string): string | undefined {
  return text.includes('@') ? HANDLE_ONLY.exec(text)?.[1] : undefined;
}

/** A bold name before a question, as go/no-go lists write it: "**Kathleen/Derek**: is monitoring ready?" */
export function looksLikeName(text: string): boolean {
  return /^[@\p{Lu}][\p{L}\p{M}.'’-]*(?:\s*(?:[/+&,]|and)?\s*[@\p{Lu}][\p{L}\p{M}.'’-]*){0,4}$/u.test(text.trim());
}
