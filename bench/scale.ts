/**
 * `npm run bench`, the rows of a busy repository: the pull-request run, 10,000 links, and
 * the scheduled refresh of 300 open pull requests, against the local GitHub API emulator
 * with a 50 ms round trip. The bundle before the batched refresh (BENCH_BEFORE_DIST, built
 * from an earlier commit) is measured in the same run where that takes minutes, not hours.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Worker } from 'node:worker_threads';
import { join, resolve } from 'node:path';
import { GitHubEmulator, type RequestRecord } from '../tests/emulator/github.ts';

const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 50);
const TOKEN = 'ghs_BenchmarkToken000000000000000000000';
const BOT = 'github-actions[bot]';
const REPOSITORY = 'acme/api';
const MAIN_SHA = '1'.repeat(40);
const MANIFEST = '.github/readiness.yml';
const MARKER = '<!-- readiness-gate: gate=merge -->';
/** A copy of the bundle as built: a build running beside the bench must not change it halfway. */
const NEW_DIST = snapshot(resolve('dist'));

function snapshot(dist: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'readiness-dist-'));
  cpSync(dist, dir, { recursive: true });
  return join(dir, 'index.js');
}
const BEFORE_DIST = process.env.BENCH_BEFORE_DIST ? resolve(process.env.BENCH_BEFORE_DIST) : undefined;
const REFRESH_PULLS = Number(process.env.BENCH_REFRESH_PULLS ?? 300);

let runId = 4242;

interface Run {
  wallMs: number;
  /** When the process was started, as `Date.now()`, to place the requests' times in the run. */
  startedAt: number;
  code: number | null;
  requests: RequestRecord[];
  summary: string;
}

async function runAction(github: GitHubEmulator, script: string, event: string, payload: unknown, inputs: Record<string, string> = {}): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'readiness-scale-'));
  writeFileSync(join(dir, 'event.json'), JSON.stringify(payload));
  for (const file of ['output', 'summary.md']) writeFileSync(join(dir, file), '');
  github.requests.length = 0;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_API_URL: github.apiUrl,
    GITHUB_GRAPHQL_URL: github.graphqlUrl,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_SHA: MAIN_SHA,
    // Each run has its own page, which the comment's footer links to.
    GITHUB_RUN_ID: String(++runId),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    INPUT_TOKEN: TOKEN,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const startedAt = Date.now();
  const started = performance.now();
  const child = spawn(process.execPath, [script], { stdio: ['ignore', process.env.BENCH_DEBUG ? 'inherit' : 'ignore', 'ignore'], env });
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const summary = readFileSync(join(dir, 'summary.md'), 'utf8');
  if (github.rejectedQueries.length > 0) throw new Error(`GitHub's schema rejects a query: ${github.rejectedQueries[0]!.errors.join('; ')}`);
  // A failed run measures nothing: exit 1 is a gate that is not ready, with a report.
  if (code !== 0 && !/not ready/.test(summary)) throw new Error(`${script} failed on ${event}: ${summary.slice(0, 500)}`);
  return { wallMs: performance.now() - started, startedAt, code, requests: [...github.requests], summary };
}

/** From the first request sent to the last answer: the run's time on the network, without Node's start-up. */
function apiMs(requests: readonly RequestRecord[]): number {
  const times = requests.map((r) => r.at);
  return Math.max(...times) + LATENCY_MS - Math.min(...times);
}

/** Round trips in a row: a request sent well after the previous one waited for an answer. */
function depth(requests: readonly RequestRecord[]): number {
  const times = requests.map((r) => r.at).sort((a, b) => a - b);
  return times.filter((at, i) => i === 0 || at - times[i - 1]! >= LATENCY_MS * 0.6).length;
}

const isWrite = (r: RequestRecord) => r.method !== 'GET' && !(r.method === 'POST' && r.path === '/graphql');
const isGraphql = (r: RequestRecord) => r.path === '/graphql';
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function emulator(): Promise<GitHubEmulator> {
  const github = await new GitHubEmulator().start();
  github.tokens.set(TOKEN, { login: BOT, type: 'Bot', canWrite: true });
  return github;
}

