import * as core from '@actions/core';
import { ConfigError, listedProblems } from '../core/shared/errors.js';
import { linksTo } from '../core/verdict/evaluate.js';
import { parseManifest, type Manifest } from '../core/manifest/manifest.js';
import { escapeMarkdown } from '../core/views/markdown.js';
import { isFooterLine } from '../core/views/footer.js';
import { shown, VERDICT_LOOK, verdictOf, verdictWords } from '../core/views/present.js';
import type { Report } from '../core/verdict/report.js';
import { readFileAtCommits } from '../github/blobs.js';
import { commentMarker } from '../github/comments.js';
import { forbiddenCause } from '../github/errors.js';
import { readOpenPullRequests, type CurrentStatus, type OpenPullRequest } from '../github/open-pulls.js';
import { statusIsCurrent } from '../github/statuses.js';
import { errorLine } from './publish.js';
import { manifestAt, pageFor, type ActionSession, type Page } from './session.js';
import { gateOf, outcomeComment, outcomeStatus, writeComment, writeStatus, type GateOutcome } from './writes.js';

/** `issues` actions that can change a verdict: the others (labeled, edited, assigned…) leave every link's state as it was. */
export const VERDICT_ACTIONS = new Set(['closed', 'reopened', 'deleted', 'transferred', 'milestoned', 'demilestoned']);
/** Pull requests refreshed at once: their reads are batched already, and writes go one at a time anyway. */
const PULLS_AT_ONCE = 4;
/** REST requests left to the rest of the run (its own evaluation, status and retries) when the refresh stops writing. */
const REST_RESERVE = 50;
/** GraphQL points below which the refresh does not start resolving links. */
const POINTS_RESERVE = 20;
/**
 * The refresh starts no pull request after this long, so the run ends inside the GitHub
 * client's 4-minute limit with its own report; the next run continues where this one
 * stopped, as pull requests already up to date cost no write.
 */
const REFRESH_TIME_MS = 150_000;

/** What the refresh may still spend, shared by the pull requests refreshed at once. */
interface Budget {
  /** REST writes left before the reserve; undefined when GitHub did not say. */
  writes: number | undefined;
  endsAt: number;
  now: () => number;
  /** Why the refresh stopped, once it has. */
  stopped?: string;
}

/**
 * On `issues` and `schedule` events: re-evaluates every open pull request and refreshes
 * its status and comment, so a PR does not stay red after its blocking issue closed.
 * Everything is read in batched queries first; then a comment is written only when its
 * report changed (the footer, which names the run, does not count), a status only when
 * its state or description changed. Each pull request is refreshed on its own: one that
 * cannot be (its base has no valid manifest, or GitHub failed) is a warning and a line of
 * the summary, and the others are refreshed all the same. Returns the summary's section.
 */
export interface Refresh {
  /** The summary's section on the refreshed pull requests. */
  notes: string[];
  /** The current `readiness/<gate>` status of the run's own commit, when read with the pull requests. */
  runStatus?: CurrentStatus | null;
  /** Open pull requests that could not be evaluated (their statuses now say so): the step fails for them. */
  unevaluated?: number[];
}

export async function refreshOpenPullRequests(session: ActionSession): Promise<Refresh> {
  const { github, context, inputs } = session;
  const heading = ['', `#### Refreshed pull requests (${context.eventName})`, ''];
  const action = context.eventName === 'issues' ? (typeof context.payload.action === 'string' ? context.payload.action : '') : undefined;
  if (action !== undefined && !VERDICT_ACTIONS.has(action)) {
    const line = `An issue was ${escapeMarkdown(action || 'changed')}, which cannot change a verdict: no pull request was refreshed.`;
    core.info(line);
    return { notes: [...heading, line, ''] };
  }
  const { clock } = session;
  const [open, writes] = await Promise.all([
    readOpenPullRequests(github, context.repository, {
      gate: inputs.gate,
      status: inputs.status,
      ...(context.sha ? { commit: context.sha } : {}),
      ...(inputs.comment === 'never' ? {} : { marker: commentMarker(inputs.gate) }),
    }),
    restRequestsLeft(session),
  ]);
  const budget: Budget = {
    writes: writes === undefined ? undefined : writes - REST_RESERVE,
    endsAt: clock.now() + REFRESH_TIME_MS,
    now: () => clock.now(),
  };
  const { pulls } = open;
  const concerned = await prepare(session, pulls);
  if (open.pointsRemaining !== undefined && open.pointsRemaining < POINTS_RESERVE) {
    budget.stopped = `GitHub's GraphQL rate limit for this token has ${open.pointsRemaining} points left`;
  } else {
    // Should GitHub fail here, each pull request's own evaluation asks again and reports it on its line.
    await Promise.all([session.evaluator.resolveLinksOf(concerned).catch(() => {}), resolveLabels(session, pulls)]);
  }

  const { rows, left } = await refreshEach(session, pulls, budget);
  const notes = refreshNotes(heading, rows, { total: pulls.length, left, stopped: budget.stopped });
  const unevaluated = pulls.filter((_, index) => isRow(rows[index]) && rows[index].unevaluated).map((pull) => pull.number);
  return { notes, unevaluated, ...(open.commitStatus !== undefined ? { runStatus: open.commitStatus } : {}) };
}

