import type { Repository } from '../core/links.js';
import type { GitHubClient } from './client.js';

/** Every file a pull request changes (GitHub lists up to 3,000), for phase `paths`. */
export async function listChangedFiles(client: GitHubClient, repository: Repository, pullNumber: number): Promise<string[]> {
  const files = await client.paginate(client.rest.pulls.listFiles, {
    ...repository,
    pull_number: pullNumber,
    per_page: 100,
  });
  // A renamed file counts under both names: moving a file out of a path touches that path.
  return files.flatMap((file) => (file.previous_filename ? [file.filename, file.previous_filename] : [file.filename]));
}
