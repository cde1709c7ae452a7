/**
 * Escaping for text from the manifest or from issues that lands in GitHub Markdown:
 * no HTML, no formatting, no @mentions or #references, no broken table cells.
 */

const ZERO_WIDTH_SPACE = '\u200b';

export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/\r?\n|\r/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([\\`*_~[\]|!])/g, '\\$1')
      // A zero-width space keeps GitHub from linking users, teams and issues.
      .replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_SPACE}`)
      .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
      .replace(/\b(GH)-(?=\d)/gi, `$1-${ZERO_WIDTH_SPACE}`)
  );
}

/** Inline code that cannot be broken out of, whatever backticks the text holds. */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\u2758');
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Shortens long text at a word boundary, so one entry cannot dominate a table. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
