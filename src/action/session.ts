import type { Manifest } from '../core/manifest/manifest.js';
import type { Report } from '../core/verdict/report.js';
import { footerLine, manifestRange, type FooterSource } from '../core/views/footer.js';
import type { Subject } from '../core/views/report-parts.js';
import type { GitHubClient } from '../github/client.js';
import type { Clock } from '../github/clock.js';
import { readFileAt } from '../github/contents.js';
import type { PlanEvaluator } from '../service/evaluator.js';
import type { RunContext } from './context.js';
import type { Inputs } from './inputs.js';

/** What a run needs to send its first requests, before its parser and evaluator are loaded. */
export interface OpenSession {
  inputs: Inputs;
  context: RunContext;
  github: GitHubClient;
  /** The run's clock, the one source of "now": for GitHub's waits and limits, and for when freeze windows are judged. */
  clock: Clock;
  /** Manifests read so far, by commit: pull requests on one base share one read. */
  manifests: Map<string, Promise<Manifest>>;
  /** GitHub refused a commit status for lack of permission: the enforcement check says so. */
  statusRefused?: boolean;
}

/** Everything one run of the action needs, built once. */
export interface ActionSession extends OpenSession {
  evaluator: PlanEvaluator;
}

/** The manifest at a commit, read through the API once per commit. */
export function manifestAt(session: OpenSession, sha: string): Promise<Manifest> {
  let manifest = session.manifests.get(sha);
  if (!manifest) {
    const path = session.inputs.manifest;
    const options = { serverHost: session.context.serverHost };
    // The parser is in judge.ts's part of the bundle, which main.ts loads while the file is on its way.
    manifest = readFileAt(session.github, session.context.repository, path, sha).then(async (text) =>
      (await import('../core/manifest/manifest.js')).parseManifest(text, path, options),
    );
    session.manifests.set(sha, manifest);
  }
  return manifest;
}

/** Where a gate's verdict is shown and what it is about: the views' context beyond the report. */
export interface Page {
  /** The manifest at the commit evaluated, and the run, for the footer. */
  source: FooterSource;
  /** What is gated, for the headline. */
  subject?: Subject;
  serverUrl: string;
  /** The manifest's line count, once it is read: the footer links the lines that matter. */
  lineCount?: number;
}

/** The page of a verdict on the manifest at `sha`, about `subject`. */
export function pageFor(context: RunContext, manifestPath: string, sha: string, subject?: Subject): Page {
  const { owner, repo } = context.repository;
  const path = manifestPath.split('/').map(encodeURIComponent).join('/');
  const blobUrl = sha ? `${context.serverUrl}/${owner}/${repo}/blob/${sha}/${path}` : undefined;
  const source = { path: manifestPath, sha, ...(blobUrl ? { blobUrl } : {}), ...(context.runUrl ? { runUrl: context.runUrl } : {}) };
  return { source, serverUrl: context.serverUrl, ...(subject ? { subject } : {}) };
}

/** The footer of a page: the lines of the gate's incomplete phases when the report is known, else the file. */
export function footerOf(page: Page, report?: Report): string {
  return footerLine(page.source, report && page.lineCount ? manifestRange(report, page.lineCount) : undefined);
}
