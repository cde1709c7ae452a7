/**
 * The one evaluation path for the action and the CLI alike: manifest → link targets →
 * link states from GitHub (or none offline) → pull-request scope → verdict.
 */
import { evaluate, linkTargets, phasesTouched, usesPaths, type PullRequestScope } from '../core/verdict/evaluate.js';
import { LinkStates, type LinkTarget, type Repository } from '../core/links/links.js';
import type { Manifest } from '../core/manifest/manifest.js';
import { loadPathMatcher } from '../core/verdict/paths.js';
import type { Report } from '../core/verdict/report.js';
import type { GitHubClient } from '../github/client.js';
import { LISTED_FILES_LIMIT, listChangedFiles, type ChangedFiles } from '../github/files.js';
import { resolveLinks } from '../github/links.js';
import { milestoneKey, type MilestoneLookup } from '../core/links/milestones.js';
import { readMilestones } from '../github/milestones.js';
import { closingIssues } from '../github/pulls.js';
import { thousands } from '../core/shared/words.js';
import { needsLabels, type Moment, type PullRequestLabel } from '../core/freezes/moment.js';
import { readPullRequestLabels } from '../github/labels.js';

export interface EvaluatorOptions {
  gate: string;
  /** YYYY-MM-DD, see `todayUtc`. */
  today: string;
  /**
   * When freeze windows are judged: the run's clock, or `check --at`. Absent, they are not
   * judged: `render` writes the plan's document, the same whenever it runs.
   */
  moment?: Moment;
  /** The repository `#N` links refer to; without it they cannot be verified. */
  repository?: Repository;
  /** Absent offline: every link is reported unverified and declared statuses count. */
  github?: GitHubClient;
  /** Where the run tells maintainers what it had to do without (a server lacking a feature). */
  warn: (message: string) => void;
}

/** The pull request a run evaluates: the event's, or the one a merge group was made for. */
export interface PullRequestUnderEvaluation {
  number: number;
  /** How many files it changes, as the event says, to tell when GitHub's listing stopped short. */
  changedFiles?: number;
  /** Its closing references, when already asked for beside other reads (undefined inside: GitHub could not say). */
  closes?: Promise<LinkTarget[] | undefined>;
  /** Its changed files, when already listed beside other reads. */
  files?: Promise<ChangedFiles>;
  /** Closed without merging: it completes nothing (see `PullRequestScope`). */
  closedUnmerged?: boolean;
}

/** A pull request and the manifest it is judged by, for reading labels ahead (see `resolveLabelsOf`). */
export interface PullRequestPlan {
  number: number;
  manifest: Manifest;
}

/** Today's date as GitHub's runners and the manifest write it: YYYY-MM-DD in UTC. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Evaluates manifests against GitHub. Link states are fetched once per run and shared by
 * every evaluation, so a refresh of many pull requests asks for each link once.
 */
export class PlanEvaluator {
  private readonly links = new LinkStates();
  /** Milestones read so far, by `milestoneKey`: read with the links, once per run. */
  private readonly milestones = new Map<string, MilestoneLookup>();
  /** Labels of pull requests, read once each, only while a window that a label passes is open. */
  private readonly labels = new Map<number, Promise<PullRequestLabel[] | undefined>>();

  constructor(private readonly options: EvaluatorOptions) {}

  async evaluate(manifest: Manifest, pullRequest?: PullRequestUnderEvaluation): Promise<Report> {
    const { gate, today, repository, moment } = this.options;
    const [links, milestones, scope] = await Promise.all([
      this.linkStates(manifest),
      this.milestoneStates([manifest]),
      pullRequest ? this.pullRequestScope(manifest, pullRequest) : undefined,
    ]);
    return evaluate(manifest, {
      gate,
      today,
      ...(moment ? { moment } : {}),
      links,
      ...(milestones ? { milestones } : {}),
      ...(repository ? { repository } : {}),
      ...(scope ? { pullRequest: scope.scope, caveats: scope.caveats } : {}),
    });
  }

  /**
   * Resolves the links of several manifests at once, before they are evaluated side by
   * side: evaluations running together would each ask for the links none has yet.
   */
  async resolveLinksOf(manifests: Iterable<Manifest>): Promise<void> {
    if (!this.options.github) return;
    const all = [...manifests];
    await Promise.all([this.linkStates(all), this.milestoneStates(all)]);
  }

  /** The milestones the manifests' phases name, read beside their links (one batched query, see milestones.ts). */
  private async milestoneStates(manifests: Manifest[]): Promise<ReadonlyMap<string, MilestoneLookup> | undefined> {
    const { github, repository } = this.options;
    if (!github || !repository) return undefined;
    const refs = manifests.flatMap((manifest) => manifest.data.phases.flatMap((phase) => (phase.milestone === undefined ? [] : [phase.milestone])));
    const missing = [...new Map(refs.map((ref) => [milestoneKey(ref), ref])).entries()].filter(([key]) => !this.milestones.has(key));
    if (missing.length > 0) {
      const read = await readMilestones(
        github,
        repository,
        missing.map(([, ref]) => ref),
        { warn: this.options.warn },
      );
      for (const [key, lookup] of read) this.milestones.set(key, lookup);
    }
    return this.milestones;
  }

