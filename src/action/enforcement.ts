import * as core from '@actions/core';
import { enforcementFindings, type Finding } from '../core/enforcement/findings.js';
import { gateJobs, type GateJob } from '../core/enforcement/workflow.js';
import { escapeMarkdown } from '../core/views/markdown.js';
import { readEnforcement } from '../github/enforcement.js';
import { ENFORCEMENT_EVENTS, type RunContext } from './context.js';
import type { ActionSession } from './session.js';

/**
 * Checks that the gate is enforced and says, as warnings with their fix, where it is not.
 * Returns the summary's section. The verdict never depends on it: whatever fails here is
 * one line in the log.
 */
export async function checkEnforcement(session: ActionSession): Promise<string[]> {
  const { context, inputs, github } = session;
  if (!ENFORCEMENT_EVENTS.has(context.eventName) || !onDefaultBranch(context)) return [];
  const workflow = workflowOf(context);
  const read = await readEnforcement(github, context.repository, workflow ? { workflow } : {});
  const own = { gate: inputs.gate, status: inputs.status, manifest: inputs.manifest };
  const text = read.workflows[0]?.text;
  const parsed = workflow && text !== undefined ? gateJobs(workflow.path, text, own, context.job) : undefined;
  const fallback: GateJob = {
    workflow: workflow?.path ?? 'this workflow',
    check: context.job ?? 'readiness',
    ...own,
    events: undefined,
    pullRequestPathFilter: false,
  };
  // The step's own inputs are what it runs with, whatever the file says.
  const jobs = parsed && parsed.length > 0 ? parsed.map((job) => ({ ...job, ...own })) : [fallback];
  const findings = enforcementFindings({
    branch: read.branch,
    requirements: read.requirements,
    jobs,
    codeowners: read.codeowners,
    statusRefused: session.statusRefused ?? false,
  });
  return report(findings, read.branch);
}

function report(findings: readonly Finding[], branch: string): string[] {
  const heading = ['', '#### Is the gate enforced?', ''];
  if (findings.length === 0) {
    core.info(`The gate is enforced: a rule of ${branch} requires it.`);
    return [...heading, `Yes: a rule of branch ${escapeMarkdown(branch)} requires it, and its manifest has a code owner.`, ''];
  }
  const lines = findings.map((finding) => {
    const text = finding.fix ? `${finding.message} — fix: ${finding.fix}` : finding.message;
    if (finding.kind === 'warning') core.warning(text, { title: 'Gate not enforced' });
    else core.info(text);
    return `- ${finding.kind === 'warning' ? '⚠️' : '❔'} ${escapeMarkdown(text)}`;
  });
  return [...heading, ...lines, ''];
}

/** A push counts only to the default branch; the other events run there. */
function onDefaultBranch(context: RunContext): boolean {
  if (context.eventName !== 'push') return true;
  const payload = context.payload as { ref?: string; repository?: { default_branch?: string } };
  return payload.ref !== undefined && payload.ref === `refs/heads/${payload.repository?.default_branch ?? ''}`;
}

/** The running workflow's file and the commit to read it at, from GITHUB_WORKFLOW_REF (owner/repo/path@ref). */
function workflowOf(context: RunContext): { path: string; at: string } | undefined {
  const ref = context.workflowRef;
  const at = ref?.lastIndexOf('@') ?? -1;
  if (!ref || at < 0) return undefined;
  const prefix = `${context.repository.owner}/${context.repository.repo}/`;
  const full = ref.slice(0, at);
  if (full.toLowerCase().startsWith(prefix.toLowerCase()) === false) return undefined;
  return { path: full.slice(prefix.length), at: context.workflowSha ?? ref.slice(at + 1) };
}
