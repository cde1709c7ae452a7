/**
 * Why not Octokit's default, Node's global `fetch`: it ignores the runner's HTTPS_PROXY and
 * NO_PROXY unless NODE_USE_ENV_PROXY is set (whether to honour them by default is still open
 * in nodejs/node#57872), and it loads Node's internal undici on the first request, which a
 * cold start of two or three requests pays for (README, Performance: the cold start).
 * Retire this when `fetch` honours the proxy variables by default and bench/coldstart.ts
 * shows no difference.
 */
import { HttpClient } from '@actions/http-client';
import type { Agent, IncomingMessage } from 'node:http';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createGunzip } from 'node:zlib';
import { thousands } from '../core/shared/words.js';

/** What Octokit asks of `fetch`. */
export interface FetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

/** What Octokit reads of a `fetch` answer. */
export interface FetchAnswer {
  status: number;
  statusText: string;
  url: string;
  headers: AnswerHeaders;
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * The largest answer read, unzipped. GitHub's largest here (a page of changed files with their
 * patches, a 1 MiB manifest in base64) is a few megabytes; a broken or hostile server, or a
 * small gzip that unzips to gigabytes, must not take the runner's memory.
 */
export const MAX_ANSWER_BYTES = 64 * 1024 * 1024;

/** An answer past `MAX_ANSWER_BYTES`: the server did answer, and asking again would not help. */
export class AnswerTooLarge extends Error {
  constructor(maxBytes: number) {
    super(`answered with more than ${thousands(maxBytes)} bytes, which is more than any answer GitHub gives here`);
  }
}

/** The redirects followed, on the same origin only: the token goes nowhere else. */
const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * `fetch` for Octokit over Node's own `http`/`https`, which Node has ready at start-up;
 * a `fetch` of a bundled HTTP stack costs a cold run more time to load and warm up than
 * its two or three requests take. Connections are kept alive, answers may come gzipped,
 * and the runner's proxy (HTTPS_PROXY, NO_PROXY) is honoured through the Actions
 * toolkit's agent.
 */
export function nodeFetch(maxAnswerBytes = MAX_ANSWER_BYTES): (url: string, init?: FetchInit) => Promise<FetchAnswer> {
  const agents = new Map<string, Agent>();
  const agentFor = (url: URL): Agent => {
    let agent = agents.get(url.origin);
    if (!agent) {
      agent = new HttpClient('readiness-gate', [], { keepAlive: true }).getAgent(url.href);
      agents.set(url.origin, agent);
    }
    return agent;
  };
  return async (url, init = {}) => {
    let target = new URL(url);
    let request = init;
    for (let hops = 0; ; hops++) {
      const answer = await send(target, request, agentFor(target), maxAnswerBytes);
      const location = answer.headers.get('location');
      if (!REDIRECTS.has(answer.status) || !location || hops === MAX_REDIRECTS) return answer;
      const next = new URL(location, target);
      if (next.origin !== target.origin) return answer;
      await answer.text();
      // As fetch does: a 303, or a 301/302 after a POST, is followed with a GET.
      const asGet = answer.status === 303 || ((answer.status === 301 || answer.status === 302) && request.method === 'POST');
      if (asGet) request = { ...request, method: 'GET', body: undefined };
      target = next;
    }
  };
}

/**
 * One request, answered in full: the body is read before the answer is handed on. Octokit
 * turns a body that fails to read into empty data, not an error — a connection cut halfway
 * must fail the request (and be retried), never pass for an empty answer.
 */
function send(url: URL, init: FetchInit, agent: Agent, maxBytes: number): Promise<FetchAnswer> {
  return new Promise((resolve, reject) => {
    const headers = { 'accept-encoding': 'gzip', ...init.headers };
    const options = { method: init.method ?? 'GET', headers, agent, ...(init.signal ? { signal: init.signal } : {}) };
    const onAnswer = (message: IncomingMessage) => {
      readBody(message, init.signal, maxBytes).then((body) => resolve(answerOf(url, message, body)), reject);
    };
    const request = url.protocol === 'https:' ? httpsRequest(url, options, onAnswer) : httpRequest(url, options, onAnswer);
    request.on('error', reject);
    request.end(init.body);
  });
}

function answerOf(url: URL, message: IncomingMessage, body: Buffer): FetchAnswer {
  return {
    status: message.statusCode ?? 0,
    statusText: message.statusMessage ?? '',
    url: url.href,
    headers: new AnswerHeaders(message),
    text: () => Promise.resolve(body.toString('utf8')),
    arrayBuffer: () => Promise.resolve(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer),
  };
}

/** The whole body, unzipped; fails when the connection breaks, the signal aborts first, or it passes `maxBytes`. */
function readBody(message: IncomingMessage, signal: AbortSignal | undefined, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const gzipped = /^\s*(x-)?gzip\s*$/i.test(String(message.headers['content-encoding'] ?? ''));
    const stream = gzipped ? message.pipe(createGunzip()) : message;
    const chunks: Buffer[] = [];
    let bytes = 0;
    const fail = (error: unknown) => {
      message.destroy();
      if (stream !== message) stream.destroy();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    if (signal?.aborted) return fail(signal.reason);
    signal?.addEventListener('abort', () => fail(signal.reason), { once: true });
    message.on('error', fail);
    message.on('close', () => {
      if (!message.complete) fail(new Error('the connection closed before the answer was complete'));
    });
    if (stream !== message) stream.on('error', fail);
    stream.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > maxBytes) fail(new AnswerTooLarge(maxBytes));
      else chunks.push(chunk);
    });
    stream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/** The answer's headers as `fetch`'s `Headers`: lower-case names, repeated ones joined. */
class AnswerHeaders {
  private readonly entries: [string, string][];

  constructor(message: IncomingMessage) {
    this.entries = Object.entries(message.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : (value ?? '')]);
  }

  get(name: string): string | null {
    return this.entries.find(([key]) => key === name.toLowerCase())?.[1] ?? null;
  }

  [Symbol.iterator](): Iterator<[string, string]> {
    return this.entries[Symbol.iterator]();
  }
}
