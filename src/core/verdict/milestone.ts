/**
 * A phase's milestone in the verdict: each issue and pull request of it is an item judged
 * like a link; those dropped from its scope are listed apart and do not block; the phase
 * cannot be complete while the milestone is unverified, unread, cut short or empty.
 */
import { ConfigError } from '../shared/errors.js';
import { isSatisfied, targetName, type LinkStatus } from '../links/links.js';
import { milestoneKey, milestoneName, type MilestoneFound } from '../links/milestones.js';
import type { Manifest } from '../manifest/manifest.js';
import type { PhaseData } from '../manifest/schema.js';
import type { EvaluationContext } from './context.js';
import { linkStatus } from './link-status.js';
import { describeLink } from './reasons.js';
import type { LinkReport, MilestoneReport, TaskReport } from './report.js';

/** Closed, but not done: the item has left the milestone's scope. */
const DROPPED_STATES = new Set<LinkStatus['state']>(['not_planned', 'duplicate', 'closed_unmerged']);

export interface MilestoneJudgement {
  report: MilestoneReport;
  /** The items in scope, as items of the phase. */
  tasks: TaskReport[];
}

/** The phase's milestone judged; a milestone GitHub does not have is a mistake at its line. */
export function judgeMilestone(manifest: Manifest, phase: PhaseData, context: EvaluationContext): MilestoneJudgement | undefined {
  const ref = phase.milestone;
  if (ref === undefined) return undefined;
  const unjudged = (state: MilestoneReport['state'], blocks: string, detail?: string): MilestoneJudgement => ({
    report: { ref, state, total: 0, closed: 0, dropped: [], blocks, ...(detail ? { detail } : {}) },
    tasks: [],
  });
  if (context.links === 'offline') return unjudged('unverified', `${milestoneName(ref)} is not verified (offline)`);
  const lookup = context.milestones?.get(milestoneKey(ref));
  if (!lookup) return unjudged('unknown', `${milestoneName(ref)} could not be read`);
  if (!lookup.found && !lookup.missing) return unjudged('unknown', `${milestoneName(ref)} could not be read (${lookup.detail})`, lookup.detail);
  if (!lookup.found) throw missingMilestone(manifest, phase, context);
  return judgeFound(lookup, ref, context, manifest.milestonePositions.get(phase.id)?.line);
}

/** `line`: the manifest's `milestone:` line, where its items' drift is annotated. */
function judgeFound(milestone: MilestoneFound, ref: string | number, context: EvaluationContext, line: number | undefined): MilestoneJudgement {
  const links = milestone.items.map(({ target, status }): LinkReport => {
    const standing = linkStatus(target, status.kind, context, status);
    const name = targetName(target);
    return { ref: `#${target.number}`, key: name.toLowerCase(), name, ...standing, satisfied: isSatisfied(standing) };
  });
  const dropped = links.filter((link) => DROPPED_STATES.has(link.state));
  const inScope = links.filter((link) => !DROPPED_STATES.has(link.state));
  const closedWithOpenItems = milestone.state === 'closed';
  const tasks = inScope.map((link) => ({
    ...milestoneTask(link, closedWithOpenItems ? milestone.title : undefined),
    ...(line !== undefined ? { line } : {}),
  }));
  const read = milestone.items.length;
  const blocks =
    read < milestone.total
      ? `GitHub listed ${read} of the ${milestone.total} issues and pull requests of ${milestoneName(ref)}, so it counts as incomplete`
      : inScope.length === 0
        ? `${milestoneName(ref)} has no items yet`
        : undefined;
  const report: MilestoneReport = {
    ref,
    state: milestone.state,
    title: milestone.title,
    number: milestone.number,
    url: milestone.url,
    ...(milestone.due ? { due: milestone.due } : {}),
    total: inScope.length,
    closed: tasks.filter((task) => task.satisfied).length,
    dropped,
    ...(read < milestone.total ? { cutShort: true } : {}),
    ...(blocks ? { blocks } : {}),
  };
  return { report, tasks };
}

/** One issue or pull request of the milestone as an item; an open one in a closed milestone is drift. */
function milestoneTask(link: LinkReport, closedMilestone: string | undefined): TaskReport {
  const drift = closedMilestone !== undefined && !link.satisfied && link.state === 'open';
  const reason = drift ? `in milestone '${closedMilestone}', which is closed, but ${describeLink(link)}` : describeLink(link);
  return {
    id: `#${link.name.split('#').pop()}`,
    kind: 'milestone',
    title: link.title ?? link.name,
    status: link.satisfied ? 'done' : link.kind === 'pull' && link.state === 'open' ? 'in-progress' : 'todo',
    satisfied: link.satisfied,
    reason,
    drift,
    overdue: false,
    links: [link],
  };
}

function missingMilestone(manifest: Manifest, phase: PhaseData, context: EvaluationContext): ConfigError {
  const at = manifest.milestonePositions.get(phase.id) ?? manifest.phasePositions.get(phase.id) ?? { line: 1, column: 1 };
  const repository = context.repository ? `${context.repository.owner}/${context.repository.repo}` : 'this repository';
  const how = typeof phase.milestone === 'number' ? 'its number is the last part of its page’s address' : 'titles must match exactly';
  return new ConfigError({
    file: manifest.file,
    ...at,
    message: `${milestoneName(phase.milestone!)} of phase '${phase.id}' does not exist in ${repository} — name one of its milestones by title or number (${how}), or remove 'milestone'`,
  });
}
