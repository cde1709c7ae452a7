import { parse } from 'yaml';

/** A job of a workflow that runs readiness-gate, as far as enforcing its verdict depends on it. */
export interface GateJob {
  /** The workflow file, e.g. .github/workflows/readiness.yml */
  workflow: string;
  /** The name GitHub gives the job's check run: its `name`, else its id. */
  check: string;
  gate: string;
  status: boolean;
  manifest: string;
  /** The events that start the workflow; undefined when its file could not be read. */
  events: ReadonlySet<string> | undefined;
  /** `paths` or `paths-ignore` on its pull_request trigger: some pull requests never get the check. */
  pullRequestPathFilter: boolean;
}

type Job = { name?: unknown; steps?: ({ uses?: unknown; with?: Record<string, unknown> } | null)[] };

/**
 * The jobs of a workflow file that use readiness-gate; `onlyJob` narrows them to the job
 * the action runs in (GITHUB_JOB), which counts whatever `uses:` says, as the action may
 * be called by a local path. Undefined when the file is not a workflow.
 */
export function gateJobs(path: string, text: string, defaults: { gate: string; manifest: string }, onlyJob?: string): GateJob[] | undefined {
  let document: { on?: unknown; true?: unknown; jobs?: Record<string, Job> } | null;
  try {
    document = parse(text) as typeof document;
  } catch {
    return undefined;
  }
  if (!document || typeof document !== 'object' || !document.jobs) return undefined;
  // YAML 1.1 readers take a bare `on` for true; the yaml package reads it as the key "on".
  const { events, pullRequestPathFilter } = triggers(document.on ?? document.true);
  return Object.entries(document.jobs).flatMap(([id, job]) => {
    if (onlyJob !== undefined && id !== onlyJob) return [];
    const uses = (step: { uses?: unknown } | null | undefined) => (typeof step?.uses === 'string' ? step.uses : '');
    const steps = (job?.steps ?? []).filter((step) => onlyJob !== undefined || /readiness-gate/.test(uses(step)));
    const step = steps.find((s) => /readiness-gate|^\.\//.test(uses(s))) ?? steps[0];
    if (!step) return [];
    const input = (name: string) =>
      typeof step.with?.[name] === 'string' || typeof step.with?.[name] === 'boolean' ? String(step.with[name]) : undefined;
    return [
      {
        workflow: path,
        check: typeof job.name === 'string' ? job.name : id,
        gate: input('gate') ?? defaults.gate,
        status: input('status')?.trim().toLowerCase() === 'true',
        manifest: input('manifest') ?? defaults.manifest,
        events,
        pullRequestPathFilter,
      },
    ];
  });
}

function triggers(on: unknown): { events: Set<string>; pullRequestPathFilter: boolean } {
  if (typeof on === 'string') return { events: new Set([on]), pullRequestPathFilter: false };
  if (Array.isArray(on)) return { events: new Set(on.map(String)), pullRequestPathFilter: false };
  if (!on || typeof on !== 'object') return { events: new Set(), pullRequestPathFilter: false };
  const entries = on as Record<string, unknown>;
  const filtered = (event: unknown) => Boolean(event && typeof event === 'object' && ('paths' in event || 'paths-ignore' in event));
  return {
    events: new Set(Object.keys(entries)),
    pullRequestPathFilter: filtered(entries.pull_request) || filtered(entries.pull_request_target),
  };
}
