import * as core from '@actions/core';
import { DEFAULT_GATE, DEFAULT_MANIFEST_PATH } from '../defaults.js';
import type { CommentMode } from '../github/comments.js';

/** A workflow's `with:` input the action cannot use: a user mistake, reported without a stack. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export interface Inputs {
  manifest: string;
  manifestRef: 'base' | 'head';
  gate: string;
  token: string;
  comment: CommentMode;
  enforce: boolean;
  status: boolean;
}

/** The one place that reads the action's inputs; defaults live here, not in action.yml. */
export function readInputs(): Inputs {
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  if (!token) {
    throw new InputError("input 'token' is empty — pass token: ${{ github.token }}");
  }
  return {
    manifest: core.getInput('manifest') || DEFAULT_MANIFEST_PATH,
    manifestRef: choice('manifest-ref', ['base', 'head'], 'base'),
    gate: readGate(),
    token,
    comment: choice('comment', ['auto', 'always', 'never'], 'auto'),
    enforce: flag('enforce', true),
    status: flag('status', false),
  };
}

/**
 * The `gate` input alone. It cannot fail, so a run whose other inputs are wrong still
 * names the gate it could not check.
 */
export function readGate(): string {
  return core.getInput('gate') || DEFAULT_GATE;
}

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name).trim().toLowerCase() || fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(`input '${name}' is '${value}' — expected ${allowed.join(', ')}`);
  }
  return value as T;
}

function flag(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new InputError(`input '${name}' is '${value}' — expected true or false`);
}
