/**
 * `npm run bench`, the cold start: the built action (dist/index.js) on a 20-task plan against
 * the local GitHub API emulator with no added latency, beside the floor of its stack — an ncc
 * bundle of a script that imports `@actions/core`, reads an input, sets an output and writes
 * the job summary, built by ncc as it comes and again as scripts/bundle.mjs builds the
 * action (undici left out) — and beside `node -e 0`. The runs are interleaved (one of each in turn, after warm-up rounds), so a
 * busy machine slows all alike; medians and 90th percentiles of wall time, process start to
 * exit. Then where the time goes: the phases of a run (marks from a preloaded probe, in runs
 * apart from the timed ones) and the CPU profile of a source-mapped copy of the action, by
 * package. BENCH_BEFORE_DIST=<dir of an earlier build> adds that bundle to the rounds.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeBundleInAscii } from '../scripts/ascii.mjs';
import { bundle } from '../scripts/bundle.mjs';
import { GitHubEmulator } from '../tests/emulator/github.ts';

const ROUNDS = Number(process.env.BENCH_COLD_RUNS ?? 21);
const WARM_UP = 3;
const PROFILED_RUNS = 5;
const TOKEN = 'ghs_BenchmarkToken000000000000000000000';
const SHA = 'c'.repeat(40);
/** The commit whose manifest is the same plan with the two freeze windows of the SPEC's example. */
const FREEZES_SHA = 'f'.repeat(40);
const FREEZES = `freezes:
  - name: Year-end freeze
    from: 2026-12-18T17:00
    until: 2027-01-04T09:00
    timezone: Europe/Berlin
  - name: No Friday-afternoon releases
    every: "0 14 * * 5"
    for: 67h
    timezone: America/New_York
    override: { label: freeze-exception }
`;
const NCC = resolve('node_modules/@vercel/ncc/dist/ncc/cli.js');
const FLOOR_SCRIPT = `import * as core from '@actions/core';
const token = core.getInput('token');
core.setOutput('ready', String(token.length > 0));
await core.summary.addRaw('ready').write();
`;

interface Subject {
  name: string;
  args: string[];
  times: number[];
  /** More environment for its runs: another commit, whose manifest has freeze windows. */
  env?: Record<string, string>;
}

interface Marks {
  started: number;
  inputs?: number;
  requests: number[];
  answers: number[];
  exit: number;
}

const work = mkdtempSync(join(tmpdir(), 'readiness-coldstart-'));

/** A 20-task plan in ten blocking phases, every link a closed issue in one of five repositories. */
async function startEmulator(): Promise<GitHubEmulator> {
  const github = await new GitHubEmulator().start();
  github.tokens.set(TOKEN, { login: 'github-actions[bot]', type: 'Bot', canWrite: true });
  const repositories = ['acme/api', 'acme/web', 'acme/infra', 'partner/sdk', 'partner/cli'];
  const link = (task: number) => `${repositories[task % 5]}#${1 + Math.floor(task / 5)}`;
  for (let task = 0; task < 20; task++) {
    const number = 1 + Math.floor(task / 5);
    github
      .repository(repositories[task % 5]!)
      .issues.set(number, { number, title: `Issue ${number}`, kind: 'issue', state: 'CLOSED', stateReason: 'COMPLETED' });
  }
  const phase = (p: number) =>
    [
      `  - id: P${p}`,
      `    name: Phase ${p}`,
      '    blocking: true',
      '    tasks:',
      ...[2 * p, 2 * p + 1].map((t) => `      - { id: T${t}, title: "Task ${t}", links: ["${link(t)}"] }`),
    ].join('\n');
  const manifest = ['version: 1', 'phases:', ...Array.from({ length: 10 }, (_, p) => phase(p))].join('\n');
  github.repository('acme/api').files.set(SHA, new Map([['.github/readiness.yml', `${manifest}\n`]]));
  github.repository('acme/api').files.set(FREEZES_SHA, new Map([['.github/readiness.yml', `${manifest}\n${FREEZES}`]]));
  return github;
}

