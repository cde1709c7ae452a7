/**
 * `node bench/manifests.ts` (also part of `npm run bench`): the CLI on hostile manifests —
 * each refused, one line per problem, within 2 s and 200 MB — and on 100,000 tasks, refused
 * at the door (over 1 MiB); `check` of plans as teams write them (30, 150 and 600 tasks and
 * the most that fit in 1 MiB, that within 3 s of CPU and 500 MB) by the CLI and by the core,
 * cold, a fresh process each run; then the core as plans grow to 10,000, 30,000 and 100,000
 * tasks with the size limit lifted, time per task held to ±25% and peak memory to 600 MB.
 *
 * `--baseline <git ref>` measures the core of that commit side by side, run by run, from a
 * copy of its `src/core`; `--baseline-dist <dir>` an earlier build's CLI beside `dist/`'s (or
 * `--dist <dir>`'s). Budgets are held on CPU time, which a busy machine does not inflate.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const TIME_BUDGET_MS = 2_000;
const MEMORY_BUDGET_MB = 200;
const TASKS = 100_000;
/** Plan sizes of the scaling rows, measured on the core with the size limit lifted. */
const SCALE_SIZES = [10_000, 30_000, 100_000];
/** Each scaling row is the median of this many processes' runs… */
const REPEATS = 3;
/** …each process checking the plan as often as it takes to check about this many tasks, */
const TASKS_PER_PROCESS = 30_000;
/** …after checking a plan of this many tasks once, so that the figures are of compiled code, not of start-up. */
const WARM_UP_TASKS = 10_000;
/** The scaling targets: time per task within ±25% from the smallest to the largest plan; peak memory. */
const PER_TASK_SPREAD = 0.25;
const SCALE_MEMORY_MB = 600;
/** Plans as teams write them, and how many fresh processes each is checked in. */
const REALISTIC_SIZES = [30, 150, 600];
const REALISTIC_RUNS = 7;
/** What `check` of the largest manifest accepted may cost. */
const CAP_BUDGET = { cpuMs: 3_000, memoryMb: 500 };

interface Case {
  name: string;
  text: string;
  /** Held to the time and memory budget. */
  bounded: boolean;
  /** A budget of its own: the one of any manifest under the cap. */
  budget?: { cpuMs: number; memoryMb: number };
}

/** One mapping of as many keys as fit under the cap, behind an anchor so that `yaml` reads it. */
function manyKeys(): string {
  const lines = ['title: &t Plan', 'version: 1', 'phases:', '  - { id: P0, name: Zero, blocking: true, tasks: [{ id: P0.1, title: a }] }'];
  for (let k = 0; lines.join('\n').length < 1_040_000; k++) lines.push(`k${k}: 1`);
  return `${lines.join('\n')}\n`;
}

