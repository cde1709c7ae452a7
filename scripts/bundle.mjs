// One way to bundle, for `npm run build` and the benchmarks alike: ncc's API, with undici
// left out of the bundle (see STAND_IN), line ends made LF and the scripts written in ASCII
// (scripts/ascii.mjs).
//
// Why not the library as it comes: bundled whole, `@actions/http-client` brings undici along
// for one method this project never calls. Upstream knows (actions/toolkit#1621 and #1697,
// the lazy import of actions/toolkit#1800 still open); what it costs a cold start is measured
// in the README's Performance section (`@actions/core` alone, with and without undici).
// Retire the stand-in when http-client loads undici only on demand: ncc then puts it in a
// chunk no run loads, and `checkStandInUse` has nothing left to guard.
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
  const script = withLfLineEnds(code);
  writeFileSync(join(outDir, 'index.js'), script, { mode: /^#!/.test(script) ? 0o755 : 0o644 });
  if (map) writeFileSync(join(outDir, 'index.js.map'), map);
  for (const [name, asset] of Object.entries(assets)) {
    mkdirSync(dirname(join(outDir, name)), { recursive: true });
    const source = /\.js$/.test(name) ? withLfLineEnds(String(asset.source)) : asset.source;
    writeFileSync(join(outDir, name), source, { mode: asset.permissions });
  }
  writeFileSync(join(outDir, STAND_IN_FILE), STAND_IN);
  writeBundleInAscii(outDir);
  return stats.toJson();
}

/**
 * The script with every CR LF and lone CR as LF. Sources checked out with CRLF (Windows
 * without .gitattributes) would otherwise reach the bundle as they are, the shebang glued to
 * the first import by a bare CR (`#!/usr/bin/env node\rimport`). In JavaScript both are line
 * ends, and template literals read them as LF already, so the program is the same and the
 * bundle is byte for byte the one an LF checkout builds.
 */
function withLfLineEnds(script) {
  return script.replace(/\r\n?/g, '\n');
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
