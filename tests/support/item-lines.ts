import MarkdownIt from 'markdown-it';

/** Lines of the list items and table body rows, as markdown-it finds them: the reference the account is held to. */
export function itemAndRowLines(markdown: string): number[] {
  const tokens = new MarkdownIt().parse(markdown, {});
  const lines: number[] = [];
  let inHead = false;
  for (const token of tokens) {
    if (token.type === 'thead_open') inHead = true;
    else if (token.type === 'thead_close') inHead = false;
    else if ((token.type === 'list_item_open' || (token.type === 'tr_open' && !inHead)) && token.map) lines.push(token.map[0] + 1);
  }
  return lines;
}
