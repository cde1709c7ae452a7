/**
 * `node bench/manifests.ts` (also part of `npm run bench`): time and peak memory of the
 * CLI on hostile manifests — each must be refused, with one line per problem, within
 * 2 s and 200 MB — and of 100,000 tasks: refused at the door (over 1 MiB), and, to show
 * what the core costs at that scale, parsed, evaluated and rendered as text from the
 * sources with the size limit lifted.
 *
 * Each case runs in a child process of its own, so its peak RSS and CPU time are its own;
 * the budget is held on CPU time, as wall time depends on what else the machine is doing.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const TIME_BUDGET_MS = 2_000;
const MEMORY_BUDGET_MB = 200;
const TASKS = 100_000;

interface Case {
  name: string;
  text: string;
  /** Held to the time and memory budget. */
  bounded: boolean;
  /** Run through the core sources with the 1 MiB limit lifted, instead of the CLI bundle. */
  core?: boolean;
}

function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i++)
    lines.push(
      `${names[i]}: &${names[i]} [${Array(9)
        .fill(`*${names[i - 1]}`)
        .join(',')}]`,
    );
  return `${lines.join('\n')}\n`;
}

function unknownRequires(phases: number): string {
  const lines = ['version: 1', 'phases:'];
  for (let p = 0; p < phases; p++) lines.push(`  - id: P${p}`, `    name: Phase ${p}`, '    blocking: true', `    requires: [Q${p}]`);
  return `${lines.join('\n')}\n`;
}

function longIds(): string {
  const [a, b, c] = ['A', 'B', 'C'].map((letter) => letter.repeat(30_000));
  return `version: 1\nphases:\n  - id: ${a}\n    name: A\n    blocking: true\n    requires: [${c}]\n  - id: ${b}\n    name: B\n`;
}

/** `tasks` tasks in phases of 1,000, a third of them done, each with a link. */
function manyTasks(tasks: number): string {
  const lines = ['version: 1', 'phases:'];
  for (let t = 0; t < tasks; t++) {
    if (t % 1000 === 0) lines.push(`  - id: P${t / 1000}`, `    name: Phase ${t / 1000}`, '    blocking: true', '    tasks:');
    lines.push(`      - { id: T${t}, title: "Task ${t}", status: ${t % 3 === 0 ? 'done' : 'todo'}, links: ["#${t + 1}"] }`);
  }
  return `${lines.join('\n')}\n`;
}

/** As many tasks as fit in the 1 MiB a manifest may have: the largest plan the action accepts. */
function largestAccepted(): { text: string; tasks: number } {
  let tasks = 10_000;
  while (Buffer.byteLength(manyTasks(tasks + 500)) <= 1024 * 1024) tasks += 500;
  return { text: manyTasks(tasks), tasks };
}

interface Measure {
  wallMs: number;
  /** User and system CPU time: what the case cost, however busy the machine is. */
  cpuMs: number;
  peakMb: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

async function measure(args: string[]): Promise<Measure> {
  const dir = mkdtempSync(join(tmpdir(), 'readiness-bench-'));
  const [memoryFile, cpuFile] = [join(dir, 'rss'), join(dir, 'cpu')];
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '',
      NODE_OPTIONS: `--import=${resolve('bench/measure-memory.mjs')}`,
      BENCH_MEMORY_FILE: memoryFile,
      BENCH_CPU_FILE: cpuFile,
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const cpuMs = Number(readFileSync(cpuFile, 'utf8'));
  return { wallMs: performance.now() - started, cpuMs, peakMb: Number(readFileSync(memoryFile, 'utf8')) / 1024, code, stdout, stderr };
}

/** The child of a `core` case: parse without the size limit, evaluate offline, render text. */
async function runCore(file: string): Promise<void> {
  const { parseManifest } = await import('../src/core/manifest.ts');
  const { evaluate } = await import('../src/core/evaluate.ts');
  const { renderTextReport } = await import('../src/core/render-text.ts');
  const source = readFileSync(file, 'utf8');
  const t0 = performance.now();
  const manifest = parseManifest(source, file, { maxBytes: Infinity });
  const t1 = performance.now();
  const report = evaluate(manifest, { gate: 'merge', today: '2026-11-23', links: 'offline' });
  const t2 = performance.now();
  const text = renderTextReport(report);
  const t3 = performance.now();
  const ms = (from: number, to: number) => `${Math.round(to - from)} ms`;
  process.stdout.write(`parse ${ms(t0, t1)}, evaluate ${ms(t1, t2)}, render ${ms(t2, t3)} (${text.length.toLocaleString('en-US')} characters)\n`);
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const bytes = (text: string) => Buffer.byteLength(text).toLocaleString('en-US');

async function main(): Promise<void> {
  const largest = largestAccepted();
  const cases: Case[] = [
    { name: 'YAML alias bomb (9 levels of 9)', text: aliasBomb(), bounded: true },
    { name: '3,000 phases each requiring an unknown id', text: unknownRequires(3000), bounded: true },
    { name: 'two 30,000-character ids + an unknown requires', text: longIds(), bounded: true },
    { name: `${TASKS.toLocaleString('en-US')} tasks, checked by the CLI`, text: manyTasks(TASKS), bounded: true },
    { name: `${largest.tasks.toLocaleString('en-US')} tasks: the most that fit in 1 MiB`, text: largest.text, bounded: false },
    { name: `${TASKS.toLocaleString('en-US')} tasks, core with the 1 MiB limit lifted`, text: manyTasks(TASKS), bounded: false, core: true },
  ];
  const dir = mkdtempSync(join(tmpdir(), 'readiness-manifests-'));
  console.log(`Hostile and large manifests — Node ${process.versions.node}; budget ${fmt(TIME_BUDGET_MS)} and ${MEMORY_BUDGET_MB} MB where marked\n`);
  console.log('| manifest | bytes | exit | wall | CPU | peak RSS | within budget | what it said |');
  console.log('|---|---:|---:|---:|---:|---:|---|---|');
  let overBudget = 0;
  for (const [i, entry] of cases.entries()) {
    const file = join(dir, `case-${i}.yml`);
    writeFileSync(file, entry.text);
    const args = entry.core
      ? [
          '--disable-warning=ExperimentalWarning',
          '--experimental-transform-types',
          `--import=${resolve('bench/ts-source.mjs')}`,
          'bench/manifests.ts',
          '--core',
          file,
        ]
      : ['dist/cli/index.js', 'check', file];
    const result = await measure(args);
    // Held on CPU time, which other work on the machine does not inflate the way it does wall time.
    const within = result.cpuMs <= TIME_BUDGET_MS && result.peakMb <= MEMORY_BUDGET_MB;
    if (entry.bounded && !within) overBudget++;
    const output = (entry.core ? result.stdout : result.stderr || result.stdout).trim();
    const lines = output.split('\n');
    const said = `${lines[0]!.replace(file, 'FILE').slice(0, 110)}${lines.length > 1 ? ` (+${lines.length - 1} lines)` : ''}`;
    console.log(
      `| ${entry.name} | ${bytes(entry.text)} | ${result.code} | ${fmt(result.wallMs)} | ${fmt(result.cpuMs)} | ${result.peakMb.toFixed(0)} MB | ${entry.bounded ? (within ? 'yes' : '**NO**') : 'not held to it'} | ${said.replace(/\|/g, '\\|')} |`,
    );
  }
  if (overBudget > 0) {
    console.log(`\n${overBudget} hostile manifest(s) over the budget.`);
    process.exitCode = 1;
  }
}

if (process.argv[2] === '--core') await runCore(process.argv[3]!);
else await main();
