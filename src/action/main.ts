import * as core from '@actions/core';
import { ConfigError } from '../core/errors.js';
import type { Report } from '../core/report.js';
import { createClient } from '../github/client.js';
import { PlanEvaluator, todayUtc } from '../service/evaluator.js';
import { PULL_REQUEST_EVENTS, readRunContext, REFRESH_EVENTS } from './context.js';
import { InputError, readInputs } from './inputs.js';
import { annotate, setOutputs, summaryMarkdown } from './publish.js';
import { refreshOpenPullRequests } from './refresh.js';
import { footerFor, manifestAt, type ActionSession } from './session.js';
import { writeComment, writeStatus } from './writes.js';

/** The action's entry point, and the one place where a failure becomes a failed step. */
export async function run(): Promise<void> {
  try {
    await checkReadiness(startSession());
  } catch (error) {
    reportFailure(error);
  }
}

function reportFailure(error: unknown): void {
  if (error instanceof ConfigError) {
    for (const problem of error.problems) {
      core.error(problem.message, {
        file: problem.file,
        ...(problem.line ? { startLine: problem.line, startColumn: problem.column ?? 1 } : {}),
        title: 'readiness-gate configuration',
      });
    }
    core.setFailed(error.message);
  } else if (error instanceof InputError) {
    core.setFailed(error.message);
  } else if (error instanceof Error) {
    core.debug(error.stack ?? '');
    core.setFailed(`readiness-gate failed: ${error.message}`);
  } else {
    core.setFailed(`readiness-gate failed: ${String(error)}`);
  }
}

function startSession(): ActionSession {
  const inputs = readInputs();
  const context = readRunContext(process.env);
  const github = createClient({
    token: inputs.token,
    apiUrl: context.apiUrl,
    graphqlUrl: context.graphqlUrl,
    warn: (message) => core.warning(message),
  });
  const evaluator = new PlanEvaluator({ gate: inputs.gate, today: todayUtc(), repository: context.repository, github });
  return { inputs, context, github, evaluator, manifests: new Map() };
}

async function checkReadiness(session: ActionSession): Promise<void> {
  const { inputs, context } = session;
  const refreshNotes = REFRESH_EVENTS.has(context.eventName) ? await refreshOpenPullRequests(session) : [];

  const pullRequest = PULL_REQUEST_EVENTS.has(context.eventName) ? context.payload.pull_request : undefined;
  const manifestSha = pullRequest ? (inputs.manifestRef === 'base' ? pullRequest.base.sha : pullRequest.head.sha) : context.sha;
  const manifest = await manifestAt(session, manifestSha);
  const report = await session.evaluator.evaluate(manifest, pullRequest);

  setOutputs(report);
  annotate(report, manifest);
  const footer = footerFor(context, inputs.manifest, manifestSha);
  await core.summary.addRaw(summaryMarkdown(report, footer)).addRaw(refreshNotes.join('\n')).write();

  if (pullRequest) await writeComment(session, { pullNumber: pullRequest.number, report, footer, mayCreate: true });
  const statusSha = pullRequest?.head.sha ?? context.payload.merge_group?.head_sha ?? context.sha;
  if (inputs.status && statusSha) await writeStatus(session, statusSha, report);
  concludeStep(report, inputs.enforce);
}

function concludeStep(report: Report, enforce: boolean): void {
  if (report.ready) {
    core.info(`Gate '${report.gate}' is ready (${report.completion}% of its items satisfied).`);
    return;
  }
  const message = `Gate '${report.gate}' is not ready: incomplete phases ${report.incompletePhases.join(', ')} (${report.completion}% of its items satisfied).`;
  if (enforce) core.setFailed(message);
  else core.warning(`${message} (not enforced)`);
}
