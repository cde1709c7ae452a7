import * as core from '@actions/core';
import { ConfigError, listedProblems } from '../core/shared/errors.js';
import { loadPathMatcher } from '../core/verdict/paths.js';
import type { Report } from '../core/verdict/report.js';
import { createClient } from '../github/client.js';
import { systemClock } from '../github/clock.js';
import { freezeWords } from '../core/views/freeze-words.js';
import { listComments } from '../github/comments.js';
import { listChangedFiles } from '../github/files.js';
import { readPullRequestFacts } from '../github/pull-request.js';
import { ENFORCEMENT_EVENTS, pullRequestOfRun, readRunContext, REFRESH_EVENTS, type PullRequestRun } from './context.js';
import { InputError, readGate, readInputs } from './inputs.js';
import type * as JudgeModule from './judge.js';
import { problemAnnotations } from './problems.js';
import type { FailedRun } from './publish.js';
import type { Refresh } from './refresh.js';
import { manifestAt, pageFor, type ActionSession, type OpenSession, type Page } from './session.js';

/** The modules a run needs once its first requests are out (see judge.ts). */
type Judge = typeof JudgeModule;

/** What a run has done so far: what its failure report can still say. */
interface Progress {
  gate: string;
  /** The summary's section on refreshed pull requests, once the refresh is done. */
  refreshNotes: string[];
  report?: Report;
  summaryWritten: boolean;
  /** Where the run's verdict goes (its pull request's comment, its commit's status), once known. */
  target?: RunTarget;
}

interface RunTarget {
  pullNumber?: number;
  statusSha?: string;
  page: Page;
}

/** The action's entry point, and the one place where a failure becomes a failed step. */
export async function run(): Promise<void> {
  const progress: Progress = { gate: readGate(), refreshNotes: [], summaryWritten: false };
  let session: OpenSession | undefined;
  try {
    session = openSession();
    // A comment asks for a re-check: anything but `/readiness recheck` by a writer ends the run here.
    if (session.context.eventName === 'issue_comment' && !(await (await import('./recheck.js')).prepareRecheck(session))) return;
    // A refresh reads the open pull requests first (refresh.ts); any other run, its manifest and pull request.
    const reads = REFRESH_EVENTS.has(session.context.eventName) ? undefined : firstReads(session, progress);
    // Loaded once the first requests are on their way: compiling it sooner would hold them back.
    await new Promise((resolve) => setImmediate(resolve));
    const judge = await import('./judge.js');
    await checkReadiness({ ...session, evaluator: evaluatorFor(session, judge) }, judge, reads, progress);
  } catch (error) {
    await reportFailure(error, progress, session);
  } finally {
    if (session) logUsage(session);
  }
}

function logUsage(session: OpenSession): void {
  const { reads, writes, queries } = session.github.usage();
  core.debug(`GitHub requests: ${reads} REST reads, ${writes} REST writes, ${queries} GraphQL queries`);
}

/**
 * A failed run still reports: annotations on the manifest's lines, outputs that say not
 * ready, and a job summary naming the error. Then the step fails, with the original error
 * even when the summary cannot be written.
 */
async function reportFailure(error: unknown, progress: Progress, session: OpenSession | undefined): Promise<void> {
  const judge = await import('./judge.js');
  const { errorLine, failureMarkdown, setFailureOutputs } = judge;
  const problems = error instanceof ConfigError ? listedProblems(error) : [];
  // The problems are the step's error annotations, each once: no second, multi-line one repeats them.
  const annotations = error instanceof ConfigError ? problemAnnotations(error) : [];
  for (const { message, properties } of annotations) core.error(message, properties);
  if (error instanceof Error && !(error instanceof ConfigError) && !(error instanceof InputError)) core.debug(error.stack ?? '');
  const failure: FailedRun = {
    gate: progress.gate,
    error: failureLine(errorLine(error), error),
    problems,
    ...(progress.report ? { report: progress.report } : {}),
    ...(progress.target?.page.source.blobUrl ? { manifestUrl: progress.target.page.source.blobUrl } : {}),
  };
  // Each on its own: none may cost the others, nor the original error.
  if (session && progress.target && !progress.report) await withdrawVerdict(session, judge, progress.target, failure);
  try {
    setFailureOutputs(failure);
  } catch (outputError) {
    core.warning(`Could not set the outputs: ${errorLine(outputError)}`);
  }
  try {
    // The refresh's section, unless the summary already has it.
    const refreshNotes = progress.summaryWritten ? [] : progress.refreshNotes;
    await core.summary.addRaw(failureMarkdown(failure)).addRaw(refreshNotes.join('\n')).write();
  } catch (summaryError) {
    core.warning(`Could not write the job summary: ${errorLine(summaryError)}`);
  }
  if (annotations.length > 0) process.exitCode = core.ExitCode.Failure;
  else core.setFailed(failure.error);
}

