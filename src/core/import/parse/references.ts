import type { Nodes, Root } from 'mdast';

/**
 * Reference definitions across the parts of a document parsed apart. The parser makes
 * `[text][label]`, `[label]` and a footnote call `[^label]` into references only when the
 * label is defined somewhere in the document, before or after; a part parsed alone does
 * not see the others' definitions. So a part is given, ahead of its own text, a stand-in
 * definition for each label it may use that another part defines, and the stand-ins are
 * taken out of its tree again; the targets come from one map of the whole document, the
 * first definition of a label winning, as the parser has it.
 */

/** The form the parser matches labels in (as micromark-util-normalize-identifier has it). */
export function labelKey(raw: string): string {
  return raw
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '')
    .toLowerCase()
    .toUpperCase();
}

/**
 * Calls `onKey` with the key of every innermost `[…]` in `text[from, to)` — a superset of
 * the labels of references and definitions there — and whether a colon follows it (a
 * definition may). A label that spans lines in a block quote is keyed with and without
 * the quote markers, since the parser reads it without them. One pass, no backtracking.
 */
export function scanLabels(text: string, from: number, to: number, onKey: (key: string, at: number, colon: boolean) => void): void {
  let open = -1;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 92) i++;
    else if (code === 91) open = i;
    else if (code === 93 && open >= 0) {
      const raw = text.slice(open + 1, i);
      const colon = text.charCodeAt(i + 1) === 58;
      onKey(labelKey(raw), open, colon);
      if (raw.includes('\n')) onKey(labelKey(raw.replace(/\n[ \t>]*/g, '\n')), open, colon);
      open = -1;
    }
  }
}

/** The labels a part may use: the keys of its brackets. */
export function labelsIn(text: string, from: number, to: number): Set<string> {
  const keys = new Set<string>();
  scanLabels(text, from, to, (key) => keys.add(key));
  return keys;
}

/** Stand-in definitions put ahead of a part's text, and how many lines they take. */
export interface StandIns {
  text: string;
  lines: number;
  /** The nodes they parse into, in order: a definition or footnote definition by identifier, or the closing comment. */
  expected: { type: 'definition' | 'footnoteDefinition' | 'html'; identifier: string }[];
}

/** Ends a footnote stand-in, so that an indented first line of the part stays out of it. */
const CLOSER = '<!---->';

/** The definitions of the whole document, gathered part by part in document order. */
export class DocumentDefinitions {
  private readonly urls = new Map<string, string>();
  /** Key → identifier, of definitions and (keyed with a caret) footnote definitions. */
  private readonly byKey = new Map<string, { identifier: string; footnote: boolean }>();

  get size(): number {
    return this.byKey.size;
  }

  url(identifier: string): string | undefined {
    return this.urls.get(identifier);
  }

  /** Adds the definitions of a part, in document order: a label defined before keeps its first target. */
  collect(tree: Root, onIdentifier?: (key: string) => void): void {
    const stack: Nodes[] = [tree];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === 'definition' || node.type === 'footnoteDefinition') {
        const footnote = node.type === 'footnoteDefinition';
        const key = `${footnote ? '^' : ''}${node.identifier.toUpperCase()}`;
        if (!this.byKey.has(key)) this.byKey.set(key, { identifier: node.identifier, footnote });
        if (!footnote && !this.urls.has(node.identifier)) this.urls.set(node.identifier, node.url);
        onIdentifier?.(key);
      }
      if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'table' || !('children' in node)) continue;
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }

  /** Stand-ins for the labels among `keys` that the document defines. */
  standInsFor(keys: ReadonlySet<string>): StandIns {
    const regular: string[] = [];
    const footnotes: string[] = [];
    const expected: StandIns['expected'] = [];
    for (const key of keys) {
      const known = this.byKey.get(key);
      if (!known) continue;
      (known.footnote ? footnotes : regular).push(known.identifier);
    }
    const lines = [
      ...regular.map((identifier) => {
        expected.push({ type: 'definition', identifier });
        return `[${identifier}]: x`;
      }),
      ...footnotes.map((identifier) => {
        expected.push({ type: 'footnoteDefinition', identifier });
        return `[^${identifier}]: x`;
      }),
    ];
    if (footnotes.length > 0) {
      lines.push(CLOSER);
      expected.push({ type: 'html', identifier: CLOSER });
    }
    if (lines.length === 0) return { text: '', lines: 0, expected };
    // Blank lines between them and after them: each stands alone, and the part begins as a document does.
    return { text: `${lines.join('\n\n')}\n\n`, lines: lines.length * 2, expected };
  }
}

/**
 * Takes the stand-ins out of a part's tree; false when they did not come back as the
 * nodes they were written as (then the part cannot be trusted to read as it would whole).
 */
export function removeStandIns(tree: Root, standIns: StandIns): boolean {
  const { expected } = standIns;
  for (let i = 0; i < expected.length; i++) {
    const node = tree.children[i];
    const want = expected[i]!;
    if (!node || node.type !== want.type || (node.position?.end.line ?? Infinity) > standIns.lines) return false;
    const identifier = node.type === 'html' ? node.value : 'identifier' in node ? node.identifier : undefined;
    if (identifier !== want.identifier) return false;
  }
  tree.children.splice(0, expected.length);
  return true;
}