function plan(links: string[], paths = false): string {
  const lines = [
    'version: 1',
    'phases:',
    '  - id: P0',
    '    name: Critical',
    '    blocking: true',
    ...(paths ? ['    paths: ["src/**"]'] : []),
    '    tasks:',
  ];
  links.forEach((link, i) => lines.push(`      - { id: T${i}, title: "Task ${i}", status: done, links: ["${link}"] }`));
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------- the pull-request run

async function pullRequestRow(): Promise<void> {
  const github = await emulator();
  const repository = github.repository(REPOSITORY);
  const [base, head] = ['b'.repeat(40), 'a'.repeat(40)];
  const links: string[] = [];
  for (let n = 1; n <= 20; n++) {
    repository.issues.set(n, { number: n, title: `Issue ${n}`, kind: 'issue', state: 'CLOSED', stateReason: 'COMPLETED' });
    links.push(`#${n}`);
  }
  // One still open: the gate is not ready, so the comment exists and each run updates it.
  repository.issues.set(21, { number: 21, title: 'Issue 21', kind: 'issue', state: 'OPEN' });
  links.push('#21');
  repository.issues.set(100, { number: 100, title: 'Change', kind: 'pull', state: 'OPEN' });
  repository.pulls.set(100, { number: 100, headSha: head, baseSha: base, files: ['src/app.ts'] });
  repository.files.set(base, new Map([[MANIFEST, plan(links, true)]]));
  const payload = { action: 'synchronize', number: 100, pull_request: { number: 100, head: { sha: head }, base: { sha: base }, changed_files: 1 } };
  try {
    const scripts = [...(BEFORE_DIST ? [['before', BEFORE_DIST]] : []), ['now', NEW_DIST]] as const;
    // A first run creates the comment; the measured runs update it, as on every push.
    await runAction(github, NEW_DIST, 'pull_request', payload);
    const results = new Map<string, Run[]>(scripts.map(([name]) => [name, []]));
    github.latencyMs = LATENCY_MS;
    for (let i = 0; i < 7; i++)
      for (const [name, script] of scripts) results.get(name)!.push(await runAction(github, script, 'pull_request', payload));
    if (process.env.BENCH_DEBUG) {
      for (const [name, runs] of results) {
        const r = runs.at(-1)!.requests;
        console.log(
          name,
          r.map((q) => `${q.at - r[0]!.at} ${q.method} ${q.path.slice(0, 40)}`),
        );
      }
    }
    github.latencyMs = 0;
    const unloaded = [];
    for (let i = 0; i < 5; i++) unloaded.push((await runAction(github, NEW_DIST, 'pull_request', payload)).wallMs);
    console.log(
      `\nPull-request run (21 links, one open, paths, comment updated; median of 7 at ${LATENCY_MS} ms latency; ${fmt(median(unloaded))} with none)\n`,
    );
    console.log(
      '| bundle | requests (REST + GraphQL) | round trips in a row | first request to last answer | vs before | process wall | vs before |',
    );
    console.log('|---|---|---|---|---|---|---|');
    const beforeWall = BEFORE_DIST ? median(results.get('before')!.map((r) => r.wallMs)) : undefined;
    const beforeApi = BEFORE_DIST ? median(results.get('before')!.map((r) => apiMs(r.requests))) : undefined;
    for (const [name, runs] of results) {
      const last = runs.at(-1)!;
      const wall = median(runs.map((r) => r.wallMs));
      const api = median(runs.map((r) => apiMs(r.requests)));
      const graphql = last.requests.filter(isGraphql).length;
      console.log(
        `| ${name} | ${last.requests.length} (${last.requests.length - graphql} + ${graphql}) | ${median(runs.map((r) => depth(r.requests)))} | ` +
          `${fmt(api)} | ${beforeApi ? `${(api / beforeApi).toFixed(2)}×` : '—'} | ${fmt(wall)} | ${beforeWall ? `${(wall / beforeWall).toFixed(2)}×` : '—'} |`,
      );
    }
  } finally {
    await github.stop();
  }
}

// ---------------------------------------------------------------- 10,000 links

/** A copy of the new bundle with another number of link queries in flight. */
function bundleWithQueries(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), `readiness-q${count}-`));
  cpSync(resolve(NEW_DIST, '..'), dir, { recursive: true });
  const file = join(dir, 'index.js');
  const text = readFileSync(file, 'utf8');
  if (!/const QUERIES_AT_ONCE = \d+;/.test(text)) throw new Error('QUERIES_AT_ONCE is not in the bundle');
  writeFileSync(file, text.replace(/const QUERIES_AT_ONCE = \d+;/, `const QUERIES_AT_ONCE = ${count};`));
  return file;
}

/** What the emulator of the 10,000-link row tells of one run. */
interface LinkCounts {
  graphql: number;
  rejected: number;
  /** When the first and the last GraphQL request arrived, as `Date.now()`. */
  firstAt: number;
  lastAt: number;
}