/**
 * A run that could not evaluate leaves no earlier verdict standing: its commit status
 * becomes `error` and its pull request's comment, where there is one, says why.
 */
async function withdrawVerdict(session: OpenSession, judge: Judge, target: RunTarget, failure: FailedRun): Promise<void> {
  const { errorLine, writeComment, writeStatus } = judge;
  const outcome = { failure };
  if (session.inputs.status && target.statusSha) {
    await writeStatus(session, target.statusSha, outcome).catch((error: unknown) => {
      core.warning(`Could not set the commit status readiness/${failure.gate} to error: ${errorLine(error)}`);
    });
  }
  if (target.pullNumber === undefined) return;
  await writeComment(session, { pullNumber: target.pullNumber, outcome, page: target.page, mayCreate: false }).catch((error: unknown) => {
    core.warning(`Could not rewrite the readiness comment on #${target.pullNumber}: ${errorLine(error)}`);
  });
}

/** The error in one line; what is neither the user's mistake nor GitHub's answer is ours. */
function failureLine(line: string, error: unknown): string {
  return error instanceof ConfigError || error instanceof InputError ? line : `readiness-gate failed: ${line}`;
}

function openSession(): OpenSession {
  const inputs = readInputs();
  const context = readRunContext(process.env);
  const clock = systemClock(process.env);
  const github = createClient({
    token: inputs.token,
    apiUrl: context.apiUrl,
    graphqlUrl: context.graphqlUrl,
    clock,
    warn: (message) => core.warning(message),
  });
  return { inputs, context, github, clock, manifests: new Map() };
}

function evaluatorFor({ inputs, context, github, clock }: OpenSession, judge: Judge): ActionSession['evaluator'] {
  const warn = (message: string) => core.warning(message);
  const now = clock.now();
  const moment = { instant: now };
  return new judge.PlanEvaluator({ gate: inputs.gate, today: judge.todayUtc(new Date(now)), moment, repository: context.repository, github, warn });
}

/**
 * The manifest is asked for first, as everything after waits for it; whatever does not
 * depend on it is asked for beside it. Where the verdict goes is known from here on.
 */
function firstReads(session: OpenSession, progress: Progress) {
  const { inputs, context } = session;
  const pullRequest = pullRequestOfRun(context);
  const manifestSha = pullRequest ? (inputs.manifestRef === 'base' ? pullRequest.baseSha : pullRequest.headSha) : context.sha;
  const manifest = manifestAt(session, manifestSha);
  // Not a swallowed error: `checkReadiness` awaits it.
  manifest.catch(() => {});
  const early = pullRequest ? startPullRequestReads(session, pullRequest) : undefined;
  const statusSha = pullRequest?.headSha ?? context.payload.merge_group?.head_sha ?? context.sha;
  const subject = pullRequest ? { pullRequest: pullRequest.number } : { sha: context.sha, ...(context.ref ? { ref: context.ref } : {}) };
  const page = pageFor(context, inputs.manifest, manifestSha, subject);
  const pullNumber = pullRequest && !pullRequest.mergeGroup ? pullRequest.number : undefined;
  progress.target = { page, ...(statusSha ? { statusSha } : {}), ...(pullNumber !== undefined ? { pullNumber } : {}) };
  return { pullRequest, manifestSha, manifest, early, page, statusSha, pullNumber };
}

