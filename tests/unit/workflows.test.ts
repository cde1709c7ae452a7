import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { ErrorPolicy } from '@actions/workflow-parser/model/convert';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { SCHEMA_URL } from '../../src/core/manifest/json-schema.js';

/**
 * Every workflow a user may paste from the README, every workflow of this repository, and
 * action.yml are checked the way GitHub checks them: parsed as YAML, then validated with
 * GitHub's own workflow and action schemas (`@actions/workflow-parser`, the parser behind
 * GitHub's Actions language service), expressions included. The repository's workflows pin
 * their actions and limit their jobs' time; the README, the schema URL, package.json and the
 * release workflow agree on the tag users point at.
 */

interface YamlBlock {
  line: number;
  text: string;
}

/** The ```yaml fences of a Markdown text, with the line each one starts on. */
function yamlBlocks(markdown: string): YamlBlock[] {
  const blocks: YamlBlock[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]?.trim() !== '```yaml') continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end]?.trim() !== '```') end++;
    blocks.push({ line: start + 1, text: lines.slice(start, end).join('\n') });
    i = end;
  }
  return blocks;
}

function yamlErrors(text: string): string[] {
  return parseDocument(text, { uniqueKeys: true }).errors.map((error) => error.message.split('\n')[0] ?? '');
}

function isWorkflow(text: string): boolean {
  const value: unknown = parseDocument(text).toJS();
  return typeof value === 'object' && value !== null && 'on' in value && 'jobs' in value;
}

/** What GitHub would say about a workflow file; empty when it accepts it. */
async function workflowErrors(name: string, content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((error) => error.message);
  if (parsed.value !== undefined && errors.length === 0) {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value, undefined, { errorPolicy: ErrorPolicy.TryConversion });
    errors.push(...(template.errors ?? []).map((error) => error.Message));
  }
  return errors;
}

function actionErrors(content: string): string[] {
  const parsed = parseAction({ name: 'action.yml', content }, new NoOperationTraceWriter());
  return parsed.context.errors.getErrors().map((error) => error.message);
}

const readme = readFileSync('README.md', 'utf8');
const readmeBlocks = yamlBlocks(readme);
const readmeWorkflows = readmeBlocks.filter((block) => yamlErrors(block.text).length === 0 && isWorkflow(block.text));
const repositoryWorkflows = readdirSync('.github/workflows').filter((file) => /\.ya?ml$/.test(file));
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; engines: { node: string } };

describe('README workflows', () => {
  it('finds the workflows of the usage sections', () => {
    // Pull requests, release, refresh and outputs at least: a regex that stopped matching would pass vacuously.
    expect(readmeWorkflows.length).toBeGreaterThanOrEqual(4);
  });

  it.each(readmeBlocks.map((block) => [block.line, block]))('the yaml block at README.md:%i parses', (_line, block) => {
    expect(yamlErrors(block.text)).toEqual([]);
  });

  it.each(readmeWorkflows.map((block) => [block.line, block]))('the workflow at README.md:%i is one GitHub accepts', async (_line, block) => {
    expect(await workflowErrors(`README.md:${block.line}`, block.text)).toEqual([]);
  });
});

describe('repository workflows and action.yml', () => {
  it('has CI and release workflows', () => {
    expect(repositoryWorkflows).toEqual(expect.arrayContaining(['ci.yml', 'release.yml']));
  });

  it.each(repositoryWorkflows)('.github/workflows/%s is a workflow GitHub accepts', async (file) => {
    const content = readFileSync(`.github/workflows/${file}`, 'utf8');
    expect(yamlErrors(content)).toEqual([]);
    expect(await workflowErrors(file, content)).toEqual([]);
  });

  it('action.yml is valid action metadata', () => {
    expect(actionErrors(readFileSync('action.yml', 'utf8'))).toEqual([]);
  });
});

describe('the validation itself', () => {
  const workflow = (step: string) => `on: pull_request\njobs:\n  readiness:\n    runs-on: ubuntu-latest\n    steps:\n${step}\n`;

  it('rejects the unquoted ": " inside a run command that the README once had', () => {
    const text = workflow('      - run: echo "Not ready: ${{ steps.readiness.outputs.incomplete-phases }}"');
    // Quoted YAML is fine; here the `echo "Not ready` plain scalar is cut by ": ".
    expect(yamlErrors(text)).not.toEqual([]);
    expect(yamlErrors(workflow(`      - run: 'echo "Not ready: \${{ steps.readiness.outputs.incomplete-phases }}"'`))).toEqual([]);
  });

  it('rejects an unknown step key, an unknown event and a broken expression', async () => {
    expect(await workflowErrors('bad.yml', workflow('      - uzes: actions/checkout@v5'))).not.toEqual([]);
    expect(await workflowErrors('bad.yml', workflow('      - run: true').replace('pull_request', 'pull_requests'))).not.toEqual([]);
    expect(await workflowErrors('bad.yml', workflow("      - if: ${{ steps.x.outputs.ready == 'false' }\n        run: true"))).not.toEqual([]);
    expect(await workflowErrors('good.yml', workflow('      - uses: actions/checkout@v5'))).toEqual([]);
  });

  it('rejects a job that needs a job that does not exist', async () => {
    const text = workflow('      - run: true') + '  publish:\n    needs: readines\n    runs-on: ubuntu-latest\n    steps:\n      - run: true\n';
    expect(await workflowErrors('bad.yml', text)).not.toEqual([]);
  });

  it('rejects action metadata with an unknown runtime or a missing entry point', () => {
    const action = readFileSync('action.yml', 'utf8');
    expect(actionErrors(action.replace('using: node24', 'using: node99'))).not.toEqual([]);
    expect(actionErrors(action.replace(/^ {2}main: .*$/m, ''))).not.toEqual([]);
  });
});