/** A pull request's line of the summary; `unevaluated` when no verdict could be given for it. */
interface Row {
  text: string;
  unevaluated: boolean;
}

function isRow(row: Row | typeof STOPPED | undefined): row is Row {
  return typeof row === 'object';
}

/** Refreshes the pull requests a few at a time until done or the budget stops it; a failure is its row. */
async function refreshEach(session: ActionSession, pulls: readonly OpenPullRequest[], budget: Budget) {
  const rows: (Row | typeof STOPPED | undefined)[] = pulls.map(() => undefined);
  let next = 0;
  const worker = async () => {
    while (next < pulls.length && !budget.stopped) {
      const index = next++;
      const pull = pulls[index]!;
      try {
        rows[index] = await refreshPullRequest(session, pull, budget);
      } catch (error) {
        rows[index] = notRefreshed(pull, error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PULLS_AT_ONCE, pulls.length) }, worker));
  return { rows, left: rows.filter((row) => row === STOPPED).length + (pulls.length - next) };
}

/** The summary's section: an early stop, then a row per refreshed pull request. */
function refreshNotes(
  heading: readonly string[],
  rows: readonly (Row | typeof STOPPED | undefined)[],
  outcome: { total: number; left: number; stopped: string | undefined },
): string[] {
  const table = rows.filter(isRow).map((row) => row.text);
  core.info(`Refreshed ${table.length} of ${outcome.total} open pull requests.`);
  const lines: string[] = [];
  if (outcome.stopped) {
    const line = `Stopped early: ${outcome.left} of ${outcome.total} open pull requests were not refreshed — ${outcome.stopped}. The next run continues with them.`;
    core.warning(line);
    lines.push(escapeMarkdown(line), '');
  }
  if (table.length > 0) lines.push('| Pull request | Gate | Comment |', '|---|---|---|', ...table, '');
  return lines.length > 0 ? [...heading, ...lines] : [];
}

/** The row of a pull request the budget left alone. */
const STOPPED = Symbol('stopped by the budget');

/**
 * Reads the manifests every pull request needs, one read per distinct content, and parses
 * each content once. Returns the manifests that concern this event (on `issues`, those
 * that link to the issue).
 */
async function prepare(session: ActionSession, pulls: readonly OpenPullRequest[]): Promise<Manifest[]> {
  const { github, context, inputs } = session;
  const shas = [...new Set(pulls.map((pull) => manifestShaOf(session, pull)))];
  const unread = shas.filter((sha) => !session.manifests.has(sha));
  if (unread.length > 0) {
    const files = readFileAtCommits(github, context.repository, inputs.manifest, unread);
    const parsed = new Map<string, Promise<Manifest>>();
    for (const sha of unread) {
      const manifest = files.then((all) => {
        const file = all.get(sha)!;
        if ('error' in file) throw file.error;
        let once = parsed.get(file.text);
        if (!once) {
          once = Promise.resolve(file.text).then((text) => parseManifest(text, inputs.manifest, { serverHost: context.serverHost }));
          parsed.set(file.text, once);
        }
        return once;
      });
      // A manifest no pull request gets to (the budget ran out) must not be an unhandled failure.
      manifest.catch(() => {});
      session.manifests.set(sha, manifest);
    }
  }
  const issue = context.eventName === 'issues' ? context.payload.issue : undefined;
  const manifests = await Promise.allSettled(shas.map((sha) => manifestAt(session, sha)));
  return manifests.flatMap((result) => (result.status === 'fulfilled' && (!issue || concernsIssue(result.value, session)) ? [result.value] : []));
}