/** Where a 10,000-link run spends its time: before the first link query, looking the links up, and after. */
function linkPhases(run: Run, counts: LinkCounts) {
  const beforeMs = counts.firstAt - run.startedAt;
  const lookupMs = counts.lastAt + LATENCY_MS - counts.firstAt;
  return { wallMs: run.wallMs, beforeMs, lookupMs, afterMs: run.wallMs - beforeMs - lookupMs };
}

async function linksRow(): Promise<void> {
  const repositories = ['acme/api', 'acme/web', 'acme/infra', 'partner/sdk', 'partner/cli'];
  const links = Array.from({ length: 10_000 }, (_, t) => `${repositories[t % repositories.length]}#${1 + Math.floor(t / repositories.length)}`);
  // The emulator answers from a thread of its own (see links-emulator.ts).
  const worker = new Worker(new URL('./links-emulator.ts', import.meta.url), {
    workerData: { token: TOKEN, manifest: plan(links), sha: MAIN_SHA, latencyMs: LATENCY_MS },
  });
  const ask = () =>
    new Promise<LinkCounts>((done) => {
      worker.once('message', done);
      worker.postMessage('count');
    });
  const urls = await new Promise<{ apiUrl: string; graphqlUrl: string }>((done) => worker.once('message', done));
  const github = { ...urls, requests: [] as RequestRecord[], rejectedQueries: [] } as unknown as GitHubEmulator;
  try {
    console.log(`\n10,000 links across 5 repositories, push event (median of 3 at ${LATENCY_MS} ms latency; the emulator in a thread of its own)\n`);
    console.log(
      '| bundle | link queries at once | GraphQL requests (1 point each) | wall | start to first link query (start-up, manifest read and parse) | first link query to last answer | after it (evaluate, report, exit) |',
    );
    console.log('|---|---|---|---|---|---|---|');
    const variants: [string, string, string][] = [
      ...(BEFORE_DIST ? [['before', BEFORE_DIST, '3'] as [string, string, string]] : []),
      ...[6, 7, 8, 9, 10].map((q): [string, string, string] => [
        q === 8 ? 'now' : `now, patched`,
        q === 8 ? NEW_DIST : bundleWithQueries(q),
        String(q),
      ]),
    ];
    for (const [name, script, queries] of variants) {
      const runs: { run: Run; counts: LinkCounts }[] = [];
      for (let i = 0; i < 3; i++) {
        const run = await runAction(github, script, 'push', {});
        const counts = await ask();
        if (counts.rejected > 0) throw new Error("GitHub's schema rejects a link query");
        runs.push({ run, counts });
      }
      if (runs.some((r) => r.run.code !== 0)) throw new Error(`${name} (${queries} at once) failed on 10,000 links`);
      const phases = runs.map(({ run, counts }) => linkPhases(run, counts));
      const [wall, before, lookup, after] = (['wallMs', 'beforeMs', 'lookupMs', 'afterMs'] as const).map((key) =>
        fmt(median(phases.map((p) => p[key]))),
      );
      console.log(`| ${name} | ${queries} | ${runs[0]!.counts.graphql} | ${wall} | ${before} | ${lookup} | ${after} |`);
    }
  } finally {
    worker.postMessage('stop');
  }
}

// ---------------------------------------------------------------- the refresh

const sha = (kind: 'a' | 'b', n: number) => `${kind}${n.toString(16).padStart(39, '0')}`;

/**
 * 300 open pull requests, each on its own base commit with the same manifest (paths, a
 * link to #12 and 20 closed issues), each with this action's comment and a current
 * status, as a refresh while #12 was open left them.
 */