  /** Reads, in batched queries, the labels of the pull requests whose plans have a window open that a label passes. */
  resolveLabelsOf(pulls: readonly PullRequestPlan[]): void {
    const wanted = pulls.filter((pull) => !this.labels.has(pull.number) && this.wantsLabels(pull.manifest)).map((pull) => pull.number);
    const { github, repository } = this.options;
    if (wanted.length === 0 || !github || !repository) return;
    const reading = readPullRequestLabels(github, repository, wanted);
    // Not a swallowed error: each pull request's evaluation awaits its entry and fails on it.
    reading.catch(() => {});
    for (const number of wanted)
      this.labels.set(
        number,
        reading.then((all) => all.get(number)),
      );
  }

  private wantsLabels(manifest: Manifest): boolean {
    const { gate, moment } = this.options;
    return manifest.freezes.length > 0 && moment !== undefined && needsLabels(manifest.freezes, gate, moment);
  }

  /** The labels of the pull request, when a window a label passes is open; no request otherwise. */
  private async labelsOf(manifest: Manifest, number: number): Promise<PullRequestLabel[] | undefined> {
    if (!this.labels.has(number)) this.resolveLabelsOf([{ number, manifest }]);
    const labels = await this.labels.get(number);
    if (this.labels.has(number) && !labels)
      this.options.warn(`Could not read the labels of pull request #${number}: no label passes a freeze window for it.`);
    return labels;
  }

  private async linkStates(manifest: Manifest | Manifest[]): Promise<LinkStates | 'offline'> {
    const { github, repository } = this.options;
    if (!github) return 'offline';
    const targets = Array.isArray(manifest) ? manifest.flatMap((one) => linkTargets(one, repository)) : linkTargets(manifest, repository);
    const missing = targets.filter((target) => !this.links.has(target));
    if (missing.length > 0) this.links.addAll(await resolveLinks(github, missing, { warn: this.options.warn }));
    return this.links;
  }

  /**
   * What the verdict needs to know of a pull request: the phases its changed files touch
   * (listed only when phases have `paths`) and the issues it closes when merged.
   */
  private async pullRequestScope(manifest: Manifest, pullRequest: PullRequestUnderEvaluation) {
    const { github, repository } = this.options;
    const { number } = pullRequest;
    if (!github || !repository) return { scope: { number, touchedPhases: new Set<string>() }, caveats: [] };
    const [touched, closes, labels] = await Promise.all([
      this.touchedPhases(manifest, pullRequest),
      this.closes(manifest, pullRequest),
      this.labelsOf(manifest, number),
    ]);
    const scope: PullRequestScope = {
      number,
      touchedPhases: touched.phases,
      ...(closes ? { closes } : {}),
      ...(labels ? { labels } : {}),
      ...(pullRequest.closedUnmerged ? { closedUnmerged: true } : {}),
    };
    return { scope, caveats: touched.caveats };
  }

  private async touchedPhases(manifest: Manifest, pullRequest: PullRequestUnderEvaluation) {
    const { github, repository } = this.options;
    if (!usesPaths(manifest)) return { phases: new Set<string>(), caveats: [] };
    const [files, matches] = await Promise.all([
      pullRequest.files ?? listChangedFiles(github!, repository!, pullRequest.number, pullRequest.changedFiles),
      loadPathMatcher(),
    ]);
    if (files.complete) return { phases: phasesTouched(manifest, files.names, matches), caveats: [] };
    // Fail closed: an unlisted file could match any phase's paths.
    const caveat =
      `GitHub lists at most ${thousands(LISTED_FILES_LIMIT)} of the files a pull request changes, and #${pullRequest.number} changes ` +
      `${thousands(files.changed)} files: every phase with \`paths\` counts as touched`;
    return { phases: 'all' as const, caveats: [caveat] };
  }

  /** Only a manifest that links to issues, or takes a milestone's, can be completed by closing them. */
  private async closes(manifest: Manifest, pullRequest: PullRequestUnderEvaluation) {
    const { github, repository, warn } = this.options;
    const { number } = pullRequest;
    const milestones = manifest.data.phases.some((phase) => phase.milestone !== undefined);
    if (!milestones && linkTargets(manifest, repository).length === 0) return undefined;
    const closes = await (pullRequest.closes ?? closingIssues(github!, repository!, number));
    if (!closes) warn(`Could not read which issues pull request #${number} closes; issues it would close count as still open.`);
    return closes;
  }
}
