/**
 * The verdict: what `evaluate` returns and every view reads. Plain data, so it is also
 * the `report` output and `check --format json`.
 */
import type { LinkState, Repository, SubIssueProgress } from '../links/links.js';
import type { TaskStatus } from '../manifest/schema.js';

export interface LinkReport {
  /** As written in the manifest. */
  ref: string;
  /** `owner/repo#N` in lower case (GitHub names are case-insensitive), or `#N` when the repository is not known. */
  key: string;
  /** `owner/repo#N` as written, for people. */
  name: string;
  kind: 'issue' | 'pull' | 'unknown';
  state: LinkState;
  satisfied: boolean;
  title?: string;
  url?: string;
  detail?: string;
  subIssues?: SubIssueProgress;
  /**
   * Set when the link counts as satisfied only because of the pull request under
   * evaluation: `merging` when the link is that pull request, `closing` when it is an
   * issue the pull request closes when it merges (a closing keyword).
   */
  completedByThisPullRequest?: ThisPullRequestCompletes;
}

/** How merging the pull request under evaluation completes a link. */
export type ThisPullRequestCompletes = 'merging' | 'closing';

export interface WaiverReport {
  reason: string;
  approvedBy?: string;
  expires?: string;
  expired: boolean;
}

export interface TaskReport {
  id: string;
  /** `milestone`: an issue or pull request of the phase's milestone, not written in the manifest. */
  kind: 'task' | 'acceptance' | 'milestone';
  title: string;
  /** The declared status, or the one the links imply when none is declared. */
  status: TaskStatus;
  declaredStatus?: TaskStatus;
  satisfied: boolean;
  reason: string;
  /** Marked done while a link says otherwise. */
  drift: boolean;
  /** A suggestion such as "mark it done". */
  hint?: string;
  overdue: boolean;
  owner?: string;
  due?: string;
  waiver?: WaiverReport;
  /** The manifest's `notes` of the item. */
  notes?: string;
  links: LinkReport[];
  line?: number;
}

export interface PhaseReport {
  id: string;
  name: string;
  blocking: boolean;
  selected: boolean;
  skipped: boolean;
  complete: boolean;
  /** Percent of this phase's items that are satisfied, rounded down. */
  completion: number;
  /** The phase's `requires`, as the manifest lists them. */
  requires: string[];
  /** Phases in `requires` that are not complete. */
  unmetRequires: string[];
  /** Neither tasks nor acceptance items: such a phase is never complete. */
  empty: boolean;
  overdue: boolean;
  owner?: string;
  due?: string;
  tasks: TaskReport[];
  /** The phase's `milestone`, as GitHub reported it. */
  milestone?: MilestoneReport;
  line?: number;
}

/**
 * A phase's milestone: its items in scope are tasks of the phase (kind `milestone`); those
 * dropped from its scope (closed as not planned or duplicate, closed unmerged) are listed
 * here, outside the completion figure.
 */
export interface MilestoneReport {
  /** As written in the manifest: its title, or its number. */
  ref: string | number;
  /** `unverified` offline; `unknown` when GitHub could not be asked or did not answer. */
  state: 'open' | 'closed' | 'unverified' | 'unknown';
  title?: string;
  number?: number;
  url?: string;
  due?: string;
  /** Items in its scope (dropped ones left out), and how many of them are closed as done. */
  total: number;
  closed: number;
  dropped: LinkReport[];
  /** Why it could not be read, when `unknown`. */
  detail?: string;
  /** GitHub's listing of its items stopped short: the items not read may be open. */
  cutShort?: boolean;
  /** Why the phase cannot be complete on its milestone's account, whatever its items say: offline, unread, cut short, empty. */
  blocks?: string;
}

/** A freeze window that concerns the gate at the evaluated moment. */
export interface FreezeReport {
  name: string;
  /** `open` holds the gate; `overridden`: open, but the pull request carries its label; `upcoming`: opens within 7 days. */
  state: 'open' | 'overridden' | 'upcoming';
  /** The moment judged, as an instant (a local time is read in the window's zone). ISO 8601, UTC. */
  at: string;
  /** When this opening of the window opens and closes (until exclusive). ISO 8601, UTC. */
  from: string;
  until: string;
  /** The IANA time zone the window is written in, and its times are shown in. */
  timezone: string;
  line?: number;
  /** The label that lets a pull request pass the window. */
  overrideLabel?: string;
  /** When the pull request got that label, where GitHub said (state `overridden`). */
  overriddenSince?: string;
}

export interface Report {
  /** The gate's phases are complete and no freeze window holds it. */
  ready: boolean;
  gate: string;
  title: string;
  /** Selected, non-skipped phases that are not complete. */
  incompletePhases: string[];
  completion: number;
  verified: boolean;
  /** The day the plan was judged on, YYYY-MM-DD: due dates and waivers are compared with it. */
  today: string;
  /** The repository `#N` links refer to, when known. */
  repository?: Repository;
  skippedPhases: string[];
  /** What limits the verdict's grounds, in words: a listing GitHub cut short, every phase skipped, … */
  caveats: string[];
  /** `dropped`: milestone items closed as not planned, duplicate or unmerged, outside the completion figure. */
  counts: { items: number; satisfied: number; drift: number; overdue: number; expiredWaivers: number; dropped: number };
  phases: PhaseReport[];
  /** Only for a manifest with `freezes`: whether an open window holds the gate, whatever its phases say. */
  frozen?: boolean;
  /** Only for a manifest with `freezes`: the windows that concern the gate at the evaluated moment. */
  freezes?: FreezeReport[];
}
