import type { Manifest } from '../core/manifest/manifest.js';
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

/** The small print under the comment and the summary: where the run and the manifest are. */
export function footerFor(context: RunContext, manifestPath: string, sha: string): string {
  const runLink = context.runUrl ? `[details in the run](${context.runUrl}) · ` : '';
  return `<sub>${runLink}readiness-gate · manifest \`${manifestPath.replace(/`/g, '')}\` at \`${sha.slice(0, 7)}\`</sub>`;
}
