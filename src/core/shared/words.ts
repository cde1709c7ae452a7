/** "a, b or c" */
export function listInWords(items: readonly string[], conjunction: 'and' | 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/**
 * Like `listInWords`, but a long list names its first `shown` entries and counts the rest
 * ("P0, P1, P2 and 2,997 more"): a message must stay a line, whatever the manifest holds.
 */
export function listSomeInWords(items: readonly string[], conjunction: 'and' | 'or', shown = 10): string {
  if (items.length <= shown) return listInWords(items, conjunction);
  return `${items.slice(0, shown).join(', ')} ${conjunction} ${thousands(items.length - shown)} more`;
}

/** Text from a manifest quoted in a message: long values are cut to their first characters. */
export function shorten(text: string, longest = 60): string {
  return text.length > longest ? `${text.slice(0, longest - 1)}…` : text;
}

/**
 * Typos are suggested only for words of up to this many characters: longer ones are not
 * typed by hand, and comparing them would cost time for nothing.
 */
export const LONGEST_SUGGESTED_WORD = 64;

/** The candidate nearest to `word` by edit distance, if it is near enough to be a typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > LONGEST_SUGGESTED_WORD) return undefined;
  const tolerance = Math.max(1, Math.floor(word.length / 3));
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = tolerance + 1;
  for (const candidate of candidates) {
    // Lengths that differ by more than the tolerance cannot be near enough.
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    const distance = editDistance(lower, candidate.toLowerCase(), bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Edit distance where swapping two neighbouring letters ("titel") counts as one edit,
 * kept in three rows; gives up with `limit + 1` as soon as every entry of a row is
 * beyond `limit`, since the distance can only grow from there.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, beforePrevious[j - 2]! + 1);
      }
      row.push(best);
      if (best < rowBest) rowBest = best;
    }
    if (rowBest > limit) return limit + 1;
    beforePrevious = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/** "1 item", "3 items" */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * "12,345": the number with thousands separators, as `toLocaleString('en-US')` writes an
 * integer, without the first call's loading of the ICU number formats, which costs a run
 * tens of milliseconds.
 */
export function thousands(n: number): string {
  return Number.isInteger(n) ? String(n).replace(/\B(?=(\d{3})+$)/g, ',') : n.toLocaleString('en-US');
}
