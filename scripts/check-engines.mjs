// Whether package.json's `engines` asks for at least what every installed package does: each
// Node it allows must satisfy each `engines.node` in the lock, optional packages aside (npm
// skips those where they do not fit). Prints the floors that bind, and what the bundles need
// alone: the CLI runs on users' machines with nothing but the libraries its bundle carries.
//
//   node scripts/check-engines.mjs
import { readFileSync } from 'node:fs';
import semver from 'semver';

const ours = JSON.parse(readFileSync('package.json', 'utf8')).engines.node;
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const installed = Object.entries(lock.packages)
  .filter(([path, entry]) => path.includes('node_modules/') && !entry.optional && entry.engines?.node)
  .map(([path, entry]) => ({ name: path.slice(path.lastIndexOf('node_modules/') + 13), version: entry.version, range: entry.engines.node }));
const bundled = new Set(['dist/licenses.txt', 'dist/cli/licenses.txt'].flatMap(listedIn));

const looser = installed.filter((entry) => !semver.subset(ours, entry.range));
console.log(`engines.node: ${ours}`);
report('the strictest floors installed', installed);
report(
  'the strictest floors of the bundled libraries (what the CLI needs)',
  installed.filter((entry) => bundled.has(entry.name)),
);
if (looser.length > 0) {
  for (const entry of looser) console.error(`FAILED: ${entry.name}@${entry.version} needs ${entry.range}, which ${ours} does not imply`);
  process.exit(1);
}

/** The packages whose floor no other package's floor implies: the ones that bind. */
function report(title, entries) {
  const binding = entries.filter((entry) => !entries.some((other) => other.range !== entry.range && semver.subset(other.range, entry.range)));
  const ranges = [...new Set(binding.map((entry) => entry.range))];
  console.log(`${title}:`);
  for (const range of ranges) {
    const names = binding.filter((entry) => entry.range === range).map((entry) => `${entry.name}@${entry.version}`);
    console.log(`  ${range.padEnd(34)} ${names.join(', ')}`);
  }
}

/** Package names in a bundle's notices (`- name version (licence)` lines). */
function listedIn(file) {
  try {
    return [...readFileSync(file, 'utf8').matchAll(/^- (\S+) \S+ \(/gm)].map((match) => match[1]);
  } catch {
    return [];
  }
}
