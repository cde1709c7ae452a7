import type { Repository } from '../core/links/links.js';
import type { GitHubClient } from './client.js';

/** GitHub lists at most this many files of a pull request, however many it changes. */
export const LISTED_FILES_LIMIT = 3000;

export interface ChangedFiles {
  /** File names, a renamed file under both of its names. */
  names: string[];
  /** False when GitHub's listing stopped short of every changed file. */
  complete: boolean;
  /** How many files the pull request changes, when known. */
  changed: number;
}

/** The files a pull request changes, for phase `paths`, and whether GitHub listed them all. */
export async function listChangedFiles(client: GitHubClient, repository: Repository, pullNumber: number, expected?: number): Promise<ChangedFiles> {
  const files = await client.paginate(client.rest.pulls.listFiles, { ...repository, pull_number: pullNumber, per_page: 100 });
  const changed = Math.max(expected ?? 0, files.length);
  // A renamed file counts under both names: moving a file out of a path touches that path.
  const names = files.flatMap((file) => (file.previous_filename ? [file.filename, file.previous_filename] : [file.filename]));
  return { names, changed, complete: files.length < LISTED_FILES_LIMIT && files.length >= changed };
}
