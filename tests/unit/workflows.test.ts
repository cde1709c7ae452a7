import { readdirSync, readFileSync } from 'node:fs';
import { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { ErrorPolicy } from '@actions/workflow-parser/model/convert';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';

/**
 * Every workflow a user may paste from the README, every workflow of this repository, and
 * action.yml are checked the way GitHub checks them: parsed as YAML, then validated with
 * GitHub's own workflow and action schemas (`@actions/workflow-parser`, the parser behind
 * GitHub's Actions language service), expressions included.
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
