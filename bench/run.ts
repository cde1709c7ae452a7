/**
 * `npm run bench`: the built action against the local GitHub API emulator with a 50 ms
 * round trip, for plans of 10 to 10,000 tasks whose links span several repositories,
 * beside a naive one-REST-request-per-link baseline measured in the same run; then the
 * pull-request run beside its floor (bench/pr-run.ts).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { GitHubEmulator } from '../tests/emulator/github.ts';
import { pullRequestRows } from './pr-run.ts';

const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 50);
const SIZES = (process.env.BENCH_SIZES ?? '10,100,1000,10000').split(',').map(Number);
const REPOSITORIES = ['acme/api', 'acme/web', 'acme/infra', 'partner/sdk', 'partner/cli'];
const TOKEN = 'ghs_BenchmarkToken000000000000000000000';
const SHA = 'c'.repeat(40);
const LINKS_PER_QUERY = 100;
const COLD_RUNS = 15;

interface Measure {
  wallMs: number;
  /** From spawning the process to its first API request: loading and start-up. */
  firstRequestMs: number;
  rest: number;
  graphql: number;
  peakMb: number;
  code: number | null;
}

async function setUp(tasks: number) {
  const github = await new GitHubEmulator().start();
  github.tokens.set(TOKEN, { login: 'github-actions[bot]', type: 'Bot', canWrite: true });
  const links: string[] = [];
  const lines = ['version: 1', 'phases:'];
  const perPhase = Math.ceil(tasks / 10);
  for (let t = 0; t < tasks; t++) {
    if (t % perPhase === 0) lines.push(`  - id: P${t / perPhase}`, `    name: Phase ${t / perPhase}`, '    blocking: true', '    tasks:');
    const repository = REPOSITORIES[t % REPOSITORIES.length]!;
    const number = 1 + Math.floor(t / REPOSITORIES.length);
    github.repository(repository).issues.set(number, { number, title: `Issue ${number}`, kind: 'issue', state: 'CLOSED', stateReason: 'COMPLETED' });
    links.push(`${repository}#${number}`);
    lines.push(`      - { id: T${t}, title: "Task ${t}", links: ["${repository}#${number}"] }`);
  }
  const home = github.repository('acme/api');
  home.files.set(SHA, new Map([['.github/readiness.yml', `${lines.join('\n')}\n`]]));
  github.latencyMs = LATENCY_MS;
  return { github, links };
}

/** Runs a script as a child process the way the runner would, measuring time and peak memory. */
async function measure(
  github: GitHubEmulator,
  script: string,
  env: Record<string, string>,
  options: { memory: boolean } = { memory: true },
): Promise<Measure> {
  const dir = mkdtempSync(join(tmpdir(), 'readiness-bench-'));
  const memoryFile = join(dir, 'rss');
  for (const file of ['event.json', 'output', 'summary.md']) writeFileSync(join(dir, file), file === 'event.json' ? '{}' : '');
  github.requests.length = 0;
  const startedAt = Date.now();
  const started = performance.now();
  const child = spawn(process.execPath, [script], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      PATH: process.env.PATH ?? '',
      // BENCH_NODE_OPTIONS passes e.g. --cpu-prof to the measured process.
      NODE_OPTIONS: `${options.memory ? `--import=${resolve('bench/measure-memory.mjs')}` : ''} ${process.env.BENCH_NODE_OPTIONS ?? ''}`,
      BENCH_MEMORY_FILE: memoryFile,
      GITHUB_API_URL: github.apiUrl,
      GITHUB_GRAPHQL_URL: github.graphqlUrl,
      GITHUB_REPOSITORY: 'acme/api',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: join(dir, 'event.json'),
      GITHUB_SHA: SHA,
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
      INPUT_TOKEN: TOKEN,
      ...env,
    },
  });
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const wallMs = performance.now() - started;
  return {
    wallMs,
    firstRequestMs: (github.requests[0]?.at ?? Date.now()) - startedAt,
    code,
    rest: github.restRequests().length,
    graphql: github.graphqlRequests().length,
    peakMb: options.memory ? Number(readFileSync(memoryFile, 'utf8')) / 1024 : NaN,
  };
}

