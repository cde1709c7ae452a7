/**
 * `npm run bench`: every benchmark in turn, each in a process of its own. A benchmark that
 * misses one of its targets exits 1; the others still run, and the run ends by naming
 * the ones that missed (exit 1), so one miss does not hide the rest of the figures.
 */
import { spawnSync } from 'node:child_process';

const BENCHMARKS = ['coldstart.ts', 'run.ts', 'manifests.ts', 'import.ts', 'scale.ts', 'globs.ts'];

const missed: string[] = [];
for (const name of BENCHMARKS) {
  const run = spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', `bench/${name}`], { stdio: 'inherit' });
  if (run.status !== 0) missed.push(`bench/${name} (${run.signal ?? `exit ${run.status}`})`);
}
if (missed.length > 0) {
  console.log(`\nMissed a target or failed: ${missed.join(', ')}`);
  process.exitCode = 1;
}
