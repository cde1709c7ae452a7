import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

const dir = mkdtempSync(join(tmpdir(), 'readiness-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[], stdin?: string) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: {},
    ...(stdin === undefined ? {} : { stdin: Readable.from([stdin]) }),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

describe('the one error boundary of the command line', () => {
  it('reports an import that finds no task as the other commands report a mistake: one clean line, exit 2', async () => {
    // A file name may carry escape sequences; none of them may reach the terminal.
    const file = join(dir, 'plan\u001b[2J\u0007.md');
    writeFileSync(file, '# Launch\n\nNothing to do yet.\n');
    const run = await cli(['import', file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^plan\.md no task found, so no manifest was written\. /);
    expect([...run.stderr.trimEnd()].filter((char) => char < ' ' || char === '\u007f')).toEqual([]);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('reads standard input for `-` through the same reader as files', async () => {
    const run = await cli(['import', '-'], '# Launch\n\n- [ ] Write the runbook\n');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Write the runbook');
    expect(run.stderr).toMatch(/^readiness-gate import: read <stdin>\n/);
  });

  it('names a file that cannot be read in one line', async () => {
    const missing = join(dir, 'missing.yml');
    expect(await cli(['check', missing])).toEqual({ code: 2, stdout: '', stderr: `${missing} no such file\n` });
  });
});
