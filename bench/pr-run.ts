/**
 * `npm run bench` (called from bench/run.ts; `node bench/pr-run.ts` alone): the pull-request
 * run beside its floor. The built action on a `pull_request` event (manifest read through
 * the API at the base commit, links resolved by GraphQL, its comment updated and the commit
 * status set) for plans of 30, 150 and 600 tasks and the largest that fits in the 1 MiB a
 * manifest may have, against the local GitHub API emulator with a 50 ms round trip.
 *
 * The floor of each run is a bare Node process (bench/pr-floor.mjs) that sends the manifest
 * read and the very GraphQL queries the action sent — captured from the emulator's log —
 * all at once, to the same emulator: a bound below any correct run, which must read the
 * manifest before it knows its queries and write its comment after their answers — three
 * round trips where this floor has one. The chained floor sends every request the action
 * sent, in the action's round trips (its GraphQL queries as many in flight as the action
 * keeps), with nothing between them: the gap from it to the action is the action's own
 * work. The runs are
 * interleaved, fresh processes all, medians of BENCH_PR_RUNS (7) rounds after a warm-up
 * round. BENCH_BEFORE_DIST=<dir of an earlier build> adds that bundle and its floor;
 * BENCH_PR_SIZES, BENCH_PR_VARIANTS and BENCH_PR_RUNS choose the rows, BENCH_DEBUG prints each
 * run's requests in time.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GitHubEmulator, type RequestRecord } from '../tests/emulator/github.ts';

const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 50);
/** The action's GraphQL queries in flight at once, as its client declares it (read from the source: the bench runs without the build's module resolution). */
const QUERIES_AT_ONCE = Number(
  /export const QUERIES_AT_ONCE = (\d+);/.exec(readFileSync(resolve(import.meta.dirname, '../src/github/client.ts'), 'utf8'))![1],
);
const RUNS = Number(process.env.BENCH_PR_RUNS ?? 7);
const SIZES = (process.env.BENCH_PR_SIZES ?? '30,150,600,cap').split(',');
/**
 * With the default inputs the run's one write is its comment; `status: true` adds the commit
 * status, which the client sends a second after the comment (GitHub asks for mutations a
 * second apart).
 */
const VARIANTS = (process.env.BENCH_PR_VARIANTS ?? 'default,status').split(',') as ('default' | 'status')[];
const CAP_BYTES = 1024 * 1024;
const TOKEN = 'ghs_BenchmarkToken000000000000000000000';
const BOT = 'github-actions[bot]';
const HOME = 'acme/api';
const REPOSITORIES = [HOME, 'acme/web', 'acme/infra', 'partner/sdk', 'partner/cli'];
const TASKS_PER_PHASE = 10;
const PULL = 4242;
const [BASE_SHA, HEAD_SHA] = ['b'.repeat(40), 'a'.repeat(40)];
const MANIFEST = '.github/readiness.yml';

/** One process's times: spawn to exit, spawn to its first request, and from that request's arrival to the last answer sent. */
interface Timing {
  wallMs: number;
  startMs: number;
  networkMs: number;
}

interface Subject {
  name: string;
  /** `node <args>` with this environment added. */
  args: string[];
  env: Record<string, string>;
  /** The emulator it talks to: one per bundle, so each keeps its own queries parsed and validated. */
  github: GitHubEmulator;
  timings: Timing[];
}

let runId = 1000;
const work = mkdtempSync(join(tmpdir(), 'readiness-pr-run-'));

/** Where task `t` links: one issue in one of five repositories, the home repository's as `#n`. */
function linkOf(t: number): { repository: string; number: number; text: string } {
  const repository = REPOSITORIES[t % REPOSITORIES.length]!;
  const number = 1 + Math.floor(t / REPOSITORIES.length);
  return { repository, number, text: repository === HOME ? `#${number}` : `${repository}#${number}` };
}

/**
 * A plan as teams write them: phases of ten tasks in a chain of `requires`, with owners, an
 * acceptance item each, a link on every task; all done but the last task, whose issue is
 * still open, so the gate is not ready and each run updates its comment.
 */
