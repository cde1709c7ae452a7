/**
 * `node bench/globs.ts` (part of `npm run bench`): matching a pull request's changed files
 * against the manifest's `paths`, from the sources, in a fresh process — 3,000 files against
 * 50 patterns, plain and with brace groups up to the bound a manifest may use (64 globs a
 * pattern), held to 2 s of CPU.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const BUDGET_MS = 2_000;
const FILES = 3_000;
const PATTERNS = 50;
const SHAPES: [string, (p: number) => string][] = [
  ['plain: services/svcN/**', (p) => `services/svc${p}/**`],
  ['two alternatives: services/svcN/**/*.{ts,js}', (p) => `services/svc${p}/**/*.{ts,js}`],
  ['64 globs: six {a,b} groups', (p) => `services/svc${p}/${'{a,b}'.repeat(6)}/**`],
];

async function child(shape: number): Promise<void> {
  const { loadPathMatcher } = await import('../src/core/verdict/paths.ts');
  const { phasesTouched } = await import('../src/core/verdict/evaluate.ts');
  const files = Array.from({ length: FILES }, (_, i) => `services/svc${i % 60}/src/module${i % 97}/file${i}.ts`);
  const phases = Array.from({ length: PATTERNS }, (_, p) => ({ id: `P${p}`, paths: [SHAPES[shape]![1](p)] }));
  const manifest = { data: { phases } } as unknown as Parameters<typeof phasesTouched>[0];
  const started = process.cpuUsage();
  const touched = phasesTouched(manifest, files, await loadPathMatcher());
  const used = process.cpuUsage(started);
  console.log(JSON.stringify({ cpuMs: (used.user + used.system) / 1000, touched: touched.size, peakMb: process.memoryUsage().rss / 1e6 }));
}

function main(): void {
  console.log(
    `\nMatching changed files against paths — ${FILES.toLocaleString('en-US')} files, ${PATTERNS} patterns, budget ${BUDGET_MS} ms of CPU\n`,
  );
  console.log('| patterns | phases touched | CPU | RSS | within budget |');
  console.log('|---|---:|---:|---:|---|');
  let over = 0;
  SHAPES.forEach(([name], shape) => {
    const args = ['--disable-warning=ExperimentalWarning', '--experimental-transform-types', `--import=${resolve('bench/ts-source.mjs')}`];
    const run = spawnSync(process.execPath, [...args, 'bench/globs.ts', '--child', String(shape)], { encoding: 'utf8' });
    const result = JSON.parse(run.stdout) as { cpuMs: number; touched: number; peakMb: number };
    const within = result.cpuMs <= BUDGET_MS;
    if (!within) over++;
    console.log(`| ${name} | ${result.touched} | ${result.cpuMs.toFixed(0)} ms | ${result.peakMb.toFixed(0)} MB | ${within ? 'yes' : '**NO**'} |`);
  });
  if (over > 0) process.exitCode = 1;
}

if (process.argv[2] === '--child') await child(Number(process.argv[3]));
else main();