/** A `paths` pattern of seventeen `{a,b}` groups: 131,072 globs once expanded. */
function braceGroups(): string {
  return `version: 1\nphases:\n  - id: P0\n    name: Zero\n    blocking: true\n    paths: ["src/${'{a,b}'.repeat(17)}/**"]\n`;
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

/**
 * A plan as teams write it: phases of ten tasks in block style, in a chain of `requires`,
 * with owners, links and an acceptance item each; every other task done.
 */
function realisticPlan(tasks: number): string {
  const lines = ['# yaml-language-server: $schema=./readiness.schema.json', 'version: 1', 'title: Payments API — production readiness', 'phases:'];
  for (let t = 0; t < tasks; t++) {
    const p = Math.floor(t / 10);
    if (t % 10 === 0) {
      lines.push(`  - id: P${p}\n    name: Phase ${p} of the rollout\n    blocking: true\n    owner: "@acme/team-${p % 4}"`);
      lines.push(
        `    requires: [${p > 0 ? `P${p - 1}` : ''}]\n    acceptance:\n      - id: P${p}.acc\n        title: Phase ${p} signed off\n    tasks:`,
      );
    }
    lines.push(`      - id: P${p}.${t % 10}\n        title: Task ${t} — harden the rollout step\n        status: ${t % 2 ? 'done' : 'todo'}`);
    lines.push(`        owner: "@dev${t % 7}"\n        links: ["#${t + 1}", "acme/web#${t + 2}"]`);
  }
  lines.push('gates:', '  merge: { phases: blocking }', '');
  return lines.join('\n');
}

/** The realistic plans: the sizes above and the most tasks (in tens) that fit in 1 MiB. */
function realisticPlans(): { label: string; tasks: number; text: string }[] {
  let cap = 600;
  while (Buffer.byteLength(realisticPlan(cap + 100)) <= 1024 * 1024) cap += 100;
  while (Buffer.byteLength(realisticPlan(cap + 10)) <= 1024 * 1024) cap += 10;
  const plans = REALISTIC_SIZES.map((tasks) => ({ label: tasks.toLocaleString('en-US'), tasks, text: realisticPlan(tasks) }));
  return [...plans, { label: `${cap.toLocaleString('en-US')} (1 MiB cap)`, tasks: cap, text: realisticPlan(cap) }];
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

/** What one scaling run reports: CPU time of each step of `check`, after the warm-up. */
interface CoreRun {
  parseMs: number;
  evaluateMs: number;
  renderMs: number;
}

/**
 * The child of a scaling run: from the sources in `sources`, check a plan to warm up (unless cold), then
 * `rounds` times parse the manifest without the size limit, evaluate it offline and render
 * the text report, timing each step in CPU time.
 */
async function runCore(sources: string, file: string, rounds: number, warmUp: boolean): Promise<void> {
  const load = (module: string) => import(pathToFileURL(join(sources, 'core', module)).href);
  const { parseManifest } = await load('manifest/manifest.ts');
  const { evaluate } = await load('verdict/evaluate.ts');
  const { renderTextReport } = await load('views/render-text.ts');
  const cpu = () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  };
  const check = (source: string) => {
    const t0 = cpu();
    const manifest = parseManifest(source, file, { maxBytes: Infinity });
    const t1 = cpu();
    const report = evaluate(manifest, { gate: 'merge', today: '2026-11-23', links: 'offline' });
    const t2 = cpu();
    renderTextReport(report);
    return { parseMs: t1 - t0, evaluateMs: t2 - t1, renderMs: cpu() - t2 };
  };
  if (warmUp) check(manyTasks(WARM_UP_TASKS));
  const source = readFileSync(file, 'utf8');
  const runs: CoreRun[] = Array.from({ length: rounds }, () => check(source));
  process.stdout.write(`${JSON.stringify(runs)}\n`);
}

/**
 * The sources of `ref`'s core, copied out of git for measuring it beside the working tree's:
 * into a temporary directory (Node strips no types under node_modules) that reaches this
 * tree's dependencies through a link.
 */
function baselineSources(ref: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'readiness-baseline-'));
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  const archive = execFileSync('git', ['archive', '--format=tar', ref, 'src/core'], { maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  return join(dir, 'src');
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const bytes = (text: string) => Buffer.byteLength(text).toLocaleString('en-US');

/** One version of the code: its core, measured in the core's rows, and its CLI, in the CLI's. */
interface Sources {
  label: string;
  /** Its `src` and its CLI bundle. */
  dir?: string;
  cli?: string;
}

/** The rounds of one scaling process: the CPU time of each step, and the process's peak RSS. */
async function scaleRuns(sources: string, file: string, tasks: number, cold = false): Promise<{ runs: CoreRun[]; peakMb: number }> {
  const rounds = cold ? 1 : Math.max(1, Math.round(TASKS_PER_PROCESS / tasks));
  const child = ['bench/manifests.ts', '--core', sources, file, String(rounds), cold ? 'cold' : 'warm'];
  const result = await measure([
    '--disable-warning=ExperimentalWarning',
    '--experimental-transform-types',
    `--import=${resolve('bench/ts-source.mjs')}`,
    ...child,
  ]);
  if (result.code !== 0) throw new Error(`the core run on ${file} failed: ${result.stderr.trim().split('\n')[0]}`);
  const runs = JSON.parse(result.stdout.trim().split('\n').pop()!) as CoreRun[];
  return { runs, peakMb: result.peakMb };
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const total = (run: CoreRun) => run.parseMs + run.evaluateMs + run.renderMs;
const times = (ratio: number) => `${ratio.toFixed(2)}×`;

/** `check` on the core at each size: this tree, and the baseline beside it, runs interleaved. */
async function scaling(dir: string, all: readonly Sources[]): Promise<void> {
  const versions = all.filter((version) => version.dir !== undefined);
  const plans = SCALE_SIZES.map((tasks) => {
    const file = join(dir, `scale-${tasks}.yml`);
    const text = manyTasks(tasks);
    writeFileSync(file, text);
    return { tasks, file, bytes: Buffer.byteLength(text) };
  });
  const runs = new Map<string, { runs: CoreRun[]; peakMb: number }[]>();
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    for (const plan of plans) {
      for (const version of versions) {
        const key = `${version.label}/${plan.tasks}`;
        runs.set(key, [...(runs.get(key) ?? []), await scaleRuns(version.dir!, plan.file, plan.tasks)]);
      }
    }
  }
  console.log(
    `\n\`check\` on the core with the 1 MiB limit lifted — CPU time after a warm-up on ${WARM_UP_TASKS.toLocaleString('en-US')} tasks, ` +
      `the median of the runs of ${REPEATS} fresh processes, each checking the plan as often as it takes to check about ` +
      `${TASKS_PER_PROCESS.toLocaleString('en-US')} tasks; peak RSS the highest of the processes' (Node and the TypeScript loader included)\n`,
  );
  console.log('| code | tasks | bytes | check (CPU) | per task | parse | evaluate | render | peak RSS |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  const perTask = new Map<string, number>();
  const peak = new Map<string, number>();
  for (const plan of plans) {
    for (const version of versions) {
      const key = `${version.label}/${plan.tasks}`;
      const processes = runs.get(key)!;
      const measured = processes.flatMap((child) => child.runs);
      const cpu = median(measured.map(total));
      perTask.set(key, (cpu * 1000) / plan.tasks);
      peak.set(key, Math.max(...processes.map((child) => child.peakMb)));
      const step = (pick: (run: CoreRun) => number) => fmt(median(measured.map(pick)));
      console.log(
        `| ${version.label} | ${plan.tasks.toLocaleString('en-US')} | ${plan.bytes.toLocaleString('en-US')} | ${fmt(cpu)} | ${perTask.get(key)!.toFixed(1)} µs | ` +
          `${step((run) => run.parseMs)} | ${step((run) => run.evaluateMs)} | ${step((run) => run.renderMs)} | ${peak.get(key)!.toFixed(0)} MB |`,
      );
    }
  }
  console.log('');
  scalingVerdicts(versions, perTask, peak);
}

/** Time per task of each size against the smallest, this tree against the baseline, and the targets. */
function scalingVerdicts(versions: readonly Sources[], perTask: ReadonlyMap<string, number>, peak: ReadonlyMap<string, number>): void {
  const [smallest, largest] = [SCALE_SIZES[0]!, SCALE_SIZES[SCALE_SIZES.length - 1]!];
  const n = (tasks: number) => tasks.toLocaleString('en-US');
  for (const version of versions) {
    const ratios = SCALE_SIZES.slice(1).map(
      (tasks) => `${n(tasks)}: ${times(perTask.get(`${version.label}/${tasks}`)! / perTask.get(`${version.label}/${smallest}`)!)}`,
    );
    console.log(`- ${version.label}: time per task against ${n(smallest)} tasks — ${ratios.join(', ')}`);
  }
  const [now, before] = versions;
  if (before) {
    const against = SCALE_SIZES.map(
      (tasks) =>
        `${n(tasks)}: ${times(perTask.get(`${now!.label}/${tasks}`)! / perTask.get(`${before.label}/${tasks}`)!)} the time, ` +
        `${times(peak.get(`${now!.label}/${tasks}`)! / peak.get(`${before.label}/${tasks}`)!)} the peak memory`,
    );
    console.log(`- now against ${before.label}: ${against.join('; ')}`);
  }
  const spread = SCALE_SIZES.every((tasks) => Math.abs(perTask.get(`now/${tasks}`)! / perTask.get(`now/${smallest}`)! - 1) <= PER_TASK_SPREAD);
  const memory = peak.get(`now/${largest}`)! <= SCALE_MEMORY_MB;
  console.log(
    `- targets: time per task within ±${PER_TASK_SPREAD * 100}% from ${n(smallest)} to ${n(largest)} tasks — ${spread ? 'met' : '**NOT MET**'}; ` +
      `peak memory at ${n(largest)} tasks under ${SCALE_MEMORY_MB} MB — ${memory ? 'met' : '**NOT MET**'}`,
  );
}

async function main(): Promise<void> {
  const [largest, versions] = [largestAccepted(), versionsToMeasure()];
  const cases: Case[] = [
    { name: 'YAML alias bomb (9 levels of 9)', text: aliasBomb(), bounded: true },
    { name: '3,000 phases each requiring an unknown id', text: unknownRequires(3000), bounded: true },
    { name: 'two 30,000-character ids + an unknown requires', text: longIds(), bounded: true },
    { name: 'one mapping of 104,000 keys behind an anchor', text: manyKeys(), bounded: true, budget: CAP_BUDGET },
    { name: 'a paths pattern of seventeen {a,b} groups', text: braceGroups(), bounded: true },
    { name: `${TASKS.toLocaleString('en-US')} tasks, checked by the CLI`, text: manyTasks(TASKS), bounded: true },
    { name: `${largest.tasks.toLocaleString('en-US')} tasks: the most that fit in 1 MiB`, text: largest.text, bounded: false },
  ];
  const dir = mkdtempSync(join(tmpdir(), 'readiness-manifests-'));
  console.log(`Hostile and large manifests — Node ${process.versions.node}; budget ${fmt(TIME_BUDGET_MS)} and ${MEMORY_BUDGET_MB} MB where marked\n`);
  console.log('| manifest | bytes | exit | wall | CPU | peak RSS | within budget | what it said |');
  console.log('|---|---:|---:|---:|---:|---:|---|---|');
  let overBudget = 0;
  for (const [i, entry] of cases.entries()) {
    const file = join(dir, `case-${i}.yml`);
    writeFileSync(file, entry.text);
    const result = await measure([versions[0]!.cli!, 'check', file]);
    // Held on CPU time, which other work on the machine does not inflate the way it does wall time.
    const budget = entry.budget ?? { cpuMs: TIME_BUDGET_MS, memoryMb: MEMORY_BUDGET_MB };
    const within = result.cpuMs <= budget.cpuMs && result.peakMb <= budget.memoryMb;
    if (entry.bounded && !within) overBudget++;
    const output = (result.stderr || result.stdout).trim();
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
  await realistic(dir, versions);
  await scaling(dir, versions);
  // The link to node_modules goes with the copy; what it points to stays.
  if (versions[1]?.dir) rmSync(resolve(versions[1].dir, '..'), { recursive: true, force: true });
}

/** This tree (its CLI as `--dist <dir>` has it, by default `dist/`), and the baseline the options name. */
function versionsToMeasure(): Sources[] {
  const option = (name: string) => {
    const at = process.argv.indexOf(name);
    return at === -1 ? undefined : process.argv[at + 1];
  };
  const [ref, beforeDist] = [option('--baseline'), option('--baseline-dist')];
  const versions: Sources[] = [{ label: 'now', dir: resolve('src'), cli: join(option('--dist') ?? 'dist', 'cli/index.js') }];
  if (ref === undefined && beforeDist === undefined) return versions;
  const label = `before (${[ref, beforeDist].filter(Boolean).join(', ')})`;
  versions.push({ label, ...(ref ? { dir: baselineSources(ref) } : {}), ...(beforeDist ? { cli: join(beforeDist, 'cli/index.js') } : {}) });
  return versions;
}

/** `check` of plans as teams write them, by the CLI and by the core, each run in a fresh process. */
async function realistic(dir: string, versions: readonly Sources[]): Promise<void> {
  const plans = realisticPlans().map((plan, i) => ({ ...plan, file: join(dir, `plan-${i}.yml`) }));
  for (const plan of plans) writeFileSync(plan.file, plan.text);
  const runs = new Map<string, { cli: Measure[]; core: CoreRun[] }>();
  for (let round = 0; round < REALISTIC_RUNS; round++) {
    for (const plan of plans) {
      for (const version of versions) {
        const key = `${version.label}/${plan.tasks}`;
        const entry = runs.get(key) ?? runs.set(key, { cli: [], core: [] }).get(key)!;
        if (version.cli) entry.cli.push(await checkByCli(version.cli, plan.file));
        if (version.dir) entry.core.push(...(await scaleRuns(version.dir, plan.file, plan.tasks, true)).runs);
      }
    }
  }
  console.log(
    `\n\`check\` of plans as teams write them (phases of ten tasks, block style): CPU time, the median of ${REALISTIC_RUNS} fresh processes, interleaved — ` +
      'the CLI as a whole, start-up included, and the core parsing and evaluating once, cold; peak RSS the highest of the CLI processes\n',
  );
  console.log(
    '| code | tasks | bytes | CLI check (CPU) | CLI peak RSS | core parse + evaluate (CPU) | of it parse |\n|---|---:|---:|---:|---:|---:|---:|',
  );
  const cell = (values: number[]) => (values.length > 0 ? fmt(median(values)) : '—');
  for (const plan of plans) {
    for (const version of versions) {
      const { cli, core } = runs.get(`${version.label}/${plan.tasks}`)!;
      const peak = cli.length > 0 ? `${Math.max(...cli.map((run) => run.peakMb)).toFixed(0)} MB` : '—';
      console.log(
        `| ${version.label} | ${plan.label} | ${bytes(plan.text)} | ${cell(cli.map((run) => run.cpuMs))} | ${peak} | ` +
          `${cell(core.map((run) => run.parseMs + run.evaluateMs))} | ${cell(core.map((run) => run.parseMs))} |`,
      );
    }
  }
  const largest = runs.get(`now/${plans[plans.length - 1]!.tasks}`)!.cli;
  const { cpuMs, memoryMb } = CAP_BUDGET;
  const within = largest.every((run) => run.cpuMs <= cpuMs && run.peakMb <= memoryMb);
  console.log(`\n- the largest plan within ${fmt(cpuMs)} of CPU and ${memoryMb} MB in every run — ${within ? 'met' : '**NOT MET**'}`);
}

/** One `check` by the CLI in a fresh process; a plan it cannot read is the benchmark's mistake. */
async function checkByCli(cli: string, file: string): Promise<Measure> {
  const result = await measure([cli, 'check', file]);
  if (result.code === 0 || result.code === 1) return result;
  throw new Error(`${cli} check ${file} failed: ${(result.stderr || result.stdout).trim().split('\n')[0]}`);
}

if (process.argv[2] === '--core') await runCore(process.argv[3]!, process.argv[4]!, Number(process.argv[5]), process.argv[6] !== 'cold');
else await main();