function planOf(tasks: number): string {
  const lines = ['version: 1', 'title: Payments API — production readiness', '', 'phases:'];
  for (let t = 0; t < tasks; t++) {
    const p = Math.floor(t / TASKS_PER_PHASE);
    if (t % TASKS_PER_PHASE === 0) {
      lines.push(`  - id: P${p}`, `    name: Phase ${p} of the rollout`, '    blocking: true', `    owner: "@acme/team-${p % 4}"`);
      if (p > 0) lines.push(`    requires: [P${p - 1}]`);
      lines.push(
        '    acceptance:',
        `      - id: P${p}.acc`,
        `        title: Phase ${p} signed off by the on-call lead`,
        '        status: done',
        '    tasks:',
      );
    }
    const last = t === tasks - 1;
    lines.push(
      `      - id: P${p}.${t % TASKS_PER_PHASE}`,
      `        title: Task ${t} — harden the service before launch`,
      `        status: ${last ? 'in-progress' : 'done'}`,
      `        owner: "@dev${t % 7}"`,
      `        links: ["${linkOf(t).text}"]`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The most tasks, in whole phases, whose plan fits in the 1 MiB cap. */
function tasksAtCap(): number {
  let tasks = 1000;
  while (Buffer.byteLength(planOf(tasks + TASKS_PER_PHASE)) <= CAP_BYTES) tasks += TASKS_PER_PHASE;
  return tasks;
}

/** An emulator holding the plan at the base commit, its linked issues and the pull request. */
async function emulatorFor(tasks: number, plan: string): Promise<GitHubEmulator> {
  const github = await new GitHubEmulator().start();
  github.tokens.set(TOKEN, { login: BOT, type: 'Bot', canWrite: true });
  for (let t = 0; t < tasks; t++) {
    const { repository, number } = linkOf(t);
    const open = t === tasks - 1;
    github.repository(repository).issues.set(number, {
      number,
      title: `Issue ${number}`,
      kind: 'issue',
      state: open ? 'OPEN' : 'CLOSED',
      ...(open ? {} : { stateReason: 'COMPLETED' as const }),
    });
  }
  const home = github.repository(HOME);
  home.issues.set(PULL, { number: PULL, title: 'Harden the service', kind: 'pull', state: 'OPEN' });
  home.pulls.set(PULL, { number: PULL, headSha: HEAD_SHA, baseSha: BASE_SHA, files: ['src/app.ts'] });
  home.files.set(BASE_SHA, new Map([[MANIFEST, plan]]));
  return github;
}

/** The environment the runner gives the action on a `pull_request` event. */
function actionEnv(github: GitHubEmulator): Record<string, string> {
  const dir = mkdtempSync(join(work, 'run-'));
  const payload = {
    action: 'synchronize',
    number: PULL,
    pull_request: { number: PULL, head: { sha: HEAD_SHA }, base: { sha: BASE_SHA }, changed_files: 1 },
  };
  writeFileSync(join(dir, 'event.json'), JSON.stringify(payload));
  for (const file of ['output', 'summary.md']) writeFileSync(join(dir, file), '');
  return {
    GITHUB_API_URL: github.apiUrl,
    GITHUB_GRAPHQL_URL: github.graphqlUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: HOME,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_SHA: 'c'.repeat(40),
    // Each run has its own page, which the comment links to: every run writes its comment.
    GITHUB_RUN_ID: String(++runId),
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    INPUT_TOKEN: TOKEN,
  };
}

/** When each request of a run arrived and when its answer had been sent, by the bench's clock. */
function watch(github: GitHubEmulator): { reset(): void; log: { arrived: number; answered: number; what: string }[] } {
  const log: { arrived: number; answered: number; what: string }[] = [];
  // The emulator's server is its own business; the bench only listens to it.
  const server = github['server'] as Server;
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const entry = { arrived: performance.now(), answered: NaN, what: `${request.method} ${request.url?.split('?')[0]?.slice(0, 60)}` };
    log.push(entry);
    response.on('finish', () => (entry.answered = performance.now()));
  });
  return { reset: () => (log.length = 0), log };
}

/** BENCH_DEBUG: a run's requests, in ms from the process's start. */
function printTimeline(name: string, started: number, wallMs: number, log: { arrived: number; answered: number; what: string }[]): void {
  const at = (t: number) => Math.round(t - started);
  console.log(`${name}, exit at ${Math.round(wallMs)}: ${log.map((e) => `${at(e.arrived)}→${at(e.answered)} ${e.what}`).join('; ')}`);
}

const watches = new WeakMap<GitHubEmulator, ReturnType<typeof watch>>();

/** One fresh process, spawned as the runner spawns the action. */
async function timeRun(subject: Subject): Promise<Timing> {
  const watcher = watches.get(subject.github)!;
  watcher.reset();
  subject.github.requests.length = 0;
  const env = { PATH: process.env.PATH ?? '', ...(subject.args[0]!.endsWith('index.js') ? actionEnv(subject.github) : {}), ...subject.env };
  const started = performance.now();
  const child = spawn(process.execPath, [...(process.env.BENCH_NODE_OPTIONS?.split(' ').filter(Boolean) ?? []), ...subject.args], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  });
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const wallMs = performance.now() - started;
  const { log } = watcher;
  if (process.env.BENCH_DEBUG) printTimeline(subject.name, started, wallMs, log);
  if (subject.github.rejectedQueries.length > 0)
    throw new Error(`GitHub's schema rejects a query: ${subject.github.rejectedQueries[0]!.errors.join('; ')}`);
  // The plan is not ready by design: the action exits 1 with its report; the floor exits 0.
  const expected = subject.args[0]!.endsWith('pr-floor.mjs') ? 0 : 1;
  if (code !== expected) throw new Error(`${subject.name} exited with ${code}`);
  return { wallMs, startMs: log[0]!.arrived - started, networkMs: Math.max(...log.map((e) => e.answered)) - log[0]!.arrived };
}

