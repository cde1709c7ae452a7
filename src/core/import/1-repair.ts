import { ConfigError } from '../shared/errors.js';
import { repairMojibake } from './mojibake.js';

/**
 * Step 1: text as the author meant it — emoji broken by mis-decoding repaired, GitHub
 * shortcodes (":white_check_mark:") turned into the symbols they show — and bounded, so
 * that the parser's cost stays linear: very long lines and very wide table rows are cut,
 * with a note, and nesting deeper than any plan needs is refused with a clear error.
 */
export const MAX_LINE = 4000;
export const MAX_COLUMNS = 64;
export const MAX_NESTING = 100;

export class ImportError extends ConfigError {}

export interface RepairedText {
  text: string;
  /** What was changed beyond repairing characters, for the header of the output. */
  notes: string[];
}

const SHORTCODES: Record<string, string> = {
  white_check_mark: '✅',
  heavy_check_mark: '✔️',
  ballot_box_with_check: '☑️',
  check: '✔️',
  x: '❌',
  negative_squared_cross_mark: '❌',
  heavy_multiplication_x: '✖️',
  construction: '🚧',
  hourglass: '⏳',
  hourglass_flowing_sand: '⏳',
  warning: '⚠️',
  red_circle: '🔴',
  green_circle: '🟢',
  yellow_circle: '🟡',
  orange_circle: '🟠',
  large_blue_circle: '🔵',
  blue_circle: '🔵',
  white_circle: '⚪',
  no_entry: '⛔',
  no_entry_sign: '🚫',
  stop_sign: '🛑',
  white_large_square: '⬜',
  first_quarter_moon: '🌓',
  last_quarter_moon: '🌗',
  arrows_counterclockwise: '🔄',
};

export function repairText(source: string, file: string): RepairedText {
  const repaired = repairMojibake(source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')).replace(
    /:([a-z_]{1,40}):/g,
    (whole, name: string) => SHORTCODES[name] ?? whole,
  );
  const unwrapped = unwrapDocument(repaired);
  const text = unwrapped ?? repaired;
  const notes = unwrapped === undefined ? [] : ['the whole document is one ```markdown code block: read as the Markdown it holds'];
  // Every line is checked in place; only a document with a line to cut is split into lines.
  if (!checkLines(text, file)) return { text, notes };
  let cutLines = 0;
  let cutRows = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (line.length > MAX_LINE) {
      line = line.slice(0, MAX_LINE);
      cutLines++;
    }
    const cut = cutColumns(line);
    if (cut !== line) {
      line = cut;
      cutRows++;
    }
    lines[i] = line;
  }
  if (cutLines) notes.push(`${cutLines} line(s) longer than ${MAX_LINE} characters were read up to that length`);
  if (cutRows) notes.push(`${cutRows} table row(s) with more than ${MAX_COLUMNS} columns were read up to the ${MAX_COLUMNS}th`);
  return { text: lines.join('\n'), notes };
}

/**
 * A document written whole inside one ```markdown fence — as pasted from a chat or a
 * generator — is the Markdown it holds: its fences become blank lines, so every line keeps
 * its number. A fence closed early by one inside it is left alone.
 */
function unwrapDocument(text: string): string | undefined {
  const open = /^\s*(`{3,}|~{3,})[ \t]*(?:markdown|md)[ \t]*\n/i.exec(text);
  if (!open) return undefined;
  const fence = open[1]!;
  const close = new RegExp(`\\n[ \\t]*${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*\\s*$`).exec(text);
  if (!close) return undefined;
  const inner = text.slice(open[0].length, close.index + 1);
  const closesEarly = new RegExp(`^[ \\t]{0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`, 'm');
  if (closesEarly.test(inner)) return undefined;
  return `${open[0].replace(/[^\n]/g, '')}${inner}${text.slice(close.index + 1).replace(/[^\n]/g, '')}`;
}

/**
 * Checks the nesting of every line, first to last, and says whether any line may need
 * cutting (longer than MAX_LINE, or more than MAX_COLUMNS + 1 pipes), without cutting
 * the text into lines.
 */
function checkLines(text: string, file: string): boolean {
  let mayCut = false;
  for (let start = 0, number = 1; start <= text.length; number++) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    checkNesting(text, start, end, number, file);
    if (!mayCut && (end - start > MAX_LINE || pipesOver(text, start, end))) mayCut = true;
    start = end + 1;
  }
  return mayCut;
}

/** More pipes than a row of MAX_COLUMNS cells has, escaped ones included. */
function pipesOver(text: string, start: number, end: number): boolean {
  let pipes = 0;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 124 && ++pipes > MAX_COLUMNS + 1) return true;
  return false;
}

/** A table row cut after its MAX_COLUMNS-th cell. */
function cutColumns(line: string): string {
  let pipes = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '|' && line[i - 1] !== '\\' && ++pipes > MAX_COLUMNS + 1) return line.slice(0, i + 1);
  }
  return line;
}

/**
 * Counts the containers a line opens (block quotes and list markers) and its indentation;
 * a plan nests a few levels, a document nesting a hundred is refused before it can
 * exhaust the parser's stack.
 */
function checkNesting(text: string, start: number, end: number, number: number, file: string): void {
  let depth = 0;
  let indent = 0;
  let i = start;
  while (i < end) {
    const char = text[i]!;
    if (char === ' ') indent++;
    else if (char === '\t') indent += 4;
    else if (char === '>') depth++;
    else if ((char === '-' || char === '*' || char === '+') && i + 1 < end && (text[i + 1] === ' ' || text[i + 1] === '\t')) depth++;
    else break;
    i++;
  }
  const nesting = depth + Math.floor(indent / 2);
  if (nesting > MAX_NESTING && (depth > 0 || /^(?:[-*+]|\d{1,9}[.)])\s/.test(text.slice(i, end)))) {
    throw new ImportError({
      file,
      line: number,
      column: 1,
      message: `nests block quotes or lists ${nesting} levels deep; a readiness plan nests a few levels, so this document is not read (flatten it, then import again)`,
    });
  }
}
