import type MarkdownIt from 'markdown-it';
import type { Delimiter, StateInline } from 'markdown-it';

/**
 * Strike-through as GitHub reads it: a run of one or two tildes opens or closes, and
 * only a run of the same length closes it (`~a~`, `~~a~~`, not `~~a~`); a run of three or
 * more is text. markdown-it's own rule takes two tildes only and splits longer runs.
 * Runs of one and two carry different markers, so that markdown-it's pairing, which
 * matches delimiters by marker, pairs only runs of the same length.
 */
const TILDE = 0x7e;
const ONE_TILDE = 0x17e;

export function gfmStrikethrough(md: MarkdownIt): void {
  md.inline.ruler.at('strikethrough', tokenize);
  md.inline.ruler2.at('strikethrough', (state) => {
    pair(state, state.delimiters);
    for (const meta of state.tokens_meta) if (meta?.delimiters) pair(state, meta.delimiters);
    return false;
  });
}

function tokenize(state: StateInline, silent: boolean): boolean {
  if (silent || state.src.charCodeAt(state.pos) !== TILDE) return false;
  const scanned = state.scanDelims(state.pos, true);
  const token = state.push('text', '', 0);
  token.content = '~'.repeat(scanned.length);
  if (scanned.length <= 2) {
    state.delimiters.push({
      marker: scanned.length === 1 ? ONE_TILDE : TILDE,
      // No "rule of 3": that is for emphasis.
      length: 0,
      token: state.tokens.length - 1,
      end: -1,
      open: scanned.can_open,
      close: scanned.can_close,
    });
  }
  state.pos += scanned.length;
  return true;
}

function pair(state: StateInline, delimiters: Delimiter[]): void {
  for (const start of delimiters) {
    if ((start.marker !== TILDE && start.marker !== ONE_TILDE) || start.end === -1) continue;
    const end = delimiters[start.end]!;
    for (const [index, nesting] of [
      [start.token, 1],
      [end.token, -1],
    ] as const) {
      const token = state.tokens[index]!;
      token.type = nesting === 1 ? 's_open' : 's_close';
      token.tag = 's';
      token.nesting = nesting;
      token.markup = token.content;
      token.content = '';
    }
  }
}