const isManifestRead = (r: RequestRecord) => r.method === 'GET' && r.path.includes('/contents/');
const isGraphql = (r: RequestRecord) => r.method === 'POST' && r.path === '/graphql';

/** The round trip of each request: a request sent well after the one before waited for an answer. */
function roundTripsOf(requests: readonly RequestRecord[]): number[] {
  let stage = 0;
  return requests.map((r, i) => (i > 0 && r.at - requests[i - 1]!.at >= LATENCY_MS * 0.6 ? ++stage : stage));
}

/**
 * The stage of each request in the action's order: its round trips, except that round trips
 * made of GraphQL queries alone are one stage, replayed with as many queries in flight as
 * the action keeps (it sends the next as soon as one is answered). Cut by the gaps alone,
 * that stream fell into rounds differently from run to run, and the floor with them.
 */
function stagesOf(requests: readonly RequestRecord[]): { stage: number; window?: number }[] {
  const trips = roundTripsOf(requests);
  const onlyQueries = new Set(trips.filter((trip) => requests.every((r, i) => trips[i] !== trip || isGraphql(r))));
  let stage = -1;
  return requests.map((_, i) => {
    const trip = trips[i]!;
    const continues = i > 0 && (trips[i - 1] === trip || (onlyQueries.has(trip) && onlyQueries.has(trips[i - 1]!)));
    if (!continues) stage++;
    return onlyQueries.has(trip) ? { stage, window: QUERIES_AT_ONCE } : { stage };
  });
}

/**
 * The floor of a bundle, from the log of one of its runs: its manifest read and GraphQL
 * queries all at once (`chained` false); or every request it sent, in its round trips, with
 * no work and no waits between them (`chained` true): the floor of the action's own order.
 */
function floorOf(name: string, github: GitHubEmulator, requests: readonly RequestRecord[], chained: boolean): Subject {
  const sorted = [...requests].sort((a, b) => a.at - b.at);
  const stages = stagesOf(sorted);
  const wanted = sorted
    .map((r, i) => ({ r, ...(chained ? stages[i]! : { stage: 0 }) }))
    .filter(({ r }) => chained || isManifestRead(r) || isGraphql(r));
  if (!wanted.some(({ r }) => isManifestRead(r)) || !wanted.some(({ r }) => isGraphql(r)))
    throw new Error(`${name} sent no manifest read or no GraphQL query`);
  const file = join(mkdtempSync(join(work, 'floor-')), 'requests.json');
  const path = (r: RequestRecord) => `${r.path}${r.query.size > 0 ? `?${r.query.toString()}` : ''}`;
  const replay = wanted.map(({ r, ...stage }) => ({ method: r.method, path: path(r), body: r.body, ...stage }));
  writeFileSync(file, JSON.stringify({ origin: github.apiUrl, token: TOKEN, requests: replay }));
  const args = [resolve(import.meta.dirname, 'pr-floor.mjs')];
  return { name: `${name}: ${chained ? 'chained floor' : 'floor'}`, args, env: { BENCH_FLOOR_REQUESTS: file }, github, timings: [] };
}

