/**
 * The GitHub client against a scripted local server: which answers it retries, which it
 * does not send again, where it refuses to send the token, and how its errors read.
 * Waits pass at once on a fake clock; nothing here sleeps in real time.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient, type GitHubClient } from '../../src/github/client.js';
import type { Clock } from '../../src/github/clock.js';
import { GitHubError, mayHaveLanded } from '../../src/github/errors.js';
import { AnswerTooLarge, nodeFetch } from '../../src/github/http.js';

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A server that plays its answers in order (the last one again when they run out) and records requests. */
class ScriptedServer {
  readonly requests: { method: string; url: string; authorization?: string }[] = [];
  answers: Answer[] = [{ status: 200, body: {} }];
  private readonly server: Server = createServer((request, response) => this.answer(request, response));

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private answer(request: IncomingMessage, response: ServerResponse): void {
    request.resume();
    request.on('end', () => {
      this.requests.push({
        method: request.method ?? 'GET',
        url: request.url ?? '/',
        ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
      });
      const answer = this.answers[Math.min(this.requests.length - 1, this.answers.length - 1)]!;
      const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? {});
      response.writeHead(answer.status, {
        'content-type': typeof answer.body === 'string' ? 'text/html' : 'application/json; charset=utf-8',
        ...answer.headers,
      });
      response.end(text);
    });
  }
}

/** Waits pass at once and move the time on; time limits (sleeps with a signal) never run out. */
function instantClock(): Clock & { waits: number[] } {
  let time = Date.UTC(2026, 10, 23, 12, 0, 0);
  const waits: number[] = [];
  return {
    waits,
    now: () => time,
    sleep: (ms, signal) => {
      if (signal) return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
      waits.push(ms);
      time += ms;
      return Promise.resolve();
    },
  };
}

let server: ScriptedServer;
let clock: ReturnType<typeof instantClock>;
let client: GitHubClient;
const warnings: string[] = [];

beforeEach(async () => {
  server = await new ScriptedServer().start();
  clock = instantClock();
  warnings.length = 0;
  client = createClient({
    token: 'ghs_test',
    apiUrl: server.url,
    graphqlUrl: `${server.url}/graphql`,
    warn: (message) => warnings.push(message),
    clock,
    random: () => 0,
  });
});
afterEach(() => server.stop());

const somethingWentWrong = {
  status: 200,
  body: { data: null, errors: [{ message: 'Something went wrong while executing your query. This may be the result of a timeout.' }] },
};
const comment = { owner: 'acme', repo: 'api', issue_number: 1, body: 'hello' };

async function failureOf(request: Promise<unknown>): Promise<GitHubError> {
  const error = await request.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(GitHubError);
  return error as GitHubError;
}

describe('the GitHub client', () => {
  it("retries a GraphQL query that failed on GitHub's side, with backoff, to its answer", async () => {
    server.answers = [somethingWentWrong, somethingWentWrong, { status: 200, body: { data: { viewer: { login: 'octocat' } } } }];
    const answer = await client.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    expect(answer.data).toEqual({ viewer: { login: 'octocat' } });
    expect(server.requests).toHaveLength(3);
    expect(clock.waits).toEqual([500, 1000]);
  });

  it("retries GraphQL's RATE_LIMITED without x-ratelimit-remaining: 0 after a minute, and says so", async () => {
    server.answers = [
      {
        status: 200,
        body: { errors: [{ type: 'RATE_LIMITED', message: 'API rate limit already exceeded for installation ID 1.' }] },
        headers: { 'x-ratelimit-remaining': '12' },
      },
      { status: 200, body: { data: { viewer: { login: 'octocat' } } } },
    ];
    await client.graphql('query { viewer { login } }');
    expect(clock.waits).toEqual([60_000]);
    expect(warnings).toEqual(['GitHub rate limit hit on POST /graphql; retrying in 60 s.']);
  });

  it('gives a partial GraphQL answer back as it is: a missing issue is not a failure', async () => {
    server.answers = [
      {
        status: 200,
        body: { data: { repository: { a: null } }, errors: [{ type: 'NOT_FOUND', path: ['repository', 'a'], message: 'Could not resolve' }] },
      },
    ];
    const answer = await client.graphql('query { repository(owner: "a", name: "b") { a: issue(number: 1) { title } } }');
    expect(answer.errors).toEqual([expect.objectContaining({ type: 'NOT_FOUND' })]);
    expect(server.requests).toHaveLength(1);
  });

  it('does not send a comment again after a 502, and marks the error as possibly stored', async () => {
    server.answers = [
      { status: 502, body: { message: 'Bad Gateway' } },
      { status: 201, body: { id: 1 } },
    ];
    const error = await failureOf(client.rest.issues.createComment(comment));
    expect(server.requests).toHaveLength(1);
    expect(mayHaveLanded(error)).toBe(true);
    expect(error.message).toBe('POST /repos/acme/api/issues/1/comments answered 502: Bad Gateway; not sent again, as GitHub may have stored it');
  });

  it('does retry writes that are safe to repeat: an edit, and a commit status', async () => {
    server.answers = [{ status: 502 }, { status: 200, body: { id: 1 } }];
    await client.rest.issues.updateComment({ owner: 'acme', repo: 'api', comment_id: 1, body: 'hello' });
    expect(server.requests.map((r) => r.method)).toEqual(['PATCH', 'PATCH']);

    server.requests.length = 0;
    await client.rest.repos.createCommitStatus({ owner: 'acme', repo: 'api', sha: 'a'.repeat(40), state: 'success' });
    expect(server.requests.map((r) => r.method)).toEqual(['POST', 'POST']);
  });

  it('ends at once on a retry-after of 100000 s, naming the reset, without waiting', async () => {
    server.answers = [{ status: 429, headers: { 'retry-after': '100000' }, body: { message: 'Too many requests' } }];
    const error = await failureOf(client.rest.issues.get({ owner: 'acme', repo: 'api', issue_number: 1 }));
    expect(clock.waits).toEqual([]);
    expect(error.reason).toBe('rate-limit');
    expect(error.message).toContain('resets at 2026-11-24 15:46 UTC (in 27 h 47 min)');
  });

  it('shortens an HTML error page to its title, on one line', async () => {
    server.answers = [
      {
        status: 504,
        body: '<!DOCTYPE html>\n<html><head><title>504 Gateway Time-out</title></head>\n<body><h1>504 Gateway Time-out</h1><hr>nginx</body></html>',
      },
    ];
    const error = await failureOf(client.rest.repos.get({ owner: 'acme', repo: 'api' }));
    expect(error.message).toBe('GET /repos/acme/api answered 504: 504 Gateway Time-out (an HTML page) (tried 4 times)');
  });

  it('refuses to follow a next-page link to another host: the token stays with GitHub', async () => {
    const elsewhere = await new ScriptedServer().start();
    try {
      server.answers = [
        { status: 200, body: [{ id: 1 }], headers: { link: `<${elsewhere.url}/repos/acme/api/issues/1/comments?page=2>; rel="next"` } },
      ];
      const error = await failureOf(client.paginate(client.rest.issues.listComments, { owner: 'acme', repo: 'api', issue_number: 1 }));
      expect(error.reason).toBe('refused');
      expect(error.message).toContain(`refused to send the token to ${elsewhere.url}`);
      expect(elsewhere.requests).toEqual([]);
    } finally {
      await elsewhere.stop();
    }
  });

  it('follows a next-page link on its own host', async () => {
    server.answers = [
      { status: 200, body: [{ id: 1 }], headers: { link: `<${server.url}/repos/acme/api/issues/1/comments?page=2>; rel="next"` } },
      { status: 200, body: [{ id: 2 }] },
    ];
    const comments = await client.paginate(client.rest.issues.listComments, { owner: 'acme', repo: 'api', issue_number: 1 });
    expect(comments.map((c) => c.id)).toEqual([1, 2]);
    expect(server.requests.every((r) => r.authorization === 'token ghs_test')).toBe(true);
  });
});

