// One way to bundle, for `npm run build` and the benchmarks alike: ncc's API, with undici
// left out of the bundle (see STAND_IN), and the scripts written in ASCII (scripts/ascii.mjs).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { writeBundleInAscii } from './ascii.mjs';

const ncc = createRequire(import.meta.url)('@vercel/ncc');

/** Where the stand-in is written, beside the entry, and how the bundle imports it. */
const STAND_IN_FILE = 'undici-stand-in.js';

/**
 * What the bundle imports instead of undici. `@actions/http-client` (through `@actions/core`)
 * imports undici for a single method, `getAgentDispatcher`, which hands `fetch` a proxy;
 * readiness-gate sends its requests over Node's `http` and `https` (src/github/http.ts) and
 * never calls it. Bundled, undici is 0.9 MB of the 2 MB that every run compiles, and it
 * loads http2, dns and more of Node's modules at start: about 40 ms of a 250 ms run.
 */
const STAND_IN = `// Written by scripts/bundle.mjs: the bundle imports this instead of undici (see there why).
export class ProxyAgent {
  constructor() {
    throw new Error('readiness-gate does not bundle undici: its requests go through Node http (src/github/http.ts)');
  }
}
`;

/**
 * Bundles \`entry\` into \`outDir\` (index.js, its chunks and the stand-in): the files ncc's
 * CLI would write, then in ASCII. Returns webpack's stats, which list every bundled module.
 */
export async function bundle(entry, outDir, { sourceMap = false } = {}) {
  const { code, map, assets, stats } = await ncc(resolve(entry), {
    externals: { undici: `./${STAND_IN_FILE}` },
    sourceMap,
    sourceMapRegister: false,
    quiet: true,
  });
  checkStandInUse(code);
  removeScripts(outDir);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'index.js'), code, { mode: /^#!/.test(code) ? 0o755 : 0o644 });
  if (map) writeFileSync(join(outDir, 'index.js.map'), map);
  for (const [name, asset] of Object.entries(assets)) {
    mkdirSync(dirname(join(outDir, name)), { recursive: true });
    writeFileSync(join(outDir, name), asset.source, { mode: asset.permissions });
  }
  writeFileSync(join(outDir, STAND_IN_FILE), STAND_IN);
  writeBundleInAscii(outDir);
  return stats.toJson();
}

/**
 * The bundle may ask the stand-in for `ProxyAgent` alone: a new import of undici (say
 * `@actions/github`'s `fetch`) would otherwise be an undefined value found only when called.
 */
function checkStandInUse(code) {
  const names = new Set([...code.matchAll(/__WEBPACK_EXTERNAL_MODULE__undici_stand_in_js_\w+?__\.(\w+)/g)].map((match) => match[1]));
  const unknown = [...names].filter((name) => name !== 'ProxyAgent');
  if (unknown.length > 0)
    throw new Error(`the bundle uses ${unknown.join(', ')} of undici, which the stand-in does not provide (scripts/bundle.mjs)`);
}

/** Every script and source map a previous build left in `outDir` (not its subdirectories): a renamed chunk would otherwise stay behind. */
function removeScripts(outDir) {
  let files = [];
  try {
    files = readdirSync(outDir);
  } catch {
    return;
  }
  for (const file of files.filter((name) => /\.js(\.map)?$/.test(name))) rmSync(join(outDir, file));
}