async function refreshedRepository(): Promise<GitHubEmulator> {
  const github = await emulator();
  const repository = github.repository(REPOSITORY);
  const links = ['#12'];
  repository.issues.set(12, { number: 12, title: 'Blocking', kind: 'issue', state: 'OPEN' });
  for (let n = 20; n < 40; n++) {
    repository.issues.set(n, { number: n, title: `Issue ${n}`, kind: 'issue', state: 'CLOSED', stateReason: 'COMPLETED' });
    links.push(`#${n}`);
  }
  const text = plan(links, true);
  repository.files.set(MAIN_SHA, new Map([[MANIFEST, text]]));
  const first = 1001;
  for (let n = first; n < first + REFRESH_PULLS; n++) {
    repository.issues.set(n, { number: n, title: `Change ${n}`, kind: 'pull', state: 'OPEN' });
    repository.pulls.set(n, { number: n, headSha: sha('a', n), baseSha: sha('b', n), files: ['src/app.ts', 'README.md'] });
    repository.files.set(sha('b', n), new Map([[MANIFEST, text]]));
  }
  // The first pull request's comment and status from a real run, copied to the others.
  const all = new Map(repository.pulls);
  repository.pulls.clear();
  repository.pulls.set(first, all.get(first)!);
  github.comments.push({ id: 1, issueNumber: first, body: `${MARKER}\nan old report`, author: BOT });
  await runAction(github, NEW_DIST, 'schedule', {}, { status: 'true' });
  for (const [n, pull] of all) repository.pulls.set(n, pull);
  const comment = github.comments[0]!;
  const status = github.statuses.find((s) => s.sha === sha('a', first))!;
  for (let n = first + 1; n < first + REFRESH_PULLS; n++) {
    // The comment names its pull request and links the manifest at its base commit: each its own.
    const body = comment.body
      .replaceAll(`#${first}`, `#${n}`)
      .replaceAll(sha('b', first), sha('b', n))
      .replaceAll(sha('b', first).slice(0, 7), sha('b', n).slice(0, 7));
    github.comments.push({ id: n, issueNumber: n, body, author: BOT });
    github.statuses.push({ ...status, sha: sha('a', n) });
  }
  return github;
}

function refreshLine(name: string, run: Run): string {
  const writes = run.requests.filter(isWrite).length;
  const reads = run.requests.length - writes;
  const rest = run.requests.filter((r) => !isGraphql(r) && !isWrite(r)).length;
  const stopped = /Stopped early: (\d+) of (\d+)/.exec(run.summary);
  const note = stopped ? `stopped early, ${stopped[1]} of ${stopped[2]} left for the next run` : 'all refreshed';
  return `| ${name} | ${reads} (${rest} REST + ${reads - rest} GraphQL) | ${writes} | ${fmt(run.wallMs)} | ${note} |`;
}

async function refreshRows(): Promise<void> {
  console.log(`\nScheduled refresh of ${REFRESH_PULLS} open pull requests (status: true, comments on all, paths; ${LATENCY_MS} ms latency)\n`);
  console.log('| case | reads | writes | wall | outcome |');
  console.log('|---|---|---|---|---|');
  let github = await refreshedRepository();
  github.latencyMs = LATENCY_MS;
  try {
    console.log(refreshLine('nothing changed', await runAction(github, NEW_DIST, 'schedule', {}, { status: 'true' })));
    const closed = github.repository(REPOSITORY).issues.get(12)!;
    Object.assign(closed, { state: 'CLOSED', stateReason: 'COMPLETED' });
    const run = await runAction(github, NEW_DIST, 'issues', { action: 'closed', issue: { number: 12 } }, { status: 'true' });
    console.log(refreshLine('#12 closed, every pull request turns green (one issues event)', run));
    const next = await runAction(github, NEW_DIST, 'schedule', {}, { status: 'true' });
    console.log(refreshLine('  the next scheduled run', next));
    console.log(
      refreshLine('  a labeled issue', await runAction(github, NEW_DIST, 'issues', { action: 'labeled', issue: { number: 12 } }, { status: 'true' })),
    );
  } finally {
    await github.stop();
  }
  // A read-only token (a fork's, or permissions: read) can refresh nothing: what do the reads cost?
  const readOnly: [string, string][] = [['now, read-only token (no writes possible)', NEW_DIST]];
  if (BEFORE_DIST && process.env.BENCH_BEFORE_REFRESH) readOnly.push(['before, read-only token (no writes possible)', BEFORE_DIST]);
  for (const [name, dist] of readOnly) {
    github = await refreshedRepository();
    github.latencyMs = LATENCY_MS;
    github.tokens.get(TOKEN)!.canWrite = false;
    try {
      console.log(refreshLine(name, await runAction(github, dist, 'schedule', {}, { status: 'true' })));
    } finally {
      await github.stop();
    }
  }
}

async function main() {
  console.log(`readiness-gate at organisation scale — ${LATENCY_MS} ms per request, Node ${process.versions.node}`);
  if (BEFORE_DIST && !existsSync(BEFORE_DIST)) throw new Error(`BENCH_BEFORE_DIST ${BEFORE_DIST} does not exist`);
  const only = (process.env.BENCH_ROWS ?? 'pull,links,refresh').split(',');
  if (only.includes('pull')) await pullRequestRow();
  if (only.includes('links')) await linksRow();
  if (only.includes('refresh')) await refreshRows();
}

await main();
