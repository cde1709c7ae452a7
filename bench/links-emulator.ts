/**
 * The emulator of the 10,000-link row in a thread of its own: answering 100 GraphQL
 * queries of 100 aliases costs the emulator seconds of CPU, which in the bench's own
 * thread would be measured as the action's time. Posts its URLs when it listens, and the
 * number of GraphQL requests it answered when asked, with when the first and the last of
 * them arrived.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { GitHubEmulator } from '../tests/emulator/github.ts';

const { token, manifest, sha, latencyMs } = workerData as { token: string; manifest: string; sha: string; latencyMs: number };
const github = await new GitHubEmulator().start();
github.tokens.set(token, { login: 'github-actions[bot]', type: 'Bot', canWrite: true });
const repositories = ['acme/api', 'acme/web', 'acme/infra', 'partner/sdk', 'partner/cli'];
for (let t = 0; t < 10_000; t++) {
  const name = repositories[t % repositories.length]!;
  const number = 1 + Math.floor(t / repositories.length);
  github.repository(name).issues.set(number, { number, title: `Issue ${number}`, kind: 'issue', state: 'CLOSED', stateReason: 'COMPLETED' });
}
github.repository('acme/api').files.set(sha, new Map([['.github/readiness.yml', manifest]]));
github.latencyMs = latencyMs;
parentPort!.on('message', (message: string) => {
  if (message === 'count') {
    const times = github.graphqlRequests().map((request) => request.at);
    parentPort!.postMessage({
      graphql: times.length,
      rejected: github.rejectedQueries.length,
      firstAt: Math.min(...times),
      lastAt: Math.max(...times),
    });
    github.requests.length = 0;
  }
  if (message === 'stop') void github.stop().then(() => parentPort!.close());
});
parentPort!.postMessage({ apiUrl: github.apiUrl, graphqlUrl: github.graphqlUrl });
