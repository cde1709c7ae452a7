import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';
import { linkWords } from '../core/views/present.js';
import { renderTextReport } from '../core/views/render-text.js';
import type { Report } from '../core/verdict/report.js';

/**
 * What the step log shows of an evaluation: with debug logging on (RUNNER_DEBUG=1 or a
 * re-run "with debug logging"), the manifest's commit and every link's state; always, the
 * text report in a collapsed group.
 */
export function logReport(report: Report, manifest: { path: string; sha: string }): void {
  core.debug(`manifest ${manifest.path} read at commit ${manifest.sha || '(unknown)'}`);
  // A line per link is written only when the runner shows debug lines: a plan at the size cap has thousands.
  if (core.isDebug()) logLinks(report);
  core.startGroup(`Readiness report: gate '${report.gate}' is ${report.ready ? 'ready' : 'not ready'}`);
  // Text from the manifest and from issues must not be read as workflow commands (`::…::`).
  const token = randomUUID();
  core.info(`::stop-commands::${token}`);
  core.info(renderTextReport(report).trimEnd());
  core.info(`::${token}::`);
  core.endGroup();
}

function logLinks(report: Report): void {
  for (const phase of report.phases) {
    for (const task of phase.tasks) {
      for (const link of task.links) {
        const detail = link.detail ? ` (${link.detail})` : '';
        core.debug(`link ${link.ref} of ${task.id} → ${link.name}: ${link.kind} ${link.state}, shown as '${linkWords(link)}'${detail}`);
      }
    }
  }
}
