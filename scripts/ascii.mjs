import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The bundles are written in ASCII. A single character beyond it (a dash in a comment) makes
// V8 hold the whole source as two-byte text, which every start pays for in decoding and
// scanning: 6% of the instructions of a cold run of the action. Each such character becomes
// its \u escape, which reads the same in strings, templates, regular expressions,
// identifiers and comments (a character escaped by a backslash, `\é`, is the character
// itself there: it becomes the bare escape). Line and paragraph separators and no-break
// spaces stay as they are: as escapes they would no longer end a comment or part two tokens.
const KEEP = new Set(['\u2028', '\u2029', '\u00a0', '\ufeff']);

/** The text with every character beyond ASCII (each UTF-16 unit) written as a \u escape. */
export function escapeNonAscii(text) {
  return text.replace(/(\\*)([^\0-\x7f])/g, (match, backslashes, char) => {
    if (KEEP.has(char)) return match;
    const escaped = backslashes.length % 2 === 1 ? backslashes.slice(1) : backslashes;
    return `${escaped}\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** Rewrites every script of a bundle's directory (the entry and its chunks) in ASCII. */
export function writeBundleInAscii(dir) {
  for (const file of readdirSync(dir).filter((name) => /\.m?js$/.test(name))) {
    const path = join(dir, file);
    writeFileSync(path, escapeNonAscii(readFileSync(path, 'utf8')));
  }
}