describe('reading answers', () => {
  let raw: Server;
  let url: string;
  let body: Buffer;
  beforeEach(async () => {
    raw = createServer((_, response) => response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(body));
    await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(raw.address() as AddressInfo).port}/`;
  });
  afterEach(() => new Promise((resolve) => (raw.listening ? raw.close(resolve) : resolve(undefined))));

  it('unzips an answer within the limit', async () => {
    body = gzipSync(JSON.stringify({ ok: 'x'.repeat(900) }));
    const answer = await nodeFetch(1024)(url);
    expect(JSON.parse(await answer.text())).toEqual({ ok: 'x'.repeat(900) });
  });

  it('stops reading an answer that unzips past the limit: a small gzip must not take the memory', async () => {
    body = gzipSync(Buffer.alloc(10 * 1024 * 1024));
    expect(body.length).toBeLessThan(20_000);
    await expect(nodeFetch(1024)(url)).rejects.toThrow(AnswerTooLarge);
  });

  it('asks again when the connection breaks halfway through an answer, instead of reading it as empty', async () => {
    await new Promise((resolve) => raw.close(resolve));
    let served = 0;
    const full = JSON.stringify({ full_name: 'acme/api', description: 'x'.repeat(2000) });
    const cutting = createServer((_, response) => {
      served++;
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(full.length) });
      if (served > 1) return void response.end(full);
      response.write(full.slice(0, 100));
      setImmediate(() => response.socket?.destroy());
    });
    await new Promise<void>((resolve) => cutting.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(cutting.address() as AddressInfo).port}`;
    try {
      const retrying = createClient({ token: 'ghs_test', apiUrl: base, graphqlUrl: `${base}/graphql`, warn: () => {}, clock, random: () => 0 });
      const { data } = await retrying.rest.repos.get({ owner: 'acme', repo: 'api' });
      expect(data).toEqual(JSON.parse(full));
      expect(served).toBe(2);
    } finally {
      cutting.closeAllConnections();
      await new Promise((resolve) => cutting.close(resolve));
    }
  });

  it('fails a request whose answer is too large once, saying so, without asking again', async () => {
    await new Promise((resolve) => raw.close(resolve));
    const large = await new ScriptedServer().start();
    try {
      large.answers = [{ status: 200, body: { description: 'x'.repeat(5000) } }];
      const small = createClient({
        token: 'ghs_test',
        apiUrl: large.url,
        graphqlUrl: `${large.url}/graphql`,
        warn: () => {},
        clock,
        maxAnswerBytes: 1024,
      });
      const error = await failureOf(small.rest.repos.get({ owner: 'acme', repo: 'api' }));
      expect(error.message).toBe('GET /repos/acme/api answered with more than 1,024 bytes, which is more than any answer GitHub gives here');
      expect(large.requests).toHaveLength(1);
    } finally {
      await large.stop();
    }
  });
});
