import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GitHubEmulator } from '../emulator/github.js';
import { ACTION_NODE } from './node.js';

const require = createRequire(import.meta.url);

interface WebhookExample {
  name: string;
  examples: Record<string, unknown>[];
}
const webhookExamples = require('@octokit/webhooks-examples/api.github.com/index.json') as WebhookExample[];

/** A copy of one of GitHub's own webhook payloads (from @octokit/webhooks-examples). */
export function webhookPayload(event: string, action?: string): Record<string, unknown> {
  const examples = webhookExamples.find((entry) => entry.name === event)?.examples ?? [];
  const example = examples.find((payload) => action === undefined || payload.action === action);
  if (!example) throw new Error(`no webhook example for ${event}${action ? `.${action}` : ''}`);
  return structuredClone(example);
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  file?: string;
  line?: number;
  col?: number;
  title?: string;
  message: string;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
}

export interface ActionOptions {
  emulator: GitHubEmulator;
  event: string;
  payload: Record<string, unknown>;
  repository: string;
  sha: string;
  token: string;
  inputs?: Record<string, string>;
  /** Lay the API out like GitHub Enterprise Server (/api/v3 and /api/graphql). */
  enterprise?: boolean;
  /** More environment, e.g. a READINESS_GATE_TIME_SCALE of the test's own. */
  env?: Record<string, string>;
}

/**
 * The GitHub layer's time runs this much faster than real time in the bundle under test
 * (see src/github/clock.ts): backoff, rate-limit waits and time limits, all 10 times
 * shorter — backoff of 1, 2 and 4 s takes 0.7 s, and a request's 30-s limit is 3 s, which
 * leaves the emulator room to answer on a busy machine. Tests of time limits and long
 * waits set a faster scale of their own.
 */
export const TIME_SCALE = '0.1';

/**
 * Runs the built `dist/index.js` the way the Actions runner does: a Node 24 child process
 * with INPUT_* variables, the event payload in a file, and GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files to write to.
 */
export async function runAction(options: ActionOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'readiness-gate-'));
  const eventPath = join(dir, 'event.json');
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(options.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');

  const inputs: Record<string, string> = { token: options.token, ...options.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: options.repository,
    GITHUB_REPOSITORY_OWNER: options.repository.split('/')[0]!,
    GITHUB_SHA: options.sha,
    GITHUB_RUN_ID: '4242',
    // Enterprise Server serves its pages and its API from one host.
    GITHUB_SERVER_URL: options.enterprise ? new URL(options.emulator.enterpriseApiUrl).origin : 'https://github.com',
    GITHUB_API_URL: options.enterprise ? options.emulator.enterpriseApiUrl : options.emulator.apiUrl,
    GITHUB_GRAPHQL_URL: options.enterprise ? options.emulator.enterpriseGraphqlUrl : options.emulator.graphqlUrl,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
    READINESS_GATE_TIME_SCALE: TIME_SCALE,
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;

  const child = spawn(ACTION_NODE, ['dist/index.js'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));

  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    annotations: parseAnnotations(stdout),
  };
}

/** The GITHUB_OUTPUT file format: `name<<DELIMITER`, the value's lines, `DELIMITER`. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const start = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!start) continue;
    const [, name, delimiter] = start;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
    outputs[name!] = value.join('\n');
  }
  return outputs;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

/** Workflow commands such as `::warning file=x,line=3::message`. */
function parseAnnotations(stdout: string): Annotation[] {
  const annotations: Annotation[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const annotation: Annotation = { level: match[1] as Annotation['level'], message: unescapeData(match[3]!) };
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const [key, raw] = pair.split('=') as [string, string];
      const value = unescapeProperty(raw);
      if (key === 'file') annotation.file = value;
      if (key === 'line') annotation.line = Number(value);
      if (key === 'col') annotation.col = Number(value);
      if (key === 'title') annotation.title = value;
    }
    annotations.push(annotation);
  }
  return annotations;
}
