import { parseManifest, type Manifest } from '../core/manifest/manifest.js';
import type { GitHubClient } from '../github/client.js';
import { readFileAt } from '../github/contents.js';
import type { PlanEvaluator } from '../service/evaluator.js';
import type { RunContext } from './context.js';
import type { Inputs } from './inputs.js';

/** Everything one run of the action needs, built once. */
export interface ActionSession {
  inputs: Inputs;
  context: RunContext;
  github: GitHubClient;
  evaluator: PlanEvaluator;
  /** Manifests read so far, by commit: pull requests on one base share one read. */
  manifests: Map<string, Promise<Manifest>>;
}

/** The manifest at a commit, read through the API once per commit. */
export function manifestAt(session: ActionSession, sha: string): Promise<Manifest> {
  let manifest = session.manifests.get(sha);
  if (!manifest) {
    const path = session.inputs.manifest;
    const options = { serverHost: session.context.serverHost };
    manifest = readFileAt(session.github, session.context.repository, path, sha).then((text) => parseManifest(text, path, options));
    session.manifests.set(sha, manifest);
  }
  return manifest;
}

/** The small print under the comment and the summary: where the run and the manifest are. */
export function footerFor(context: RunContext, manifestPath: string, sha: string): string {
  const runLink = context.runUrl ? `[details in the run](${context.runUrl}) · ` : '';
  return `<sub>${runLink}readiness-gate · manifest \`${manifestPath.replace(/`/g, '')}\` at \`${sha.slice(0, 7)}\`</sub>`;
}
