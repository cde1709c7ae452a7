import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_NODE } from '../support/node.js';

/**
 * The README's install route, as a user outside this clone takes it: pack the package,
 * install the tarball globally into an empty prefix without the registry (`--offline`: the
 * bundles carry every library, so nothing needs downloading), then run the installed
 * `readiness-gate` from another directory.
 */

const repository = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'readiness-gate-install-'));
const prefix = join(work, 'prefix');
// The installed command starts through its `#!/usr/bin/env node` line: put the Node under test first.
const env = { PATH: [dirname(ACTION_NODE), process.env.PATH ?? ''].join(delimiter), HOME: work, npm_config_cache: join(work, 'npm-cache') };
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
let tarball = '';
let packedFiles: string[] = [];

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  const packed = run('npm', ['pack', '--json', '--pack-destination', work], repository);
  expect(packed.code, packed.stderr).toBe(0);
  const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, info!.filename);
  packedFiles = info!.files.map((file) => file.path).sort();
  const installed = run('npm', ['install', '--global', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, tarball], work);
  expect(installed.code, installed.stderr).toBe(0);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed package', () => {
  it('ships the bundles, their notices, the schema, action.yml and the documents, and no sources or tests', () => {
    expect(packedFiles).toEqual(
      expect.arrayContaining([
        'action.yml',
        'CHANGELOG.md',
        'dist/cli/index.js',
        'dist/cli/licenses.txt',
        'dist/index.js',
        'dist/licenses.txt',
        'LICENSE',
        'package.json',
        'README.md',
        'schema/readiness.schema.json',
      ]),
    );
    expect(packedFiles.filter((file) => /^(src|tests|bench|scripts|examples|node_modules)\//.test(file))).toEqual([]);
    // The bundles and notices only: well under the 124 MB Node an optional dependency used to pull.
    expect(statSync(tarball).size).toBeLessThan(5_000_000);
  });

  it('installs without anything from the registry: no dependencies', () => {
    const installedPackage = join(prefix, 'lib', 'node_modules', 'readiness-gate');
    expect(existsSync(join(installedPackage, 'dist', 'cli', 'index.js'))).toBe(true);
    expect(existsSync(join(installedPackage, 'node_modules'))).toBe(false);
    // Offline, a declared dependency could fail to install unnoticed; online, the Node 24 of
    // the tests would follow users. It is an optional dependency of a workspace instead.
    const manifest = JSON.parse(readFileSync(join(installedPackage, 'package.json'), 'utf8')) as Record<string, unknown>;
    const declared = ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies'].filter((field) => field in manifest);
    expect(declared).toEqual([]);
  });
});

describe('the third-party notices of the bundles', () => {
  const listed = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^- (\S+) \S+ \(/gm)].map((match) => match[1]);

  it('name every library the action carries, in all its chunks', () => {
    expect(listed('dist/licenses.txt')).toEqual(
      expect.arrayContaining(['@actions/core', '@actions/http-client', '@octokit/core', '@octokit/rest', 'minimatch', 'yaml', 'zod']),
    );
  });

  it('name every library the CLI carries, the Markdown parser included', () => {
    expect(listed('dist/cli/licenses.txt')).toEqual(expect.arrayContaining(['@octokit/rest', 'markdown-it', 'minimatch', 'yaml', 'zod']));
    // One Markdown parser: the one the tests hold it against stays out of the bundle.
    expect(listed('dist/cli/licenses.txt').filter((name) => /^(micromark|mdast-)/.test(name ?? ''))).toEqual([]);
  });

  it('leave undici out of both bundles, which import a stand-in instead (scripts/bundle.mjs)', () => {
    for (const dir of ['dist', 'dist/cli']) {
      expect(listed(`${dir}/licenses.txt`)).not.toContain('undici');
      const imports = [...readFileSync(`${dir}/index.js`, 'utf8').matchAll(/^import \* as \S+ from "([^"]+)";$/gm)].map((match) => match[1]);
      expect(imports).toEqual(['./undici-stand-in.js']);
      expect(readFileSync(`${dir}/undici-stand-in.js`, 'utf8')).toContain('export class ProxyAgent');
    }
  });

  it('carry each licence text', () => {
    const notices = readFileSync('dist/licenses.txt', 'utf8');
    expect(notices).toContain('yaml 2.');
    expect(notices).toMatch(/Permission to use, copy, modify, and\/or distribute/); // yaml's ISC
    expect(notices).toMatch(/Permission is hereby granted, free of charge/);
    expect(notices).toContain('Blue Oak Model License'); // minimatch
  });
});

describe('the installed readiness-gate command', () => {
  const bin = () => join(prefix, 'bin', 'readiness-gate');

  it('prints its version', () => {
    expect(run(bin(), ['--version'], work)).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('checks the example plan from another directory: not ready, exit 1', () => {
    const { code, stdout, stderr } = run(bin(), ['check', join(repository, 'examples', 'readiness.yml')], work);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toContain("❌ not ready Payments API — production readiness — gate 'merge'");
    expect(stdout).toContain('P2');
  });

  it('prints the JSON Schema it ships', () => {
    const { code, stdout } = run(bin(), ['schema'], work);
    expect(code).toBe(0);
    const shipped = readFileSync(join(prefix, 'lib', 'node_modules', 'readiness-gate', 'schema', 'readiness.schema.json'), 'utf8');
    expect(stdout).toBe(shipped);
  });
});
