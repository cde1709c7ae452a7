/**
 * Whether a gate is enforced, from what GitHub holds: the rules of the default branch, the
 * workflows that run the gate and the CODEOWNERS file. Each finding says what is wrong and
 * how to fix it; what could not be read is one line saying so, never a failure.
 */
import { codeOwnersOf } from './codeowners.js';
import type { GateJob } from './workflow.js';

/** What the rules of a branch require (rulesets, and classic branch protection where readable). */
export interface BranchRequirements {
  /** Required status checks, by the name they report (`readiness/merge`, a job's check name). */
  checks: readonly string[];
  /** A ruleset requires a merge queue. */
  mergeQueue: boolean;
}

export interface EnforcementFacts {
  branch: string;
  /** Why the rules could not be read, instead of them. */
  requirements: BranchRequirements | { unreadable: string };
  jobs: readonly GateJob[];
  /** The CODEOWNERS file GitHub uses (the first of .github/, the root, docs/), or none. */
  codeowners: { path: string; text: string } | undefined | { unreadable: string };
  /** A run with `status: true` was refused the status write for lack of permission. */
  statusRefused?: boolean;
}

export interface Finding {
  /** `warning`: the gate can be bypassed; `unchecked`: GitHub would not say. */
  kind: 'warning' | 'unchecked';
  message: string;
  fix?: string;
}

export function enforcementFindings(facts: EnforcementFacts): Finding[] {
  const findings: Finding[] = [];
  if ('unreadable' in facts.requirements) {
    findings.push({ kind: 'unchecked', message: `Could not check the rules of branch ${facts.branch}: ${facts.requirements.unreadable}` });
  } else {
    for (const job of facts.jobs) findings.push(...ruleFindings(facts.branch, facts.requirements, job));
  }
  if (facts.statusRefused) {
    findings.push({
      kind: 'warning',
      message: 'status: true is set, but GitHub refused to write the commit status for lack of permission, so no rule can require it',
      fix: 'grant `statuses: write` in the workflow’s `permissions`',
    });
  }
  findings.push(...ownerFindings(facts));
  return findings;
}

function ruleFindings(branch: string, requirements: BranchRequirements, job: GateJob): Finding[] {
  const findings: Finding[] = [];
  const status = `readiness/${job.gate}`;
  const requiresStatus = requirements.checks.includes(status);
  const requiresJob = requirements.checks.includes(job.check);
  const where = `${job.workflow} (job '${job.check}', gate '${job.gate}')`;
  if (!(requiresStatus && job.status) && !requiresJob) {
    findings.push({
      kind: 'warning',
      message: `No rule of branch ${branch} requires ${job.status ? `the status ${status} or ` : ''}the check '${job.check}' of ${where}: the gate is advisory, and a pull request that is not ready can be merged`,
      fix: `add a ruleset for ${branch} with "Require status checks to pass" and the check '${job.status ? status : job.check}'`,
    });
  }
  if (requiresStatus && !job.status) {
    findings.push({
      kind: 'warning',
      message: `A rule of branch ${branch} requires the status ${status}, but ${where} does not set it (status: false), so pull requests wait for it forever`,
      fix: 'set `status: true` on the step and grant `statuses: write`',
    });
  }
  if (requiresJob && job.pullRequestPathFilter) {
    findings.push({
      kind: 'warning',
      message: `The required check '${job.check}' of ${job.workflow} runs only on pull requests that change certain paths: the others never get it and wait forever`,
      fix: 'remove `paths`/`paths-ignore` from its pull_request trigger; the manifest’s `paths` decides which phases a pull request gates',
    });
  }
  if (requirements.mergeQueue && job.events && !job.events.has('merge_group')) {
    findings.push({
      kind: 'warning',
      message: `Branch ${branch} requires a merge queue, but ${job.workflow} does not run on merge_group, so every merge waits for a check that never comes`,
      fix: 'add `merge_group:` to the workflow’s `on:`',
    });
  }
  return findings;
}

function ownerFindings(facts: EnforcementFacts): Finding[] {
  const { codeowners } = facts;
  const manifests = [...new Set(facts.jobs.map((job) => job.manifest))];
  if (codeowners && 'unreadable' in codeowners) return [{ kind: 'unchecked', message: `Could not read CODEOWNERS: ${codeowners.unreadable}` }];
  return manifests.flatMap((manifest): Finding[] => {
    if (codeowners && codeOwnersOf(codeowners.text, manifest).length > 0) return [];
    return [
      {
        kind: 'warning',
        message: `${manifest} has no code owner${codeowners ? ` in ${codeowners.path}` : ' (there is no CODEOWNERS file)'}: anyone who may merge can weaken the gate without a release owner's review`,
        fix: `add \`/${manifest} @your-org/release-owners\` to ${codeowners?.path ?? '.github/CODEOWNERS'} and require review from code owners`,
      },
    ];
  });
}
