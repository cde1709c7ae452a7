/**
 * `node bench/import.ts` (also part of `npm run bench`): time and peak memory of
 * `readiness-gate import` on documents of 1,000, 10,000 and 100,000 task lines, and on
 * the hostile shapes that once cost minutes, a stack overflow or all the memory: a
 * dependency range to P999999999, 100,000 URLs on one line, 20,000 sections, 10,000
 * nested block quotes and a 5,000-column table.
 *
 * Each case runs the CLI bundle in a child process of its own, so its peak RSS and CPU
 * time are its own; the 2 s budget is held on CPU time, since wall time depends on what
 * else the machine is doing.
 *
 * Then the whole import — repair, parse, structure, classify, assemble, write YAML — of
 * 10,000, 30,000 and 100,000 task lines in 100, 300 and 1,000 sections, run from the
 * sources with the 1 MiB manifest limit lifted (here only: the CLI refuses such plans),
 * to show that it costs the same per task at every size:
 *   - time: one child process imports every size, after a warm-up, in rounds that take
 *     the sizes in turn (so a change in the machine's load falls on all of them alike);
 *     each round imports the same number of tasks of every size (10 × 10,000, 3 ×
 *     30,000, 1 × 100,000), so that the garbage collection a run causes is counted at
 *     every size, not only at the large one (every part leaves about as much garbage
 *     for the next to collect); the best round (the least disturbed by other work) and
 *     the median, in CPU time per task; the target is held on the best;
 *   - memory: a child process per size that reads the document, imports it once and
 *     writes the YAML: its peak RSS, the Node.js process included.
 * The target: time per task at 100,000 within ±25% of that at 10,000, peak RSS at
 * 100,000 under 600 MB.
 *
 * And the import as a user meets it, once in a fresh process from the sources: 2,000 and
 * 20,000 task lines and a document of 1 MiB, its CPU time (the process's, start-up
 * included) and peak RSS, against the budgets of ≤ 1 s at 2,000 lines and ≤ 10 s and
 * ≤ 500 MB for any document up to 1 MiB. `--fresh` runs these rows alone.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const TIME_BUDGET_MS = 2_000;
const SIZES = [1_000, 2_000, 10_000, 20_000, 100_000];
/** The bundle measured by the CLI rows: BENCH_IMPORT_DIST=<an earlier build> measures that one beside. */
const CLI = join(process.env.BENCH_IMPORT_DIST ?? 'dist', 'cli/index.js');
/** The whole import in-process: sizes, rounds measured after the warm-up, tasks imported per size in a round. */
const WHOLE_SIZES = [10_000, 30_000, 100_000];
const WHOLE_ROUNDS = Number(process.env.BENCH_IMPORT_ROUNDS ?? 7);
const TASKS_PER_ROUND = 100_000;
/** Time per task at 100,000 within ±25% of that at 10,000; peak memory at 100,000 under 600 MB. */
const RATIO_LIMITS = [0.75, 1.25] as const;
const PEAK_LIMIT_MB = 600;

interface Case {
  name: string;
  text: string;
  /** A budget of its own: the one of any document up to 1 MiB (10 s, 500 MB). */
  budget?: { cpuMs: number; memoryMb: number };
}

/** What importing any document up to 1 MiB may cost. */
const DOCUMENT_BUDGET = { cpuMs: 10_000, memoryMb: 500 };

/** `lines` task lines in sections of 100, with owners, links to other repositories and due dates sprinkled in. */
function taskLines(lines: number): string {
  const out = ['# Release plan', ''];
  for (let t = 0; t < lines; t++) {
    if (t % 100 === 0) out.push('', `## Phase ${t / 100}: Area ${t / 100}`, '');
    const box = t % 3 === 0 ? 'x' : ' ';
    const extra =
      t % 10 === 0 ? ` (@owner${t % 7}) [#${t + 1}](https://github.com/acme/repo${t % 5}/issues/${t + 1})` : t % 10 === 5 ? ' (due 2026-12-01)' : '';
    out.push(`- [${box}] Task ${t}${t % 25 === 0 ? ' (CRITICAL)' : ''}${extra}`);
  }
  return `${out.join('\n')}\n`;
}

