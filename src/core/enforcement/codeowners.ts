import { minimatch } from 'minimatch';

/**
 * Who owns a file by a CODEOWNERS text, as GitHub reads it: the last pattern that matches
 * wins; a pattern without owners leaves the file without any. Patterns follow gitignore: a
 * leading `/` or a `/` inside anchors to the root, a trailing `/` means a directory, and a
 * bare name matches at any depth.
 */
export function codeOwnersOf(codeowners: string, path: string): string[] {
  let owners: string[] = [];
  for (const raw of codeowners.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) continue;
    const [pattern, ...rest] = line.split(/\s+/);
    if (pattern && matches(pattern, path)) owners = rest.filter((owner) => owner.startsWith('@') || owner.includes('@'));
  }
  return owners;
}

function matches(pattern: string, path: string): boolean {
  const directory = pattern.endsWith('/');
  const body = pattern.replace(/^\//, '').replace(/\/$/, '');
  const anchored = pattern.startsWith('/') || body.includes('/');
  const glob = anchored ? body : `**/${body}`;
  const options = { dot: true };
  if (!directory && minimatch(path, glob, options)) return true;
  return minimatch(path, `${glob}/**`, options);
}
