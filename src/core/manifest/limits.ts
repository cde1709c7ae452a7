import { thousands } from '../shared/words.js';

/**
 * GitHub's contents API serves files of up to 1 MiB; a manifest may not be larger. Apart from
 * manifest.ts so that the action's first reads, which refuse a larger file, load no parser.
 */
export const MAX_MANIFEST_BYTES = 1024 * 1024;

export function manifestTooLarge(bytes: number): string {
  return (
    `is ${thousands(bytes)} bytes — a manifest may be at most 1 MiB ` +
    `(${thousands(MAX_MANIFEST_BYTES)} bytes), the most GitHub's contents API serves; split long notes out or trim the plan`
  );
}
