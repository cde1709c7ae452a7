// Third-party notices for a bundle: every npm package whose code the bundle carries, with
// its version, licence and full licence text. A package without a licence text fails the
// build: a notice file that silently leaves one out is worse than none.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const LICENSE_FILE = /^(licen[cs]e|copying)(\.(md|txt|markdown))?$|^licen[cs]e-mit(\.(md|txt))?$/i;

/** The package directory (`node_modules/…/name`) of a module path, or undefined for our own code. */
export function packageDirectory(modulePath) {
  const normalized = modulePath.replaceAll('\\', '/');
  const at = normalized.lastIndexOf('node_modules/');
  if (at < 0) return undefined;
  const [scopeOrName, name] = normalized.slice(at + 'node_modules/'.length).split('/');
  if (scopeOrName === undefined) return undefined;
  const packagePath = scopeOrName.startsWith('@') ? `${scopeOrName}/${name}` : scopeOrName;
  const prefix = normalized.slice(0, at).replace(/^\.\//, '');
  return `${prefix}node_modules/${packagePath}`;
}

/** One notice per package directory found among the module paths, sorted by name and version. */
export function collectNotices(modulePaths) {
  const directories = new Set(modulePaths.map(packageDirectory).filter((dir) => dir !== undefined));
  const notices = [...directories].map(readNotice);
  notices.sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
  // Two paths to the same package version (hoisted and nested) need one notice.
  return notices.filter((notice, i) => i === 0 || notice.name !== notices[i - 1].name || notice.version !== notices[i - 1].version);
}

function readNotice(directory) {
  const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8'));
  const file = readdirSync(directory)
    .filter((name) => LICENSE_FILE.test(name))
    .sort()[0];
  if (file === undefined || !existsSync(join(directory, file))) {
    throw new Error(`${manifest.name}@${manifest.version} (${directory}) is bundled but ships no licence file; add its notice by hand.`);
  }
  return {
    name: manifest.name,
    version: manifest.version,
    license: typeof manifest.license === 'string' ? manifest.license : 'see the licence text',
    repository: repositoryUrl(manifest.repository),
    text: readFileSync(join(directory, file), 'utf8').replaceAll('\r\n', '\n').trim(),
  };
}

function repositoryUrl(repository) {
  const url = typeof repository === 'string' ? repository : repository?.url;
  if (typeof url !== 'string') return undefined;
  return url
    .replace(/^git\+/, '')
    .replace(/\.git$/, '')
    .replace(/^git:\/\//, 'https://');
}

export function renderNotices(title, notices) {
  const rule = '-'.repeat(80);
  const head = [
    `Third-party software bundled in ${title}.`,
    'readiness-gate itself is licensed under the MIT License (see LICENSE).',
    '',
    ...notices.map((notice) => `- ${notice.name} ${notice.version} (${notice.license})`),
  ].join('\n');
  const bodies = notices.map((notice) =>
    [rule, `${notice.name} ${notice.version} — ${notice.license}`, ...(notice.repository ? [notice.repository] : []), '', notice.text].join('\n'),
  );
  return `${[head, ...bodies].join('\n\n')}\n`;
}
