/**
 * `node bench/import.ts` (also part of `npm run bench`): time and peak memory of
 * `readiness-gate import` on documents of 1,000, 10,000 and 100,000 task lines, and on
 * the hostile shapes that once cost minutes, a stack overflow or all the memory: a
 * dependency range to P999999999, 100,000 URLs on one line, 20,000 sections, 10,000
 * nested block quotes and a 5,000-column table.
 *
 * Each case runs the CLI bundle in a child process of its own, so its peak RSS and CPU
 * time are its own; the 2 s budget is held on CPU time, since wall time depends on what
 * else the machine is doing. The task-line cases also run the import pipeline alone, from
 * the sources, to show its CPU time growing linearly without the process start-up.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const TIME_BUDGET_MS = 2_000;
const SIZES = [1_000, 10_000, 100_000];

interface Case {
  name: string;
  text: string;
  /** Task lines, for the in-process run that shows linear growth. */
  lines?: number;
}

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

/**
 * The child of an in-process run, from the sources, in CPU time, best of three: the whole
 * import, and its reading steps alone (repair, parse, structure, classify), which every
 * document goes through whether or not its manifest fits in 1 MiB.
 */
async function runCore(file: string): Promise<void> {
  const { importMarkdown } = await import('../src/core/import/importer.ts');
  const { repairText } = await import('../src/core/import/repair.ts');
  const { parseMarkdown } = await import('../src/core/import/parse.ts');
  const { readStructure } = await import('../src/core/import/structure.ts');
  const { readDocument } = await import('../src/core/import/read.ts');
  const text = readFileSync(file, 'utf8');
  const cpu = (work: () => void) => {
    let best = Infinity;
    for (let run = 0; run < 3; run++) {
      const started = process.cpuUsage();
      work();
      const used = process.cpuUsage(started);
      best = Math.min(best, (used.user + used.system) / 1000);
    }
    return best;
  };
  const whole = cpu(() => {
    try {
      importMarkdown(text, 'plan.md');
    } catch {
      // Refused (a manifest over 1 MiB): the work up to the refusal was done all the same.
    }
  });
  const reading = cpu(() => void readDocument(readStructure(parseMarkdown(repairText(text, 'plan.md').text, 'plan.md')), [], new Map()));
  process.stdout.write(`${whole} ${reading}\n`);
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const bytes = (text: string) => Buffer.byteLength(text).toLocaleString('en-US');

async function main(): Promise<void> {
  const cases: Case[] = [
    ...SIZES.map((lines) => ({ name: `${lines.toLocaleString('en-US')} task lines`, text: taskLines(lines), lines })),
    ...hostile(),
  ];
  const dir = mkdtempSync(join(tmpdir(), 'readiness-import-bench-'));
  console.log(`\nreadiness-gate import — Node ${process.versions.node}; budget ${fmt(TIME_BUDGET_MS)} of CPU per case\n`);
  console.log(
    '| document | bytes | exit | wall | CPU | peak RSS | import alone (CPU) | reading alone (CPU) | reading per 1,000 lines | within budget | what it said |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|');
  let overBudget = 0;
  for (const [i, entry] of cases.entries()) {
    const file = join(dir, `case-${i}.md`);
    writeFileSync(file, entry.text);
    const result = await measure(['dist/cli/index.js', 'import', file, '-o', join(dir, `case-${i}.yml`)]);
    let alone = '';
    let reading = '';
    let perThousand = '';
    if (entry.lines !== undefined) {
      const core = await measure([
        '--disable-warning=ExperimentalWarning',
        '--experimental-transform-types',
        `--import=${resolve('bench/ts-source.mjs')}`,
        'bench/import.ts',
        '--core',
        file,
      ]);
      const [whole, read] = core.stdout.trim().split(' ').map(Number) as [number, number];
      alone = fmt(whole);
      reading = fmt(read);
      perThousand = `${((read / entry.lines) * 1000).toFixed(1)} ms`;
    }
    const within = result.cpuMs <= TIME_BUDGET_MS && (result.code === 0 || result.code === 2);
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
      `| ${entry.name} | ${bytes(entry.text)} | ${result.code} | ${fmt(result.wallMs)} | ${fmt(result.cpuMs)} | ${result.peakMb.toFixed(0)} MB | ${alone} | ${reading} | ${perThousand} | ${within ? 'yes' : '**NO**'} | ${said.replace(/\|/g, '\\|')} |`,
    );
  }
  if (overBudget > 0) {
    console.log(`\n${overBudget} import case(s) over the budget.`);
    process.exitCode = 1;
  }
}

if (process.argv[2] === '--core') await runCore(process.argv[3]!);
else await main();
