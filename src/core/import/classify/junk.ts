import type { TaskStatus } from '../../manifest/schema.js';
import { statusFromText } from './status.js';

/**
 * Classifier: parts of a document that look like work but are not — legends of the status
 * symbols, templates to copy, tables of contents, recaps and alternatives. Each rule has an
 * example of the heading it recognises.
 */
export type SkipKind = 'legend' | 'template' | 'table of contents' | 'recap' | 'alternative' | 'reference';

export const SKIPPED_SECTIONS: readonly { pattern: RegExp; kind: SkipKind; example: string }[] = [
  { pattern: /^(?:table of )?contents$|^toc$|^index$/i, kind: 'table of contents', example: '## Contents' },
  { pattern: /\blegend\b|^(?:status |symbol )?key$|^symbols$/i, kind: 'legend', example: '## Legend' },
  {
    pattern:
      /\bdefinition of (?:done|ready)\b|\bwhat ["“]?done["”]? means\b|\btemplates?\b|\bexamples?\b|\bhow (?:we(?:'|’)ll |we |to )use\b|\bhow to\b|\bformat\b|\bcopy (?:this|me)\b/i,
    kind: 'template',
    example: '## Definition of Done',
  },
  {
    pattern: /^(?:option|alternative|approach|scenario|proposal)\s+(?:[a-z0-9]|one|two|three)\b/i,
    kind: 'alternative',
    example: '### Option B: Production Ready (2-3 weeks)',
  },
  {
    pattern:
      /^(?:summary|executive summary|(?:current|overall|project) (?:status|state)|recap|tl;?\s?dr|conclusion|progress summary|status summary|at a glance)$/i,
    kind: 'recap',
    example: '## Summary',
  },
  {
    pattern:
      /^(?:revision history|change ?log|history|references|resources|glossary|appendix|faq|see also|related links|links)\b|変更履歴|更新履歴|变更记录|修订记录/i,
    kind: 'reference',
    example: '## Revision history',
  },
];

/** Headings stripped of numbering, emoji and decorations before matching. */
export function skippedSection(heading: string): SkipKind | undefined {
  const text = heading
    .replace(/\p{Extended_Pictographic}\uFE0F?/gu, ' ')
    .replace(/^[\s\d.)#:-]+/, '')
    .replace(/\s*\(.*\)\s*$/, '')
    .replace(/[:\s]+$/, '')
    .trim();
  return SKIPPED_SECTIONS.find((rule) => rule.pattern.test(text))?.kind;
}

/**
 * One line of a legend: "✅ = done", "[x] = finished", "🌓 = implementations differ",
 * "✅ means usable", "Legend: [ ] Not started [~] In progress [x] Done".
 */
const LEGEND_LINE = /^\s*(?:(\[[ xX~/-]\]|\S{1,3}?)\uFE0F?\s*(?:=|:|means\b|indicates\b|denotes\b|stands for\b|→|[-–—]\s)\s*(.{1,80}))$/u;
/** Legend entries that say a need is met another way: its rows are satisfied ("🌟 = provided by the core linter"). */
const SATISFIED = /\b(?:provided|covered|built[- ]in|usable|supported|available|handled|in (?:\w+ )?core)\b/i;
const LEGEND_LEAD = /^\s*(?:status )?(?:legend|key)\s*:/i;

export function isLegendLine(text: string): boolean {
  if (LEGEND_LEAD.test(text)) return true;
  const match = LEGEND_LINE.exec(text);
  if (!match) return false;
  const symbol = match[1]!;
  return /^\[.\]$/.test(symbol) || /\p{Extended_Pictographic}|[✓✔✗✘◐]/u.test(symbol);
}

/**
 * What a legend line says its symbol means: "🌓 = implementations differ" teaches
 * nothing, "🛑 = unimplemented" teaches 🛑 → todo.
 */
export function legendEntry(text: string): [string, TaskStatus] | undefined {
  const match = LEGEND_LINE.exec(text);
  if (!match) return undefined;
  const symbol = match[1]!;
  if (!/\p{Extended_Pictographic}|[✓✔✗✘◐]/u.test(symbol)) return undefined;
  const meaning = match[2]!;
  const status = statusFromText(meaning) ?? (SATISFIED.test(meaning) && !/\bnot\b/i.test(meaning) ? 'done' : undefined);
  return status ? [symbol, status] : undefined;
}

/** Items that are the decision itself, or placeholders to fill in, not work: "GO", "NO-GO", "TBD". */
export function isPlaceholder(title: string): boolean {
  return /^(?:go|no[- ]go|yes|no|none|tbd|n\/a|\.\.\.|…|<[^>]*>|_+)$/i.test(title.trim());
}
