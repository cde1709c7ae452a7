import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { ACTION_NODE } from './node.js';

/** The bundled CLI (`dist/cli/index.js`) under Node 24, with exactly this environment besides PATH. */
export async function runBundledCli(args: readonly string[], env: Record<string, string>, cwd = process.cwd()) {
  const child = spawn(ACTION_NODE, [resolve('dist/cli/index.js'), ...args], { cwd, env: { PATH: process.env.PATH ?? '', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  return { code, stdout, stderr };
}
