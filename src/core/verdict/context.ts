/**
 * What the verdict is given besides the manifest: the gate, today, the link and milestone
 * states GitHub reported (or none offline) and the pull request under evaluation.
 */
import type { LinkStates, LinkTarget, Repository } from '../links/links.js';
import type { MilestoneLookup } from '../links/milestones.js';
import type { Moment, PullRequestLabel } from '../freezes/moment.js';

/** The pull request being evaluated, as far as the verdict depends on it. */
export interface PullRequestScope {
  number: number;
  /**
   * Phases with `paths` that the pull request touches (see `phasesTouched`); the others are
   * skipped. `all` when the changed files are not fully known: nothing is skipped then.
   */
  touchedPhases: ReadonlySet<string> | 'all';
  /** Issues GitHub will close when this pull request merges (its closing keywords). */
  closes?: readonly LinkTarget[];
  /** Closed without merging: neither it nor the issues it names complete anything. */
  closedUnmerged?: boolean;
  /** Its labels, read only when an open freeze window has an override label. */
  labels?: readonly PullRequestLabel[];
}

export interface EvaluationContext {
  gate: string;
  /** Today as YYYY-MM-DD, for waivers and due dates. */
  today: string;
  /** When to judge the freeze windows; without it they are not judged (a document of the plan alone). */
  moment?: Moment;
  /** The repository that `#N` links refer to; unknown offline without `--repo`. */
  repository?: Repository;
  /** Link states as GitHub reported them, or `offline` when nothing was verified. A link missing from them is `unknown`. */
  links: LinkStates | 'offline';
  /**
   * The milestones phases name, by `milestoneKey`, as GitHub reported them; absent offline.
   * A milestone missing from them could not be read.
   */
  milestones?: ReadonlyMap<string, MilestoneLookup>;
  /** Set when evaluating a pull request. */
  pullRequest?: PullRequestScope;
  /** What the caller could not learn, in words, for the report (e.g. a listing GitHub cut short). */
  caveats?: readonly string[];
}
