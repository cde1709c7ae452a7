/**
 * The one evaluation path for the action and the CLI alike: manifest → link targets →
 * link states from GitHub (or none offline) → pull-request scope → verdict.
 */
import { evaluate, linkTargets, phasesTouched, usesPaths, type PullRequestScope } from '../core/evaluate.js';
import { LinkStates, type Repository } from '../core/links.js';
import type { Manifest } from '../core/manifest.js';
import { loadPathMatcher } from '../core/paths.js';
import type { Report } from '../core/report.js';
import type { GitHubClient } from '../github/client.js';
import { listChangedFiles } from '../github/files.js';
import { resolveLinks } from '../github/links.js';

export interface EvaluatorOptions {
  gate: string;
  /** YYYY-MM-DD, see `todayUtc`. */
  today: string;
  /** The repository `#N` links refer to; without it they cannot be verified. */
  repository?: Repository;
  /** Absent offline: every link is reported unverified and declared statuses count. */
  github?: GitHubClient;
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

  constructor(private readonly options: EvaluatorOptions) {}

  async evaluate(manifest: Manifest, pullRequest?: { number: number }): Promise<Report> {
    const { gate, today, repository } = this.options;
    const [links, scope] = await Promise.all([
      this.linkStates(manifest),
      pullRequest ? this.pullRequestScope(manifest, pullRequest.number) : undefined,
    ]);
    return evaluate(manifest, {
      gate,
      today,
      links,
      ...(repository ? { repository } : {}),
      ...(scope ? { pullRequest: scope } : {}),
    });
  }

  private async linkStates(manifest: Manifest): Promise<LinkStates | 'offline'> {
    const { github, repository } = this.options;
    if (!github) return 'offline';
    const missing = linkTargets(manifest, repository).filter((target) => !this.links.has(target));
    if (missing.length > 0) this.links.addAll(await resolveLinks(github, missing));
    return this.links;
  }

  /** The changed files matter only to phases with `paths`; only then are they listed. */
  private async pullRequestScope(manifest: Manifest, number: number): Promise<PullRequestScope> {
    const { github, repository } = this.options;
    if (!usesPaths(manifest)) return { number, touchedPhases: new Set() };
    if (!github || !repository) throw new Error('evaluating a pull request needs GitHub and its repository');
    const [files, matches] = await Promise.all([listChangedFiles(github, repository, number), loadPathMatcher()]);
    return { number, touchedPhases: phasesTouched(manifest, files, matches) };
  }
}
