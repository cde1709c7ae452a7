// `npm run build`: bundles the action (dist/) and the CLI (dist/cli/) with ncc
// (scripts/bundle.mjs), checks that they still parse, writes the third-party
// notices of each bundle, makes the CLI executable and regenerates the shipped
// JSON Schema from the same definition the CLI validates with.
import { execFileSync } from 'node:child_process';
import { chmodSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundle } from './bundle.mjs';
import { collectNotices, renderNotices } from './notices.mjs';

const BUNDLES = [
  { entry: 'src/index.ts', outDir: 'dist', title: 'the action (dist/index.js and its chunks)' },
  { entry: 'src/cli.ts', outDir: 'dist/cli', title: 'the CLI (dist/cli/index.js and its chunks)' },
];

for (const { entry, outDir, title } of BUNDLES) {
  let stats;
  try {
    stats = await bundle(entry, outDir);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  for (const file of readdirSync(outDir).filter((name) => name.endsWith('.js'))) {
    execFileSync(process.execPath, ['--check', join(outDir, file)], { stdio: 'inherit' });
  }
  writeFileSync(join(outDir, 'licenses.txt'), renderNotices(title, collectNotices(modulePaths(stats))));
}

chmodSync('dist/cli/index.js', 0o755);
const schema = execFileSync(process.execPath, ['dist/cli/index.js', 'schema'], { encoding: 'utf8' });
writeFileSync('schema/readiness.schema.json', schema);

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
