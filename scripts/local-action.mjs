// `npm run local-action [-- FILE]`: runs the built action (dist/index.js) on this machine the
// way a runner starts it, with the INPUT_* and GITHUB_* variables of a .env file (FILE,
// default .env; copy .env.example to start). What the runner would provide and the file
// leaves out is filled in: files for the outputs, the job summary and the state, and an
// empty event payload. Outputs and the summary are printed when the action ends; its exit
// code is this script's. No dependency: Node reads the .env format itself (util.parseEnv).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseEnv } from 'node:util';

const envFile = resolve(process.argv[2] ?? '.env');
if (!existsSync(envFile)) {
  console.error(`${envFile} does not exist: copy .env.example to .env and fill in the token and the repository.`);
  process.exit(2);
}
if (!existsSync('dist/index.js')) {
  console.error('dist/index.js does not exist: run `npm run build` first.');
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'readiness-gate-local-'));
const files = { GITHUB_OUTPUT: 'output', GITHUB_STEP_SUMMARY: 'summary.md', GITHUB_STATE: 'state', GITHUB_ENV: 'env', GITHUB_PATH: 'path' };
const runner = Object.fromEntries(Object.entries(files).map(([name, file]) => [name, join(work, file)]));
for (const file of Object.values(runner)) writeFileSync(file, '');
writeFileSync(join(work, 'event.json'), '{}\n');
const env = {
  ...process.env,
  GITHUB_ACTIONS: 'true',
  GITHUB_EVENT_NAME: 'workflow_dispatch',
  GITHUB_EVENT_PATH: join(work, 'event.json'),
  GITHUB_API_URL: 'https://api.github.com',
  GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
  GITHUB_SERVER_URL: 'https://github.com',
  RUNNER_TEMP: work,
  ...runner,
  ...parseEnv(readFileSync(envFile, 'utf8')),
};

try {
  const { status, error } = spawnSync(process.execPath, ['dist/index.js'], { env, stdio: 'inherit' });
  if (error) throw error;
  console.log(`\n--- outputs ---\n${outputs(readFileSync(env.GITHUB_OUTPUT, 'utf8'))}`);
  console.log(`\n--- job summary ---\n${readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8').trim()}`);
  process.exitCode = status ?? 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** `name=value` lines from the runner's output file, where each value sits between delimiters. */
function outputs(text) {
  return [...text.matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n?\2$/gm)].map(([, name, , value]) => `${name}=${value}`).join('\n');
}
