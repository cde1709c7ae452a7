import * as core from '@actions/core';

/** The action's entry point; the GitHub layer lands in the next change. */
export async function run(): Promise<void> {
  core.setFailed('readiness-gate: the action is not implemented yet');
}
