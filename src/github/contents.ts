import { ConfigError } from '../core/shared/errors.js';
import type { Repository } from '../core/links/links.js';
import { MAX_MANIFEST_BYTES, manifestTooLarge } from '../core/manifest/limits.js';
import type { GitHubClient } from './client.js';

/** Reads a text file at a commit through the API, so the action needs no checkout. */
export async function readFileAt(client: GitHubClient, repository: Repository, path: string, ref: string): Promise<string> {
  try {
    const response = await client.rest.repos.getContent({ ...repository, path, ref });
    const file = response.data;
    if (Array.isArray(file) || file.type !== 'file') {
      throw new ConfigError({ file: path, message: `is not a file at ${ref}` });
    }
    // Refused before decoding: a larger file is no manifest, and would cost memory for nothing.
    if (file.size > MAX_MANIFEST_BYTES) throw new ConfigError({ file: path, message: manifestTooLarge(file.size) });
    if (file.encoding !== 'base64') {
      throw new ConfigError({ file: path, message: `is too large to read through the API (${file.size} bytes)` });
    }
    return Buffer.from(file.content, 'base64').toString('utf8');
  } catch (error) {
    if ((error as { status?: number }).status === 404) {
      throw new ConfigError({
        file: path,
        message: `no manifest at this path in ${repository.owner}/${repository.repo} at ${ref} — set the \`manifest\` input or add the file`,
      });
    }
    throw error;
  }
}