describe('the pins, time limits and updates of the repository workflows', () => {
  const workflows = repositoryWorkflows.map((file) => ({ file, text: readFileSync(`.github/workflows/${file}`, 'utf8') }));
  const steps = workflows.flatMap(({ file, text }) =>
    [...text.matchAll(/^\s*(?:- )?uses: (\S+)(.*)$/gm)].map((match) => ({ file, uses: match[1]!, comment: match[2]!.trim() })),
  );
  const remote = steps.filter((step) => !step.uses.startsWith('./'));

  it('pin every action by its full commit SHA, the version in a comment', () => {
    expect(remote.length).toBeGreaterThanOrEqual(5);
    expect(remote.filter((step) => !/^[\w-]+\/[\w./-]+@[0-9a-f]{40}$/.test(step.uses) || !/^# v\d+(\.\d+){0,2}$/.test(step.comment))).toEqual([]);
  });

  it('name one version per pinned commit', () => {
    const versions = new Map<string, Set<string>>();
    for (const step of remote) versions.set(step.uses, (versions.get(step.uses) ?? new Set()).add(step.comment));
    expect([...versions].filter(([, comments]) => comments.size > 1)).toEqual([]);
  });

  it('give every job a time limit', () => {
    const jobs = workflows.flatMap(({ file, text }) =>
      Object.entries((parseDocument(text).toJS() as { jobs: Record<string, Record<string, unknown>> }).jobs).map(([id, job]) => ({
        file,
        id,
        limit: job['timeout-minutes'],
      })),
    );
    expect(jobs.filter((job) => typeof job.limit !== 'number' || job.limit <= 0 || job.limit > 30)).toEqual([]);
  });

  it('have Dependabot update the npm dependencies and the pinned actions, and CodeQL scan the sources', () => {
    const dependabot = parseDocument(readFileSync('.github/dependabot.yml', 'utf8')).toJS() as { updates: { 'package-ecosystem': string }[] };
    expect(dependabot.updates.map((update) => update['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
    expect(steps.filter((step) => step.file === 'codeql.yml').map((step) => step.uses.split('@')[0])).toEqual(
      expect.arrayContaining(['github/codeql-action/init', 'github/codeql-action/analyze']),
    );
  });

  it("test the CLI on the oldest Node package.json's engines allows", () => {
    const floor = /\d+\.\d+\.\d+/.exec(packageJson.engines.node)?.[0];
    const ci = parseDocument(readFileSync('.github/workflows/ci.yml', 'utf8')).toJS() as {
      jobs: { test: { steps: { uses?: string; with?: Record<string, unknown> }[] } };
    };
    const setupNode = ci.jobs.test.steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(String(setupNode?.with?.['node-version'])).toBe(floor);
  });
});

describe('the version and tag scheme', () => {
  const major = `v${packageJson.version.split('.')[0]}`;

  it("has the README use the major tag of package.json's version, in uses:, checkout refs and the schema URL", () => {
    const tags = [
      ...[...readme.matchAll(/readiness-gate@(v[\d.]+)/g)].map((match) => match[1]),
      ...[...readme.matchAll(/repository: \S+\/readiness-gate\n\s+ref: (\S+)/g)].map((match) => match[1]),
      ...[...`${readme}\n${SCHEMA_URL}`.matchAll(/readiness-gate\/(v[\d.]+)\/schema\//g)].map((match) => match[1]),
    ];
    expect(tags.length).toBeGreaterThanOrEqual(7);
    expect(new Set(tags)).toEqual(new Set([major]));
  });

  it.skipIf(process.platform === 'win32')('has the release workflow move that tag, and only for a release of the version in package.json', () => {
    const release = parseDocument(readFileSync('.github/workflows/release.yml', 'utf8')).toJS() as {
      jobs: Record<string, { steps: { run?: string }[] }>;
    };
    const script = Object.values(release.jobs)
      .flatMap((job) => job.steps)
      .find((step) => step.run?.includes('git tag'))!.run!;
    const moveTag = (tag: string) => {
      const dir = mkdtempSync(join(tmpdir(), 'readiness-gate-release-'));
      try {
        // A git that only writes down what it was asked to do.
        writeFileSync(join(dir, 'git'), `#!/bin/sh\necho "git $*" >> "${join(dir, 'calls')}"\n`, { mode: 0o755 });
        writeFileSync(join(dir, 'calls'), '');
        const env = {
          ...process.env,
          PATH: `${dir}${delimiter}${process.env.PATH}`,
          TAG: tag,
          GITHUB_SHA: 'f'.repeat(40),
          GITHUB_STEP_SUMMARY: join(dir, 'summary'),
        };
        const result = spawnSync('bash', ['-e', '-c', script], { env, encoding: 'utf8' });
        return { code: result.status, calls: readFileSync(join(dir, 'calls'), 'utf8').trim().split('\n').filter(Boolean) };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
    expect(moveTag(`v${packageJson.version}`)).toEqual({
      code: 0,
      calls: [`git tag --force ${major} ${'f'.repeat(40)}`, `git push --force origin refs/tags/${major}`],
    });
    expect(moveTag('v99.0.0')).toEqual({ code: 1, calls: [] });
    expect(moveTag(`${packageJson.version}`)).toEqual({ code: 1, calls: [] });
  });
});