const pad = (text: string | number, width: number) => String(text).padStart(width);
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);

async function main() {
  const size = (file: string) => `${(statSync(file).size / 1e6).toFixed(2)} MB (${statSync(file).size.toLocaleString('en')} bytes)`;
  console.log(`readiness-gate benchmark — ${LATENCY_MS} ms per request, Node ${process.versions.node}\n`);
  console.log(`Bundle: dist/index.js ${size('dist/index.js')}; dist/cli/index.js ${size('dist/cli/index.js')}`);

  // Cold start first, before the large runs leave this process busy collecting garbage:
  // a 20-task plan, no added latency, the median of several runs.
  const cold = await setUp(20);
  cold.github.latencyMs = 0;
  try {
    const runs: Measure[] = [];
    // Without the memory probe, so that nothing but the action is loaded; two warm-up runs
    // first, as the runner has the action's files fresh in the page cache after download.
    for (let i = 0; i < 2; i++) await measure(cold.github, 'dist/index.js', {}, { memory: false });
    for (let i = 0; i < COLD_RUNS; i++) runs.push(await measure(cold.github, 'dist/index.js', {}, { memory: false }));
    runs.sort((a, b) => a.wallMs - b.wallMs);
    const median = runs[Math.floor(COLD_RUNS / 2)]!;
    console.log(
      `Cold start of dist/index.js on a 20-task plan (process start to exit, ${COLD_RUNS} runs, no latency): median ${fmt(median.wallMs)}` +
        ` (${fmt(median.firstRequestMs)} to its first API request), fastest ${fmt(runs[0]!.wallMs)}, slowest ${fmt(runs.at(-1)!.wallMs)}\n`,
    );
  } finally {
    await cold.github.stop();
  }

  const header = `| links | action requests (REST + GraphQL) | expected ⌈links/${LINKS_PER_QUERY}⌉ + 1 | GraphQL points | action wall | action peak RSS | baseline requests | baseline wall | baseline peak RSS | fewer requests | faster |`;
  console.log(header);
  console.log(
    `|${header
      .split('|')
      .slice(1, -1)
      .map(() => '---')
      .join('|')}|`,
  );
  for (const size of SIZES) {
    const { github, links } = await setUp(size);
    try {
      const action = await measure(github, 'dist/index.js', {});
      const linksFile = join(mkdtempSync(join(tmpdir(), 'readiness-links-')), 'links.json');
      writeFileSync(linksFile, JSON.stringify(links));
      const naive = await measure(github, 'bench/naive-baseline.mjs', { BENCH_LINKS_FILE: linksFile, BENCH_TOKEN: TOKEN });
      if (naive.code !== 0) throw new Error(`the baseline failed at ${size} links`);
      const actionRequests = action.rest + action.graphql;
      const naiveRequests = naive.rest + naive.graphql;
      console.log(
        `| ${pad(size, 6)} | ${pad(`${actionRequests} (${action.rest} + ${action.graphql})`, 12)} | ${pad(Math.ceil(size / LINKS_PER_QUERY) + 1, 5)} | ${pad(action.graphql, 4)} | ${pad(fmt(action.wallMs), 8)} | ${pad(`${action.peakMb.toFixed(0)} MB`, 7)} | ${pad(naiveRequests, 6)} | ${pad(fmt(naive.wallMs), 8)} | ${pad(`${naive.peakMb.toFixed(0)} MB`, 7)} | ${pad(`${(naiveRequests / actionRequests).toFixed(1)}×`, 6)} | ${pad(`${(naive.wallMs / action.wallMs).toFixed(1)}×`, 6)} |`,
      );
    } finally {
      await github.stop();
    }
  }
}

await main();
await pullRequestRows();
