// `npm run build`: bundles the action (dist/) and the CLI (dist/cli/) with ncc, writes them
// in ASCII (scripts/ascii.mjs) and checks that they still parse, writes the third-party
// notices of each bundle, makes the CLI executable and regenerates the shipped
// JSON Schema from the same definition the CLI validates with.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBundleInAscii } from './ascii.mjs';
import { collectNotices, renderNotices } from './notices.mjs';

const NCC = 'node_modules/@vercel/ncc/dist/ncc/cli.js';
const BUNDLES = [
  { entry: 'src/index.ts', outDir: 'dist', title: 'the action (dist/index.js and its chunks)' },
  { entry: 'src/cli.ts', outDir: 'dist/cli', title: 'the CLI (dist/cli/index.js and its chunks)' },
];

const work = mkdtempSync(join(tmpdir(), 'readiness-gate-build-'));
try {
  for (const { entry, outDir, title } of BUNDLES) {
    removeChunks(outDir);
    // ncc's own --license writes one file per chunk under the same name, so the last chunk
    // (minimatch, loaded on demand) used to overwrite the notices of everything else; the
    // webpack stats list every bundled module, whatever chunk it lands in.
    const stats = join(work, `${outDir.replaceAll('/', '-')}.json`);
    try {
      execFileSync(process.execPath, [NCC, 'build', entry, '-o', outDir, '--stats-out', stats, '--quiet'], { stdio: 'inherit' });
    } catch {
      rmSync(work, { recursive: true, force: true });
      process.exit(1); // ncc has printed why
    }
    writeBundleInAscii(outDir);
    for (const file of readdirSync(outDir).filter((name) => name.endsWith('.js'))) {
      execFileSync(process.execPath, ['--check', join(outDir, file)], { stdio: 'inherit' });
    }
    const modules = modulePaths(JSON.parse(readFileSync(stats, 'utf8')));
    writeFileSync(join(outDir, 'licenses.txt'), renderNotices(title, collectNotices(modules)));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

chmodSync('dist/cli/index.js', 0o755);
const schema = execFileSync(process.execPath, ['dist/cli/index.js', 'schema'], { encoding: 'utf8' });
writeFileSync('schema/readiness.schema.json', schema);

/** ncc does not empty its output directory: a chunk renamed by a change would stay behind. */
function removeChunks(outDir) {
  let files = [];
  try {
    files = readdirSync(outDir);
  } catch {
    return;
  }
  for (const file of files.filter((name) => /^\d+\.index\.js$/.test(name))) rmSync(join(outDir, file));
}

/** The source path of every module in webpack's stats, concatenated modules included. */
function modulePaths(stats) {
  const paths = [];
  const walk = (modules) => {
    for (const module of modules ?? []) {
      if (typeof module.name === 'string') paths.push(module.name);
      walk(module.modules);
    }
  };
  walk(stats.modules);
  return paths;
}