/** Whether the event's issue can change this plan: a task links it, or a phase takes its milestone. */
function concernsIssue(manifest: Manifest, session: ActionSession): boolean {
  const { context } = session;
  type Milestone = { number: number; title: string } | null | undefined;
  const issue = context.payload.issue as { number: number; milestone?: Milestone };
  if (linksTo(manifest, { ...context.repository, number: issue.number }, context.repository)) return true;
  // `demilestoned` names the milestone the issue left beside the issue, which has none any more.
  const milestones = [issue.milestone, context.payload.milestone as Milestone].filter((m): m is NonNullable<Milestone> => Boolean(m));
  // Titles as the milestone reader matches them: exactly, or but for case.
  const named = (phase: Manifest['data']['phases'][number], m: NonNullable<Milestone>) =>
    phase.milestone === m.number || (typeof phase.milestone === 'string' && phase.milestone.toLowerCase() === m.title.toLowerCase());
  return manifest.data.phases.some((phase) => milestones.some((m) => named(phase, m)));
}

/** The labels of the pull requests a freeze window is open for, in batched queries (none without such a window). */
async function resolveLabels(session: ActionSession, pulls: readonly OpenPullRequest[]): Promise<void> {
  const plans = await Promise.all(
    pulls.map((pull) =>
      manifestAt(session, manifestShaOf(session, pull)).then(
        (manifest) => [{ number: pull.number, manifest }],
        () => [],
      ),
    ),
  );
  session.evaluator.resolveLabelsOf(plans.flat());
}

function manifestShaOf(session: ActionSession, pull: OpenPullRequest): string {
  return session.inputs.manifestRef === 'base' ? pull.baseSha : pull.headSha;
}

/** REST requests GitHub says this token has left this hour; undefined when it does not say (a server without rate limits). */
async function restRequestsLeft(session: ActionSession): Promise<number | undefined> {
  try {
    const { data } = await session.github.rest.rateLimit.get();
    return data.resources.core.remaining;
  } catch {
    return undefined;
  }
}

/** Takes `count` writes from the budget, or stops the refresh when they are not there. */
function spend(budget: Budget, count: number): boolean {
  if (budget.stopped) return false;
  if (budget.now() >= budget.endsAt)
    budget.stopped = `the refresh's time of ${REFRESH_TIME_MS / 1000} s is up (GitHub asks for writes a second apart)`;
  else if (budget.writes !== undefined && budget.writes < count) budget.stopped = `GitHub's rate limit for this token is nearly spent`;
  else {
    if (budget.writes !== undefined) budget.writes -= count;
    return true;
  }
  return false;
}

/** One pull request of a refresh: its summary row, or nothing when the event cannot concern it. */
async function refreshPullRequest(session: ActionSession, pull: OpenPullRequest, budget: Budget): Promise<Row | typeof STOPPED | undefined> {
  let outcome: GateOutcome;
  try {
    const report = await evaluatePull(session, pull);
    if (!report) return undefined;
    outcome = { report };
  } catch (error) {
    // Whatever its comment and status said before, they no longer have grounds.
    const reason = warnAbout(pull, 'it could not be evaluated', error);
    outcome = { failure: { gate: session.inputs.gate, error: reason, problems: error instanceof ConfigError ? listedProblems(error) : [] } };
  }
  return writeOutcome(session, pull, outcome, budget);
}

/** The pull request's report, or nothing when the event (an issue closed) cannot concern its plan. */
async function evaluatePull(session: ActionSession, pull: OpenPullRequest): Promise<Report | undefined> {
  const { context } = session;
  const manifest = await manifestAt(session, manifestShaOf(session, pull));
  const issue = context.eventName === 'issues' ? context.payload.issue : undefined;
  if (issue && !concernsIssue(manifest, session)) return undefined;
  return session.evaluator.evaluate(manifest, {
    number: pull.number,
    changedFiles: pull.changedFiles,
    closes: Promise.resolve(pull.closes),
    ...(pull.files ? { files: Promise.resolve(pull.files) } : {}),
  });
}