/**
 * The floor, a script that uses nothing but `@actions/core`: bundled by ncc's CLI as it comes
 * (`stock`, the floor the target is set against, undici included), or as scripts/build.mjs
 * bundles the action (`ours`: undici left out, see scripts/bundle.mjs). Both in ASCII.
 */
async function buildFloor(kind: 'stock' | 'ours'): Promise<string> {
  const dir = join(work, `floor-${kind}`);
  mkdirSync(dir);
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  // ncc looks for a tsconfig beside the entry; without one it asks fs.existsSync about undefined, which Node 24 warns of.
  writeFileSync(join(dir, 'tsconfig.json'), '{}\n');
  writeFileSync(join(dir, 'floor.js'), FLOOR_SCRIPT);
  const out = join(dir, 'out');
  if (kind === 'ours') await bundle(join(dir, 'floor.js'), out);
  else {
    execFileSync(process.execPath, [NCC, 'build', join(dir, 'floor.js'), '-o', out, '--quiet'], { stdio: 'inherit' });
    writeBundleInAscii(out);
  }
  return join(out, 'index.js');
}

/** A copy of the built action: a build running beside the bench must not change it halfway. */
function snapshot(dist: string, name: string): string {
  cpSync(dist, join(work, name), { recursive: true });
  return join(work, name, 'index.js');
}

function runEnv(github: GitHubEmulator, extra: Record<string, string> = {}): Record<string, string> {
  const dir = join(work, 'run');
  mkdirSync(dir, { recursive: true });
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_REPOSITORY: 'acme/api',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_SHA: SHA,
    INPUT_TOKEN: TOKEN,
  };
  Object.assign(env, { GITHUB_API_URL: github.apiUrl, GITHUB_GRAPHQL_URL: github.graphqlUrl }, extra);
  // A push event, and empty files for the outputs and the job summary, fresh for every run.
  const files = { GITHUB_EVENT_PATH: ['event.json', '{}'], GITHUB_OUTPUT: ['output', ''], GITHUB_STEP_SUMMARY: ['summary.md', ''] };
  for (const [name, [file, content]] of Object.entries(files)) writeFileSync((env[name] = join(dir, file!)), content!);
  return env;
}

/** Wall time of one process, spawned as the runner does: `node <script>`. */
async function timeRun(args: string[], env: Record<string, string>): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'], env });
  const code = await new Promise<number | null>((done) => child.on('close', done));
  if (code !== 0) throw new Error(`${args.join(' ')} exited with ${code}`);
  return performance.now() - started;
}

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!;
const median = (values: number[]) => quantile(values, 0.5);
const ms = (value: number) => `${Math.round(value)} ms`;

async function timeSideBySide(github: GitHubEmulator, subjects: Subject[]): Promise<void> {
  for (let round = 0; round < WARM_UP + ROUNDS; round++) {
    // Each round in another order, so no subject always follows the same one.
    const order = subjects.map((_, i) => subjects[(i + round) % subjects.length]!);
    for (const subject of order) {
      const wall = await timeRun(subject.args, runEnv(github, subject.env));
      if (round >= WARM_UP) subject.times.push(wall);
    }
  }
}

/** The medians of the probe's marks over a few runs of one script. */
async function phases(github: GitHubEmulator, script: string, runs: number): Promise<Record<string, number>> {
  const rows: Record<string, number>[] = [];
  for (let run = 0; run < runs; run++) {
    const marksFile = join(work, 'marks.json');
    const wall = await timeRun(
      [script],
      runEnv(github, { NODE_OPTIONS: `--import=${resolve('bench/startup-marks.mjs')}`, BENCH_MARKS_FILE: marksFile }),
    );
    const marks = JSON.parse(readFileSync(marksFile, 'utf8')) as Marks;
    const inputs = marks.inputs ?? marks.exit;
    const firstRequest = marks.requests[0] ?? inputs;
    const lastAnswer = marks.answers.at(-1) ?? firstRequest;
    rows.push({
      'Node start-up (to the preloaded probe)': marks.started,
      'loading and evaluating the bundle (to the first input read)': inputs - marks.started,
      'first input read to the first request': firstRequest - inputs,
      'requests and the work between them (first request to last answer)': lastAnswer - firstRequest,
      'last answer to exit': marks.exit - lastAnswer,
      'process exit and reaping': wall - marks.exit,
    });
  }
  return Object.fromEntries(Object.keys(rows[0]!).map((key) => [key, median(rows.map((row) => row[key]!))]));
}

