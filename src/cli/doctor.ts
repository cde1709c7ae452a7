import { parseRepository } from '../core/links/links.js';
import { enforcementFindings, type Finding } from '../core/enforcement/findings.js';
import { gateJobs } from '../core/enforcement/workflow.js';
import { terminalLine } from '../core/views/markdown.js';
import { DEFAULT_GATE, DEFAULT_MANIFEST_PATH } from '../defaults.js';
import { readEnforcement } from '../github/enforcement.js';
import { parseCommandArgs, UsageError } from './args.js';
import { onlineClient, repositoryFromGitRemote } from './evaluate-file.js';
import { EXIT_NOT_READY, EXIT_READY, type CliIo } from './io.js';
import { DOCTOR_OPTIONS } from './options.js';

/**
 * `readiness-gate doctor`: is the gate enforced? The branch's rules, the workflows that run
 * readiness-gate and CODEOWNERS, read with the token. Exit 0 when it is, 1 with the findings.
 */
export async function doctorCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('doctor', args, DOCTOR_OPTIONS, 0);
  const github = onlineClient(io, values['server-url'] ?? io.env.GITHUB_SERVER_URL);
  if (!github) throw new UsageError('doctor reads the rules of the repository on GitHub: set GITHUB_TOKEN', 'doctor');
  const repository = values.repo === undefined ? await repositoryFromGitRemote() : parseRepository(values.repo);
  if (!repository)
    throw new UsageError(values.repo === undefined ? 'no --repo and no GitHub remote' : `--repo '${values.repo}' is not owner/name`, 'doctor');
  const read = await readEnforcement(github, repository, values.branch ? { branch: values.branch } : {});
  const defaults = { gate: DEFAULT_GATE, manifest: DEFAULT_MANIFEST_PATH };
  const jobs = read.workflows
    .flatMap((workflow) => gateJobs(workflow.path, workflow.text, defaults) ?? [])
    .filter((job) => values.gate === undefined || job.gate === values.gate);
  const findings: Finding[] =
    jobs.length === 0
      ? [
          {
            kind: 'warning',
            message: `no workflow of ${repository.owner}/${repository.repo} on ${read.branch} runs readiness-gate${values.gate ? ` for gate '${values.gate}'` : ''}`,
            fix: 'add the workflow of the README (Usage) to .github/workflows',
          },
        ]
      : enforcementFindings({ branch: read.branch, requirements: read.requirements, jobs, codeowners: read.codeowners });
  for (const finding of findings) {
    const label = finding.kind === 'warning' ? 'warning' : 'could not check';
    io.stdout.write(`${label}: ${terminalLine(finding.message)}\n${finding.fix ? `  fix: ${terminalLine(finding.fix)}\n` : ''}`);
  }
  if (findings.length > 0) return EXIT_NOT_READY;
  const checked = jobs.map((job) => `${job.workflow} (${job.check})`).join(', ');
  io.stdout.write(
    `The gate is enforced: a rule of ${terminalLine(read.branch)} requires ${terminalLine(checked)}, and the manifest has a code owner.\n`,
  );
  return EXIT_READY;
}
