import type { Repository } from '../core/links/links.js';
import type { BranchRequirements } from '../core/enforcement/findings.js';
import type { GitHubClient } from './client.js';
import { oneLine } from './errors.js';

/**
 * What GitHub holds about enforcing the gate, in two round trips: one query for the default
 * branch's name, the CODEOWNERS candidates and the workflow file(s); then the branch's
 * rules (`GET /rules/branches/{branch}`, readable with `contents: read`) beside its classic
 * protection (`GET /branches/{branch}`, whose required checks show where readable).
 */

/** Where GitHub looks for CODEOWNERS, in its order. */
const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
const WORKFLOWS_DIRECTORY = '.github/workflows';

export interface EnforcementReadOptions {
  /** The branch whose rules count; default the repository's default branch. */
  branch?: string;
  /** The running workflow and the commit (or ref) to read it at; without it every workflow of the branch is read. */
  workflow?: { path: string; at: string };
}

export interface EnforcementRead {
  branch: string;
  requirements: BranchRequirements | { unreadable: string };
  workflows: { path: string; text: string }[];
  codeowners: { path: string; text: string } | undefined | { unreadable: string };
}

type Blob = { text?: string | null; entries?: { path: string; object: { text?: string | null } | null }[] } | null;
type FilesData = { repository: ({ defaultBranchRef: { name: string } | null } & Record<string, Blob>) | null };

export async function readEnforcement(client: GitHubClient, repository: Repository, options: EnforcementReadOptions): Promise<EnforcementRead> {
  const revision = options.branch ?? 'HEAD';
  const variables: Record<string, string> = { owner: repository.owner, name: repository.repo };
  CODEOWNERS_PATHS.forEach((path, i) => (variables[`c${i}`] = `${revision}:${path}`));
  variables.w = options.workflow ? `${options.workflow.at}:${options.workflow.path}` : `${revision}:${WORKFLOWS_DIRECTORY}`;
  const blob = (alias: string) => `${alias}: object(expression: $${alias}) { ... on Blob { text } }`;
  const query =
    'query ReadinessEnforcement($owner: String!, $name: String!, $c0: String!, $c1: String!, $c2: String!, $w: String!) { ' +
    `repository(owner: $owner, name: $name) { defaultBranchRef { name } ${['c0', 'c1', 'c2'].map(blob).join(' ')} ` +
    'w: object(expression: $w) { ... on Blob { text } ... on Tree { entries { path object { ... on Blob { text } } } } } } }';
  let files: FilesData['repository'] = null;
  let filesError = 'GitHub returned nothing';
  try {
    const { data, errors } = await client.graphql<FilesData>(query, variables);
    files = data?.repository ?? null;
    filesError = errors.map((error) => error.message).join('; ') || filesError;
  } catch (error) {
    filesError = errorText(error);
  }
  const branch = options.branch ?? files?.defaultBranchRef?.name;
  const requirements = branch
    ? await readRequirements(client, repository, branch)
    : { unreadable: `the default branch is not known (${oneLine(filesError)})` };
  return { branch: branch ?? '(default branch)', requirements, workflows: workflowsOf(files, options), codeowners: codeownersOf(files, filesError) };
}

function workflowsOf(files: FilesData['repository'], options: EnforcementReadOptions): { path: string; text: string }[] {
  const read = files?.w;
  if (!read) return [];
  if (options.workflow) return typeof read.text === 'string' ? [{ path: options.workflow.path, text: read.text }] : [];
  return (read.entries ?? []).flatMap((entry) =>
    /\.ya?ml$/.test(entry.path) && typeof entry.object?.text === 'string' ? [{ path: entry.path, text: entry.object.text }] : [],
  );
}

function codeownersOf(files: FilesData['repository'], error: string): EnforcementRead['codeowners'] {
  if (!files) return { unreadable: oneLine(error) };
  const found = CODEOWNERS_PATHS.map((path, i) => ({ path, text: files[`c${i}`]?.text })).find((file) => typeof file.text === 'string');
  return found ? { path: found.path, text: found.text! } : undefined;
}

async function readRequirements(client: GitHubClient, repository: Repository, branch: string): Promise<EnforcementRead['requirements']> {
  const classic = client.rest.repos.getBranch({ ...repository, branch }).then(
    ({ data }) => {
      const required = data.protection?.required_status_checks;
      return [...(required?.contexts ?? []), ...(required?.checks ?? []).map((check) => check.context)];
    },
    // Classic protection counts where it can be read; rulesets are what this check needs.
    () => [] as string[],
  );
  let rules;
  try {
    rules = await client.paginate(client.rest.repos.getBranchRules, { ...repository, branch, per_page: 100 });
  } catch (error) {
    return { unreadable: errorText(error) };
  }
  const checks = new Set(await classic);
  let mergeQueue = false;
  for (const rule of rules) {
    if (rule.type === 'merge_queue') mergeQueue = true;
    if (rule.type === 'required_status_checks') for (const check of rule.parameters?.required_status_checks ?? []) checks.add(check.context);
  }
  return { checks: [...checks], mergeQueue };
}

function errorText(error: unknown): string {
  const status = (error as { status?: number }).status;
  const message = oneLine(error instanceof Error ? error.message : String(error));
  return status === 403 || status === 404 ? `GitHub answered ${status} (${message}); the token may not read them` : message;
}
