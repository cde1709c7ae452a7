// The floor of a pull-request run (bench/pr-run.ts): a bare Node process that sends the
// requests the action could not do without — the manifest read and the action's own
// GraphQL queries, captured from the emulator's log — all at once over node:http, reads
// every answer to its end and exits. Nothing loads but Node itself and this file, so its
// wall time is what any implementation pays for start-up and the network. Requests may carry
// a `stage`: then each stage waits for the answers of the one before, as the action's round
// trips do, and the floor is that of the action's own order of requests; a stage with a
// `window` keeps that many requests in flight, as the action does with its GraphQL queries.
import { readFileSync } from 'node:fs';
import { request } from 'node:http';

const { origin, token, requests } = JSON.parse(readFileSync(process.env.BENCH_FLOOR_REQUESTS, 'utf8'));

function send({ method, path, body }) {
  return new Promise((resolve, reject) => {
    const headers = { authorization: `token ${token}`, 'user-agent': 'readiness-gate-floor', accept: 'application/json' };
    if (body) headers['content-type'] = 'application/json';
    // agent: false, a connection of its own for each request, as none could be reused while all are in flight.
    const sent = request(`${origin}${path}`, { method, headers, agent: false }, (answer) => {
      answer.on('data', () => {});
      answer.on('end', () => resolve(answer.statusCode));
      answer.on('error', reject);
    });
    sent.on('error', reject);
    sent.end(body || undefined);
  });
}

/** The requests in order, at most `window` in flight: the next goes as soon as one is answered. */
async function sendWithin(list, window) {
  const statuses = [];
  let next = 0;
  const lane = async () => {
    while (next < list.length) statuses.push(await send(list[next++]));
  };
  await Promise.all(Array.from({ length: Math.min(window, list.length) }, lane));
  return statuses;
}

// Requests of one stage all at once, or `window` at a time; a stage after the previous one's answers (see bench/pr-run.ts).
const statuses = [];
for (const stage of [...new Set(requests.map((r) => r.stage ?? 0))].sort((x, y) => x - y)) {
  const list = requests.filter((r) => (r.stage ?? 0) === stage);
  statuses.push(...(await sendWithin(list, list[0].window ?? list.length)));
}
if (statuses.some((status) => status < 200 || status > 299)) {
  console.error(`the floor's requests were answered ${statuses.join(', ')}`);
  process.exit(1);
}