async function main(): Promise<void> {
  const node = process.versions.node;
  console.log(
    `\nCold start — dist/index.js on a 20-task plan, no added latency, Node ${node}; load average ${loadavg()[0]!.toFixed(1)} on the 1-min scale\n`,
  );
  const github = await startEmulator();
  try {
    const action = snapshot(resolve('dist'), 'action');
    const subjects: Subject[] = [
      { name: '`node -e 0`', args: ['-e', '0'], times: [] },
      { name: '`@actions/core` alone (ncc bundle: getInput, setOutput, summary.write)', args: [await buildFloor('stock')], times: [] },
      { name: '`@actions/core` alone, bundled as the action is (undici left out)', args: [await buildFloor('ours')], times: [] },
      { name: 'the action, `dist/index.js`', args: [action], times: [] },
      // A Wednesday: both windows are judged (the Friday one opens within the week, so it is worded too), neither holds the gate.
      {
        name: 'the action, two freeze windows in the manifest',
        args: [action],
        times: [],
        env: { GITHUB_SHA: FREEZES_SHA, READINESS_GATE_NOW: '2026-06-10T12:00:00Z' },
      },
    ];
    if (process.env.BENCH_BEFORE_DIST)
      subjects.push({ name: 'the action before (BENCH_BEFORE_DIST)', args: [snapshot(resolve(process.env.BENCH_BEFORE_DIST), 'before')], times: [] });
    await timeSideBySide(github, subjects);
    const [bare, floor, ourFloor] = subjects.map((subject) => median(subject.times)) as [number, number, number];
    console.log(
      `| ${ROUNDS} interleaved runs each, after ${WARM_UP} warm-up rounds | median | p90 | × \`@actions/core\` alone | × it bundled as the action is | × \`node -e 0\` |`,
    );
    console.log('|---|---|---|---|---|---|');
    for (const { name, times } of subjects) {
      const m = median(times);
      console.log(
        `| ${name} | ${ms(m)} | ${ms(quantile(times, 0.9))} | ${(m / floor).toFixed(2)}× | ${(m / ourFloor).toFixed(2)}× | ${(m / bare).toFixed(1)}× |`,
      );
    }
    console.log(`\nWhere a run's time goes (medians of ${PROFILED_RUNS} runs with a preloaded probe, which itself costs a few ms):\n`);
    const ours = await phases(github, action, PROFILED_RUNS);
    const theirs = await phases(github, subjects[1]!.args[0]!, PROFILED_RUNS);
    console.log('| phase | the action | `@actions/core` alone |\n|---|---|---|');
    for (const key of Object.keys(ours)) console.log(`| ${key} | ${ms(ours[key]!)} | ${ms(theirs[key]!)} |`);
    await profileByPackage(github);
  } finally {
    await github.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * CPU samples of the action, built again with a source map, by the package whose code ran —
 * or, for Node's own code, by the package whose call got there. The profiler slows a run by
 * about a third: the shares are what count.
 */
async function profileByPackage(github: GitHubEmulator): Promise<void> {
  const out = join(work, 'mapped');
  // The source map is read here, not at run time: the runner's copy loads no source-map support.
  await bundle('src/index.ts', out, { sourceMap: true });
  const script = join(out, 'index.js');
  const profiles = join(work, 'profiles');
  for (let run = 0; run < PROFILED_RUNS; run++) await timeRun(['--cpu-prof', `--cpu-prof-dir=${profiles}`, script], runEnv(github));
  const packageAt = sourceMapLookup(`${script}.map`);
  const totals = new Map<string, number>();
  for (const file of readdirSync(profiles)) {
    const profile = JSON.parse(readFileSync(join(profiles, file), 'utf8')) as CpuProfile;
    for (const [key, value] of samplesByPackage(profile, script, packageAt)) totals.set(key, (totals.get(key) ?? 0) + value / PROFILED_RUNS);
  }
  const all = [...totals.values()].reduce((sum, value) => sum + value, 0);
  console.log(`\nCPU profile of the action by package (${PROFILED_RUNS} runs, ${ms(all)} of samples a run, profiler included):\n`);
  console.log('| where | ms a run | share |\n|---|---|---|');
  const rows = [...totals].sort((a, b) => b[1] - a[1]);
  const shown = rows.filter(([, value]) => value >= 2);
  for (const [key, value] of shown) console.log(`| ${key} | ${value.toFixed(1)} | ${((100 * value) / all).toFixed(0)}% |`);
  const rest = rows.slice(shown.length).reduce((sum, [, value]) => sum + value, 0);
  console.log(`| everything else (${rows.length - shown.length} places under 2 ms) | ${rest.toFixed(1)} | ${((100 * rest) / all).toFixed(0)}% |`);
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

function samplesByPackage(profile: CpuProfile, script: string, packageAt: (line: number, column: number) => string): Map<string, number> {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const url = `file://${script}`;
  const place = (id: number): string => {
    const own = nodes.get(id)!.callFrame;
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
      const frame = nodes.get(at)!.callFrame;
      if (frame.url === url) return packageAt(frame.lineNumber, frame.columnNumber);
    }
    if (own.functionName === 'compileSourceTextModule' || (own.url === 'node:internal/encoding' && own.functionName === 'decode'))
      return 'V8 compiling the bundle';
    if (own.url.startsWith('node:')) return 'Node: start-up and module loader';
    if (own.functionName === '(idle)') return 'idle (waiting for the emulator, the disk)';
    return `V8: ${own.functionName}`;
  };
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const key = place(id);
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  return totals;
}

const BUILT_INS = 'Node built-ins the bundle requires (http, http2, dns, …)';

/** The package (or `src/<layer>`) that wrote each position of the bundle, from its source map. */
function sourceMapLookup(mapFile: string): (line: number, column: number) => string {
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[]; mappings: string };
  const names = map.sources.map((source) => {
    const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
    if (dependency) return dependency[1]!;
    if (source.includes('external node-commonjs')) return BUILT_INS;
    const own = /\/src\/(?:([^/]+)\/)?/.exec(source);
    return own ? `src/${own[1] ? `${own[1]}/` : ''}` : 'webpack runtime';
  });
  const lines = decodeMappings(map.mappings);
  const code = readFileSync(mapFile.replace(/\.map$/, ''), 'utf8').split('\n');
  return (line, column) => {
    let source = -1;
    for (const [start, index] of lines[line] ?? []) {
      if (start > column) break;
      source = index;
    }
    if (source >= 0) return names[source]!;
    // ncc leaves its externals unmapped: `module.exports = createRequire(import.meta.url)("node:http2")`.
    const external = /createRequire\(import\.meta\.url\)\("/;
    return external.test(code[line] ?? '') || external.test(code[line + 2] ?? '') ? BUILT_INS : 'webpack runtime';
  };
}

/** Source-map VLQ mappings → for each generated line, [column, source index] in order. */
function decodeMappings(mappings: string): [number, number][][] {
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let source = 0;
  return mappings.split(';').map((line) => {
    let column = 0;
    const segments: [number, number][] = [];
    for (const segment of line.split(',').filter(Boolean)) {
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = digits.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >> 1) : value >> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0]!;
      if (fields.length > 1) source += fields[1]!;
      segments.push([column, fields.length > 1 ? source : -1]);
    }
    return segments;
  });
}

await main();
