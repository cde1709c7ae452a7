/**
 * `npm run local-action`: the built action run on this machine from a .env file, against
 * the emulator instead of GitHub, as a contributor runs it with .env.example filled in.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ACTION_NODE } from '../support/node.js';
import { ACTIONS_TOKEN, MAIN_SHA, REPOSITORY, scenarioPerTest, type Scenario } from '../support/scenario.js';

const work = mkdtempSync(join(tmpdir(), 'readiness-gate-local-action-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let scenario: Scenario;
scenarioPerTest((current) => (scenario = current));

/** The script's exit code and output, with `inputs` written to a .env file after the context. */
async function localAction(inputs: string): Promise<{ code: number; stdout: string }> {
  const { apiUrl, graphqlUrl } = scenario.github;
  const envFile = join(work, '.env');
  const context = `GITHUB_REPOSITORY=${REPOSITORY}\nGITHUB_SHA=${MAIN_SHA}\nGITHUB_API_URL=${apiUrl}\nGITHUB_GRAPHQL_URL=${graphqlUrl}\n`;
  writeFileSync(envFile, `# as in .env.example\n${context}INPUT_TOKEN=${ACTIONS_TOKEN}\n${inputs}`);
  // Asynchronous: the emulator answers from this process.
  return promisify(execFile)(ACTION_NODE, ['scripts/local-action.mjs', envFile], { encoding: 'utf8' }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );
}

describe('npm run local-action', () => {
  it('runs dist/index.js with the inputs of the .env file and prints its outputs and summary', async () => {
    const { code, stdout } = await localAction('INPUT_ENFORCE=false\nINPUT_COMMENT=never\n');
    expect(code).toBe(0);
    expect(stdout).toContain('--- outputs ---\nready=false\nincomplete-phases=P0\ncompletion=50\nreport={');
    expect(stdout).toMatch(/--- job summary ---\n\S/);
    // Reads only: the manifest, and the branch's rules for the check that the gate is enforced.
    expect(new Set(scenario.github.restRequests().map((request) => request.method))).toEqual(new Set(['GET']));
  });

  it('exits as the action does: 1 when the gate it enforces is not ready', async () => {
    expect((await localAction('INPUT_ENFORCE=true\n')).code).toBe(1);
  });

  it('says how to start when the .env file is missing', async () => {
    const missing = await promisify(execFile)(ACTION_NODE, ['scripts/local-action.mjs', join(work, 'none.env')]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringContaining('copy .env.example to .env') });
    expect(readFileSync('.env.example', 'utf8')).toMatch(/^INPUT_TOKEN=$/m);
  });
});
