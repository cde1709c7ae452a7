import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../support/scenario.js';
import { scenarioPerTest } from '../support/scenario.js';

let scenario: Scenario;
scenarioPerTest((fresh) => (scenario = fresh));

/** A name only the proxy knows: without it the action could not reach the API at all. */
const API_HOST = 'api.github.test';

/**
 * An HTTP proxy as runners sit behind: it tunnels CONNECT requests for `API_HOST` to the
 * emulator and refuses anything else, and records what it was asked for.
 */
class Proxy {
  readonly tunnels: string[] = [];
  private server: Server = createServer((_, response) => response.writeHead(405).end());
  private sockets = new Set<Socket>();

  constructor(private readonly emulatorPort: number) {
    this.server.on('connect', (request, client: Socket) => this.tunnel(request.url ?? '', client));
  }

  private tunnel(target: string, client: Socket): void {
    this.tunnels.push(target);
    this.sockets.add(client);
    client.on('error', () => client.destroy());
    if (target !== `${API_HOST}:${this.emulatorPort}`) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(this.emulatorPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client).pipe(upstream);
    });
    this.sockets.add(upstream);
    upstream.on('error', () => client.destroy());
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    if (!address || typeof address === 'string') throw new Error('the proxy has no port');
    return `http://127.0.0.1:${address.port}`;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

let proxy: Proxy;
let proxyUrl: string;
beforeEach(async () => {
  proxy = new Proxy(Number(new URL(scenario.github.apiUrl).port));
  proxyUrl = await proxy.start();
});
afterEach(() => proxy.stop());

describe('behind a proxy', () => {
  it('sends every request through HTTPS_PROXY / HTTP_PROXY, as the runner sets them', async () => {
    const api = new URL(scenario.github.apiUrl);
    api.hostname = API_HOST;
    const run = await scenario.pullRequest({
      env: { HTTPS_PROXY: proxyUrl, HTTP_PROXY: proxyUrl, GITHUB_API_URL: api.origin, GITHUB_GRAPHQL_URL: `${api.origin}/graphql` },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.outputs['incomplete-phases']).toBe('P0');
    expect(scenario.botComments()).toHaveLength(1);
    expect(proxy.tunnels.length).toBeGreaterThan(0);
    expect(new Set(proxy.tunnels)).toEqual(new Set([`${API_HOST}:${api.port}`]));
    expect(scenario.github.requests.length).toBeGreaterThanOrEqual(4);
  });

  it('ends with a clear failure when the proxy refuses the API host', async () => {
    const api = new URL(scenario.github.apiUrl);
    api.hostname = 'elsewhere.github.test';
    const run = await scenario.pullRequest({
      env: { HTTPS_PROXY: proxyUrl, HTTP_PROXY: proxyUrl, GITHUB_API_URL: api.origin, GITHUB_GRAPHQL_URL: `${api.origin}/graphql` },
    });
    expect(run.code).toBe(1);
    expect(proxy.tunnels.length).toBeGreaterThan(0);
    expect(run.stdout).toMatch(
      /^::error::readiness-gate failed: GET \/repos\/\S+\/contents\/\S+ could not be reached through the proxy \(tunneling socket could not be established, statusCode=403\) \(tried 4 times\)$/m,
    );
    expect(run.summary).toContain('could not check gate `merge`');
    expect(scenario.github.requests).toEqual([]);
  });
});
