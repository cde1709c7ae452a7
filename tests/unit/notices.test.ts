import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectNotices, packageDirectory, renderNotices } from '../../scripts/notices.mjs';

/** A package directory with a package.json and, optionally, a licence file. */
function fakePackage(root: string, name: string, licenseFile?: string) {
  const dir = join(root, 'node_modules', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name, version: '1.2.3', license: 'MIT', repository: `git+https://github.com/acme/${name}.git` }),
  );
  if (licenseFile) writeFileSync(join(dir, licenseFile), `Copyright (c) ${name} authors\r\n\r\nPermission is hereby granted…\r\n`);
  return dir;
}

describe('third-party notices', () => {
  it('finds the package of a module path: plain, scoped, nested, and none for our own code', () => {
    expect(packageDirectory('./node_modules/undici/lib/fetch/index.js')).toBe('node_modules/undici');
    expect(packageDirectory('./node_modules/@octokit/core/dist-src/index.js')).toBe('node_modules/@octokit/core');
    expect(packageDirectory('./node_modules/a/node_modules/@s/b/x.js')).toBe('node_modules/a/node_modules/@s/b');
    expect(packageDirectory('./src/cli/main.ts')).toBeUndefined();
  });

  it('lists each package once with its licence text, sorted', () => {
    const root = mkdtempSync(join(tmpdir(), 'notices-'));
    fakePackage(root, 'zeta', 'LICENSE.md');
    fakePackage(root, 'alpha', 'license');
    const notices = collectNotices([
      join(root, 'node_modules/zeta/index.js'),
      join(root, 'node_modules/alpha/a.js'),
      join(root, 'node_modules/alpha/b.js'),
      join(root, 'src/own.ts'),
    ]);
    expect(notices.map((n) => [n.name, n.version, n.license, n.repository])).toEqual([
      ['alpha', '1.2.3', 'MIT', 'https://github.com/acme/alpha'],
      ['zeta', '1.2.3', 'MIT', 'https://github.com/acme/zeta'],
    ]);
    expect(notices[0]?.text).toBe('Copyright (c) alpha authors\n\nPermission is hereby granted…');
    const rendered = renderNotices('the test bundle', notices);
    expect(rendered).toContain('- alpha 1.2.3 (MIT)\n- zeta 1.2.3 (MIT)');
    expect(rendered).toContain('alpha 1.2.3 — MIT\nhttps://github.com/acme/alpha\n\nCopyright (c) alpha authors');
  });

  it('fails, naming the package, when a bundled package ships no licence file', () => {
    const root = mkdtempSync(join(tmpdir(), 'notices-'));
    fakePackage(root, 'bare');
    expect(() => collectNotices([join(root, 'node_modules/bare/index.js')])).toThrow(/bare@1\.2\.3 .* ships no licence file/);
  });
});
