import type { AccountEntry, DraftItem } from './model.js';

/**
 * `import --explain`: the account of the document, source line by source line — each list
 * item and table row with the task it became, or why it is none. Written from the same
 * account as the counts on stderr, so the two cannot disagree.
 */
export function explainAccount(account: readonly AccountEntry[]): string {
  const sorted = [...account].sort((a, b) => a.line - b.line);
  const lines = sorted.map((entry) => `  line ${entry.line}: ${oneLine(entry.text)}\n    ${outcome(entry)}`);
  return `${lines.join('\n')}\n`;
}

function outcome(entry: AccountEntry): string {
  if (entry.items.length === 0) return `not a task: ${entry.reason ?? 'no reason recorded'}`;
  return entry.items.map(taskOutcome).join('; ');
}

function taskOutcome(item: DraftItem): string {
  if (item.duplicateOf) return `the same task as ${item.duplicateOf.id ?? '?'}, imported once`;
  if (item.leftOut) return `left out: ${item.leftOut}`;
  return `→ ${item.id ?? '?'} (${item.status})`;
}

/** The reasons items and rows were left out, with their counts, for the report on stderr. */
export function leftOutCounts(account: readonly AccountEntry[]): { imported: number; reasons: [string, number][] } {
  const reasons = new Map<string, number>();
  let imported = 0;
  for (const entry of account) {
    if (entry.items.length > 0) imported++;
    else {
      const reason = (entry.reason ?? 'no reason recorded').replace(/^in '[^']*': /, '');
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
  }
  return { imported, reasons: [...reasons].sort((a, b) => b[1] - a[1]) };
}

function oneLine(text: string): string {
  // Terminal control characters are the CLI's to sanitise; here only the lines are kept apart.
  return text.replace(/[\r\n]+/g, ' ');
}