/** The bundles measured: a snapshot of dist/ as built, and the earlier build if asked for. */
function bundles(): [string, string][] {
  const snapshot = (dist: string, name: string) => {
    cpSync(dist, join(work, name), { recursive: true });
    return join(work, name, 'index.js');
  };
  const before = process.env.BENCH_BEFORE_DIST;
  // BENCH_OTHER_DISTS=name=dir,…: more builds side by side, such as one per change tried.
  const others = (process.env.BENCH_OTHER_DISTS ?? '').split(',').filter(Boolean);
  return [
    ...(before ? [['before', snapshot(resolve(before), 'before')] as [string, string]] : []),
    ['now', snapshot(resolve('dist'), 'now')],
    ...others.map((entry): [string, string] => [entry.split('=')[0]!, snapshot(resolve(entry.split('=')[1]!), entry.split('=')[0]!)]),
  ];
}

/** The action of each bundle and its floor, each bundle with an emulator of its own. */
async function subjectsFor(tasks: number, plan: string, scripts: [string, string][], variant: string): Promise<Subject[]> {
  const subjects: Subject[] = [];
  for (const [name, script] of scripts) {
    const github = await emulatorFor(tasks, plan);
    watches.set(github, watch(github));
    const action: Subject = { name, args: [script], env: { INPUT_STATUS: String(variant === 'status') }, github, timings: [] };
    // The first run creates the comment; the timed runs update it, as on every push.
    await timeRun(action);
    github.latencyMs = LATENCY_MS;
    await timeRun(action);
    const log = [...github.requests];
    subjects.push(action, floorOf(name, github, log, false), floorOf(name, github, log, true));
  }
  return subjects;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`);

async function sizeRow(label: string, scripts: [string, string][], variant: string): Promise<void> {
  const tasks = label === 'cap' ? tasksAtCap() : Number(label);
  const plan = planOf(tasks);
  const subjects = await subjectsFor(tasks, plan, scripts, variant);
  try {
    // A warm-up round, then rounds each in another order, so no subject always follows the same one.
    for (let round = 0; round <= RUNS; round++) {
      for (let i = 0; i < subjects.length; i++) {
        const subject = subjects[(i + round) % subjects.length]!;
        const timing = await timeRun(subject);
        if (round > 0) subject.timings.push(timing);
      }
    }
    const before = subjects.find((s) => s.name === 'before');
    const size = label === 'cap' ? `${tasks.toLocaleString('en')} (at the cap)` : String(tasks);
    for (let i = 0; i < subjects.length; i += 3) printRow(size, plan, subjects.slice(i, i + 3) as [Subject, Subject, Subject], before);
    if (process.env.BENCH_DEBUG) for (const s of subjects) console.log(s.name, s.timings.map((t) => `${ms(t.wallMs)}/${ms(t.networkMs)}`).join(' '));
  } finally {
    for (const github of new Set(subjects.map((subject) => subject.github))) await github.stop();
  }
}

function printRow(size: string, plan: string, [action, floor, chained]: [Subject, Subject, Subject], before: Subject | undefined): void {
  const wall = (s: Subject) => median(s.timings.map((t) => t.wallMs));
  const of = (s: Subject, key: keyof Timing) => ms(median(s.timings.map((t) => t[key])));
  const versus = before && before !== action ? `${(wall(action) / wall(before)).toFixed(2)}×` : '—';
  const cells = [
    size,
    `${(Buffer.byteLength(plan) / 1024).toFixed(0)} KiB`,
    action.name,
    ...[action, floor].flatMap((s) => [of(s, 'wallMs'), of(s, 'startMs'), of(s, 'networkMs')]),
  ];
  const ratio = (s: Subject) => `${(wall(action) / wall(s)).toFixed(2)}×`;
  console.log(`| ${cells.join(' | ')} | ${ratio(floor)} | ${ms(wall(chained))} | ${ratio(chained)} | ${versus} |`);
}

export async function pullRequestRows(): Promise<void> {
  const scripts = bundles();
  for (const variant of VARIANTS) {
    const inputs = variant === 'status' ? '`status: true`: the comment updated, then the commit status set' : 'default inputs: the comment updated';
    console.log(
      `\nPull-request run beside its floor — ${inputs}; ${LATENCY_MS} ms latency; medians of ${RUNS} interleaved fresh processes after a warm-up round. ` +
        'The floor: node:http alone sending the manifest read and the same GraphQL queries, all at once.\n',
    );
    console.log(
      '| tasks | manifest | bundle | action wall | start → first request | first request → last answer | floor wall | floor start → first | floor first → last | action / floor | chained floor | action / chained floor | action vs before |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const label of SIZES) await sizeRow(label, scripts, variant);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await pullRequestRows();