async function checkReadiness(
  session: ActionSession,
  judge: Judge,
  reads: ReturnType<typeof firstReads> | undefined,
  progress: Progress,
): Promise<void> {
  const { inputs, context } = session;
  const { annotate, logReport, setOutputs, statusFor, statusIsCurrent, summaryMarkdown, writeComment, writeStatus } = judge;
  progress.gate = inputs.gate;
  // The refresh of open pull requests is loaded only by the events that run it.
  const refresh: Refresh = REFRESH_EVENTS.has(context.eventName)
    ? await (await import('./refresh.js')).refreshOpenPullRequests(session)
    : { notes: [] };
  const refreshNotes = refresh.notes;
  progress.refreshNotes = refreshNotes;

  const { pullRequest, manifestSha, manifest: reading, early, page, statusSha, pullNumber } = reads ?? firstReads(session, progress);
  const manifest = await reading;
  page.lineCount = manifest.lineCount;
  const report = await session.evaluator.evaluate(manifest, pullRequest && { ...pullRequest, ...early?.scope });
  progress.report = report;
  // The comment is sent first; the log and the summary are written while GitHub answers.
  const commenting =
    pullNumber !== undefined
      ? writeComment(session, {
          pullNumber,
          outcome: { report },
          page,
          mayCreate: true,
          ...(early?.listing ? { listing: early.listing } : {}),
        })
      : undefined;
  // Not a swallowed error: `await commenting` below takes it up once the summary is written.
  commenting?.catch(() => {});
  // Its request leaves before the log and the summary are rendered, not after.
  if (commenting) await new Promise((resolve) => setImmediate(resolve));
  logReport(report, { path: inputs.manifest, sha: manifestSha });

  setOutputs(report);
  annotate(report, manifest);
  await core.summary.addRaw(summaryMarkdown(report, page)).addRaw(refreshNotes.join('\n')).write();
  progress.summaryWritten = true;
  await commenting;
  // A refresh read the run's own status beside the pull requests': it is set again only when it changed.
  const current = statusSha === context.sha ? refresh.runStatus : undefined;
  if (inputs.status && statusSha && !(current !== undefined && statusIsCurrent(current, statusFor(report)))) {
    await writeStatus(session, statusSha, { report });
  }
  await appendEnforcement(session);
  concludeStep(report, inputs.enforce);
  failRefresh(refresh.unevaluated ?? []);
}

/** The largest pull request whose changed files are listed before its manifest is read: one page. */
const FILES_LISTED_EARLY = 100;

/**
 * The reads of a pull-request run that do not need the manifest, started at once so the
 * run takes three round trips in a row (these and the manifest; the link states; the
 * writes): the token's identity and the closing references in one query, the thread's
 * comments, and the changed files when one page holds them all. A read that is not used
 * in the end costs a request, not a wait; a failed one fails where it is used.
 */
function startPullRequestReads(session: OpenSession, pullRequest: PullRequestRun) {
  const { github, context, inputs } = session;
  const { number } = pullRequest;
  const closes = readPullRequestFacts(github, context.repository, number).then((facts) => facts.closes);
  const commenting = !pullRequest.mergeGroup && inputs.comment !== 'never';
  const listing = commenting ? listComments(github, context.repository, number) : undefined;
  const small = pullRequest.changedFiles !== undefined && pullRequest.changedFiles <= FILES_LISTED_EARLY;
  const files = small ? listChangedFiles(github, context.repository, number, pullRequest.changedFiles) : undefined;
  for (const read of [closes, listing, files]) read?.catch(() => {});
  // Loaded while the network is busy anyway: a manifest with `paths` needs it next.
  if (small) loadPathMatcher().catch(() => {});
  return { scope: { closes, ...(files ? { files } : {}) }, ...(listing ? { listing } : {}) };
}

/** The enforcement check's section of the summary (enforcement.ts); it never changes the verdict, nor fails the step. */
async function appendEnforcement(session: ActionSession): Promise<void> {
  if (!ENFORCEMENT_EVENTS.has(session.context.eventName)) return;
  try {
    const section = await (await import('./enforcement.js')).checkEnforcement(session);
    if (section.length > 0) await core.summary.addRaw(section.join('\n')).write();
  } catch (error) {
    core.info(`Could not check that the gate is enforced: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Open pull requests the refresh could not evaluate fail the step: their statuses say error now, and someone must look. */
function failRefresh(unevaluated: readonly number[]): void {
  if (unevaluated.length === 0) return;
  const list = unevaluated.map((number) => `#${number}`).join(', ');
  core.setFailed(
    `Could not evaluate ${unevaluated.length === 1 ? 'open pull request' : `${unevaluated.length} open pull requests`} ${list}: see the job summary.`,
  );
}

function concludeStep(report: Report, enforce: boolean): void {
  if (report.ready) {
    core.info(`Gate '${report.gate}' is ready (${report.completion}% of its items satisfied).`);
    return;
  }
  const frozen = freezeWords(report).headline;
  const phases = `incomplete phases ${report.incompletePhases.join(', ') || 'none'} (${report.completion}% of its items satisfied)`;
  const message = `Gate '${report.gate}' is not ready: ${frozen ? `${frozen}; ${phases}` : phases}.`;
  if (enforce) core.setFailed(message);
  else core.warning(`${message} (not enforced)`);
}