function hostile(): Case[] {
  return [
    {
      name: 'dependency row: P1 depends on `P0-P999999999`',
      text: '# Plan\n\n| Phase | Name | Blocking |\n|---|---|---|\n| P0 | A | YES |\n| P1 | B | YES |\n\n| Task | Depends On |\n|---|---|\n| P1 | P0-P999999999 |\n\n## P0\n- [ ] a\n## P1\n- [ ] b\n',
    },
    { name: '`https://x/` ×100,000 on one line', text: `# Plan\n\n- [ ] ${'https://x/'.repeat(100_000)}\n` },
    { name: '20,000 sections', text: `# Plan\n\n${Array.from({ length: 20_000 }, (_, i) => `## Section ${i}\n\n- [ ] task ${i}\n`).join('\n')}` },
    { name: '10,000 nested `>`', text: `# Plan\n\n${'>'.repeat(10_000)} - [ ] deep\n` },
    { name: '1 MiB paragraph of `*_` runs', text: `# Plan\n\n- [ ] a task\n\n${'*_'.repeat(524_000)}\n`, budget: DOCUMENT_BUDGET },
    {
      name: '250 lines of 4,000 `[`',
      text: `# Plan\n\n- [ ] a task\n\n${Array.from({ length: 250 }, () => '['.repeat(4_000)).join('\n')}\n`,
      budget: DOCUMENT_BUDGET,
    },
    {
      name: '5,000-column table, 50 rows',
      text: `# Plan\n\n| Task | Status |${' c |'.repeat(4998)}\n|${'---|'.repeat(5000)}\n${Array.from({ length: 50 }, (_, r) => `| t${r} | DONE |${' x |'.repeat(4998)}`).join('\n')}\n`,
    },
  ];
}

interface Measure {
  wallMs: number;
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
  return {
    wallMs: performance.now() - started,
    cpuMs: Number(readFileSync(cpuFile, 'utf8')),
    peakMb: Number(readFileSync(memoryFile, 'utf8')) / 1024,
    code,
    stdout,
    stderr,
  };
}

const SOURCES = ['--disable-warning=ExperimentalWarning', '--experimental-transform-types', `--import=${resolve('bench/ts-source.mjs')}`];

/** The whole import from the sources, with no limit on the manifest's size. */
async function wholeImport(): Promise<(text: string) => string> {
  const { importMarkdown } = await import('../src/core/import/importer.ts');
  return (text) => importMarkdown(text, 'plan.md', Infinity).yaml;
}

const cpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

/**
 * Child: imports each document `TASKS_PER_ROUND / lines` times per round, the sizes in
 * turn, one warm-up round then `rounds`; prints the CPU time of each size's part of each
 * measured round, in ms, one JSON array per size.
 */
async function runTimes(files: string[], rounds: number): Promise<void> {
  const run = await wholeImport();
  const texts = files.map((file) => readFileSync(file, 'utf8'));
  const lines = WHOLE_SIZES;
  const times: number[][] = files.map(() => []);
  for (let round = 0; round <= rounds; round++) {
    texts.forEach((text, i) => {
      const repeat = Math.max(1, Math.round(TASKS_PER_ROUND / lines[i]!));
      const started = cpuMs();
      for (let r = 0; r < repeat; r++) run(text);
      if (round > 0) times[i]!.push(cpuMs() - started);
    });
  }
  process.stdout.write(`${JSON.stringify(times)}\n`);
}

/** Child: reads the document, imports it once, writes the YAML; its peak RSS is the import's. */
async function runOnce(file: string, out: string): Promise<void> {
  const run = await wholeImport();
  writeFileSync(out, run(readFileSync(file, 'utf8')));
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const bytes = (text: string) => Buffer.byteLength(text).toLocaleString('en-US');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function cliCases(dir: string): Promise<number> {
  const cases: Case[] = [...SIZES.map((lines) => ({ name: `${lines.toLocaleString('en-US')} task lines`, text: taskLines(lines) })), ...hostile()];
  console.log(`\nreadiness-gate import — Node ${process.versions.node}; the CLI, budget ${fmt(TIME_BUDGET_MS)} of CPU per case\n`);
  console.log('| document | bytes | exit | wall | CPU | peak RSS | within budget | what it said |');
  console.log('|---|---:|---:|---:|---:|---:|---|---|');
  let overBudget = 0;
  for (const [i, entry] of cases.entries()) {
    const file = join(dir, `case-${i}.md`);
    writeFileSync(file, entry.text);
    const result = await measure([CLI, 'import', file, '-o', join(dir, `case-${i}.yml`)]);
    const budget = entry.budget ?? { cpuMs: TIME_BUDGET_MS, memoryMb: Infinity };
    const within = result.cpuMs <= budget.cpuMs && result.peakMb <= budget.memoryMb && (result.code === 0 || result.code === 2);
    if (!within) overBudget++;
    const said = (
      result.code === 0
        ? result.stderr
            .split('\n')
            .slice(1, 3)
            .map((line) => line.trim())
            .join('; ')
        : result.stderr.trim().split('\n')[0]!
    )
      .replace(file, 'FILE')
      .slice(0, 120);
    console.log(
      `| ${entry.name} | ${bytes(entry.text)} | ${result.code} | ${fmt(result.wallMs)} | ${fmt(result.cpuMs)} | ${result.peakMb.toFixed(0)} MB | ${within ? 'yes' : '**NO**'} | ${said.replace(/\|/g, '\\|')} |`,
    );
  }
  if (overBudget > 0) console.log(`\n${overBudget} import case(s) over the budget.`);
  return overBudget;
}

/** The whole import at 10k, 30k and 100k task lines: time per task and peak memory; says whether the targets are met. */
async function wholeCases(dir: string): Promise<boolean> {
  const files = WHOLE_SIZES.map((lines) => {
    const file = join(dir, `whole-${lines}.md`);
    writeFileSync(file, taskLines(lines));
    return file;
  });
  const timing = await measure([...SOURCES, 'bench/import.ts', '--times', String(WHOLE_ROUNDS), ...files]);
  if (timing.code !== 0) throw new Error(`the timing run failed: ${timing.stderr}`);
  const times = JSON.parse(timing.stdout) as number[][];
  const tasksPerRound = WHOLE_SIZES.map((lines) => Math.max(1, Math.round(TASKS_PER_ROUND / lines)) * lines);
  const best = times.map((rounds, i) => Math.min(...rounds) / tasksPerRound[i]!);
  const typical = times.map((rounds, i) => median(rounds) / tasksPerRound[i]!);
  console.log(
    `\nThe whole import in-process (repair → parse → structure → classify → assemble → write YAML), 1 MiB limit lifted; ` +
      `CPU time per task: best and median of ${WHOLE_ROUNDS} rounds after a warm-up, each round ${TASKS_PER_ROUND.toLocaleString('en-US')} tasks of every size; ` +
      'peak RSS: one import in a child process of its own\n',
  );
  console.log(
    '| task lines | sections | YAML written | CPU per import | per task, best round | ÷ at 10,000 | per task, median round | ÷ at 10,000 | peak RSS |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  let peakAtLargest = 0;
  for (const [i, lines] of WHOLE_SIZES.entries()) {
    const once = await measure([...SOURCES, 'bench/import.ts', '--once', files[i]!, join(dir, `whole-${lines}.yml`)]);
    if (once.code !== 0) throw new Error(`the import of ${lines} task lines failed: ${once.stderr}`);
    peakAtLargest = once.peakMb;
    const yaml = readFileSync(join(dir, `whole-${lines}.yml`));
    const us = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
    console.log(
      `| ${lines.toLocaleString('en-US')} | ${(lines / 100).toLocaleString('en-US')} | ${yaml.length.toLocaleString('en-US')} bytes | ${fmt(best[i]! * lines)} | ` +
        `${us(best[i]!)} | ${(best[i]! / best[0]!).toFixed(2)} | ${us(typical[i]!)} | ${(typical[i]! / typical[0]!).toFixed(2)} | ${once.peakMb.toFixed(0)} MB |`,
    );
  }
  const ratio = best.at(-1)! / best[0]!;
  const linear = ratio >= RATIO_LIMITS[0] && ratio <= RATIO_LIMITS[1];
  const small = peakAtLargest < PEAK_LIMIT_MB;
  console.log(
    `\nper task, 100,000 ÷ 10,000 task lines: ${ratio.toFixed(2)} in the best rounds, ${(typical.at(-1)! / typical[0]!).toFixed(2)} in the median ones ` +
      `(target ${RATIO_LIMITS[0]}–${RATIO_LIMITS[1]}, held on the best): ${linear ? 'met' : '**NOT met**'}; ` +
      `peak RSS at 100,000: ${peakAtLargest.toFixed(0)} MB (target under ${PEAK_LIMIT_MB} MB): ${small ? 'met' : '**NOT met**'}`,
  );
  return linear && small;
}

/** Task lines up to `bytes` (the last section may end early). */
function taskBytes(bytes: number): string {
  const text = taskLines(Math.ceil(bytes / 24));
  return `${text.slice(0, text.lastIndexOf('\n', bytes - 1))}\n`;
}

/** One import in a fresh process from the sources, at the sizes users bring: CPU and peak RSS within the budgets. */
async function freshCases(dir: string): Promise<boolean> {
  const cases = [
    { name: '2,000 task lines', text: taskLines(2_000), cpuBudget: 1_000 },
    { name: '20,000 task lines', text: taskLines(20_000), cpuBudget: 10_000 },
    { name: '1 MiB of task lines', text: taskBytes(1024 * 1024), cpuBudget: 10_000 },
  ];
  console.log('\nOne import in a fresh process, from the sources, manifest limit lifted (CPU of the whole process, start-up included)\n');
  console.log('| document | bytes | CPU | peak RSS | within budget |');
  console.log('|---|---:|---:|---:|---|');
  let within = true;
  for (const [i, entry] of cases.entries()) {
    const file = join(dir, `fresh-${i}.md`);
    writeFileSync(file, entry.text);
    const once = await measure([...SOURCES, 'bench/import.ts', '--once', file, join(dir, `fresh-${i}.yml`)]);
    if (once.code !== 0) throw new Error(`the import of ${entry.name} failed: ${once.stderr}`);
    const ok = once.cpuMs <= entry.cpuBudget && once.peakMb <= 500;
    within &&= ok;
    console.log(`| ${entry.name} | ${bytes(entry.text)} | ${fmt(once.cpuMs)} | ${once.peakMb.toFixed(0)} MB | ${ok ? 'yes' : '**NO**'} |`);
  }
  return within;
}

/** Every part; with `--whole`, `--fresh` or `--cli` only the in-process rows, the fresh-process ones (neither needs a build) or the CLI's. */
/** The sizes compared beside an earlier build, and how many interleaved fresh runs each gets. */
const BESIDE_SIZES = [1_000, 2_000, 5_000, 10_000, 20_000];
const BESIDE_RUNS = Number(process.env.BENCH_IMPORT_BESIDE_RUNS ?? 9);

/**
 * BENCH_IMPORT_BEFORE=<dist of an earlier build>: the CLI rows again beside that build, each
 * size imported by both in turn, in fresh processes, so that a change in the machine's load
 * falls on both alike; the median CPU and wall time of each. The two differ by what V8
 * does on other threads, its optimising compiler above all: a short process that runs more
 * hot code spends more CPU time than its user waits for.
 */
async function besideCases(dir: string, before: string): Promise<void> {
  console.log(`
readiness-gate import beside ${before} — median CPU of ${BESIDE_RUNS} interleaved fresh processes each\n`);
  console.log(
    '| task lines | bytes | CPU before | CPU now | now ÷ before | wall before | wall now | now ÷ before | peak RSS before | peak RSS now |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const lines of BESIDE_SIZES) {
    const text = taskLines(lines);
    const file = join(dir, `beside-${lines}.md`);
    writeFileSync(file, text);
    const runs: Record<'before' | 'now', Measure[]> = { before: [], now: [] };
    for (let round = 0; round < BESIDE_RUNS; round++) {
      for (const [name, cli] of [
        ['before', join(before, 'cli/index.js')],
        ['now', CLI],
      ] as const) {
        runs[name].push(await measure([cli, 'import', file, '-o', join(dir, `beside-${lines}-${name}.yml`)]));
      }
    }
    const [cpuBefore, cpuNow] = [median(runs.before.map((run) => run.cpuMs)), median(runs.now.map((run) => run.cpuMs))];
    const [wallBefore, wallNow] = [median(runs.before.map((run) => run.wallMs)), median(runs.now.map((run) => run.wallMs))];
    const peak = (list: Measure[]) => `${Math.max(...list.map((run) => run.peakMb)).toFixed(0)} MB`;
    console.log(
      `| ${lines.toLocaleString('en-US')} | ${bytes(text)} | ${fmt(cpuBefore)} | ${fmt(cpuNow)} | ${(cpuNow / cpuBefore).toFixed(2)}× | ${fmt(wallBefore)} | ${fmt(wallNow)} | ${(wallNow / wallBefore).toFixed(2)}× | ${peak(runs.before)} | ${peak(runs.now)} |`,
    );
  }
}

async function main(only: string | undefined): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'readiness-import-bench-'));
  if (only === '--fresh') {
    if (!(await freshCases(dir))) process.exitCode = 1;
    return;
  }
  const before = process.env.BENCH_IMPORT_BEFORE;
  if (only === '--cli') {
    if ((await cliCases(dir)) > 0) process.exitCode = 1;
    if (before) await besideCases(dir, before);
    return;
  }
  const overBudget = only === '--whole' ? 0 : await cliCases(dir);
  if (before && only !== '--whole') await besideCases(dir, before);
  const fresh = await freshCases(dir);
  const met = await wholeCases(dir);
  if (overBudget > 0 || !met || !fresh) process.exitCode = 1;
}

if (process.argv[2] === '--times') await runTimes(process.argv.slice(4), Number(process.argv[3]));
else if (process.argv[2] === '--once') await runOnce(process.argv[3]!, process.argv[4]!);
else await main(process.argv[2]);