/** Writes what changed of a pull request's status and comment, within the budget. */
async function writeOutcome(session: ActionSession, pull: OpenPullRequest, outcome: GateOutcome, budget: Budget): Promise<Row | typeof STOPPED> {
  const { context, inputs } = session;
  const page = pageFor(context, inputs.manifest, manifestShaOf(session, pull), { pullRequest: pull.number });
  if ('report' in outcome) page.lineCount = (await manifestAt(session, manifestShaOf(session, pull))).lineCount;
  const writeStatusNow = inputs.status && !(pull.status !== undefined && statusIsCurrent(pull.status, outcomeStatus(outcome)));
  const comment = commentPlan(session, pull, outcome, page);
  const writes = (writeStatusNow ? 1 : 0) + (comment.write ? 1 : 0);
  if (writes > 0 && !spend(budget, writes)) return STOPPED;

  // The status and the comment are written each on its own: one failing leaves the other.
  let status = '';
  if (writeStatusNow) {
    await writeStatus(session, pull.headSha, outcome).catch((error: unknown) => {
      status = `; status not set: ${escapeMarkdown(warnAbout(pull, 'its status was not set', error))}`;
    });
  }
  let written: string;
  try {
    written = (await comment.write?.()) ?? comment.outcome;
  } catch (error) {
    written = `not written: ${escapeMarkdown(warnAbout(pull, 'its comment was not written', error))}`;
  }
  return { text: `| #${pull.number} | ${verdictCell(outcome)}${status} | ${written} |`, unevaluated: 'failure' in outcome };
}

function verdictCell(outcome: GateOutcome): string {
  if ('failure' in outcome) return `${shown(VERDICT_LOOK.unevaluated)}: ${escapeMarkdown(outcome.failure.error)}`;
  const { report } = outcome;
  const verdict = `${VERDICT_LOOK[verdictOf(report)].symbol} ${escapeMarkdown(verdictWords(report, { relative: false }))}`;
  return report.incompletePhases.length === 0 ? verdict : `${verdict} (${escapeMarkdown(report.incompletePhases.join(', '))})`;
}

/**
 * What to do with the comment: nothing when the one comment says the same report already,
 * a direct edit when it does not, and the full upsert (which reads the whole thread) when
 * the batched read could not see the whole thread or found more than one comment.
 */
function commentPlan(
  session: ActionSession,
  pull: OpenPullRequest,
  outcome: GateOutcome,
  page: Page,
): { outcome: string; write?: () => Promise<string> } {
  const { inputs } = session;
  if (inputs.comment === 'never') return { outcome: 'skipped' };
  const own = pull.ownComments;
  // A refresh brings existing comments up to date; it does not start conversations.
  if (own?.length === 0) return { outcome: 'skipped' };
  if (own?.length === 1) {
    const body = `${commentMarker(gateOf(outcome))}\n${outcomeComment(outcome, page, own[0]!.body).body}`;
    if (withoutFooter(own[0]!.body) === withoutFooter(body)) return { outcome: 'unchanged' };
    return { outcome: 'updated', write: () => editComment(session, pull, own[0]!.id, body) };
  }
  return {
    outcome: 'not written',
    write: async () => (await writeComment(session, { pullNumber: pull.number, outcome, page, mayCreate: false })) ?? 'not written',
  };
}

/** The footer's line names the run and the manifest's commit: a new run alone is no reason to rewrite a comment. */
export function withoutFooter(body: string): string {
  return body
    .split('\n')
    .filter((line) => !isFooterLine(line))
    .join('\n');
}

async function editComment(session: ActionSession, pull: OpenPullRequest, id: number, body: string): Promise<string> {
  try {
    await session.github.rest.issues.updateComment({ ...session.context.repository, comment_id: id, body });
    core.info(`Pull request comment on #${pull.number}: updated.`);
    return 'updated';
  } catch (error) {
    const cause = forbiddenCause(error, { permission: 'pull-requests: write' });
    if (!cause) throw error;
    core.warning(`Could not write the readiness comment on #${pull.number}: ${cause} The job summary has the full report.`);
    return 'not written';
  }
}

/** The row of a pull request that could not be refreshed at all, with its warning. */
function notRefreshed(pull: OpenPullRequest, error: unknown): Row {
  const reason = warnAbout(pull, 'it was not refreshed', error);
  return { text: `| #${pull.number} | not refreshed: ${escapeMarkdown(reason)} | not written |`, unevaluated: true };
}

/** Warns about one pull request of the refresh; returns the reason in one line. */
function warnAbout(pull: OpenPullRequest, what: string, error: unknown): string {
  const reason = errorLine(error);
  core.warning(`Pull request #${pull.number}: ${what} — ${reason}`);
  return reason;
}
