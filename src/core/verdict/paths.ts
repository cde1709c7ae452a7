/** Whether a changed file matches a `paths` glob. */
export type PathMatcher = (file: string, pattern: string) => boolean;

/**
 * minimatch, loaded on first use: only runs whose manifest has `paths` on a pull request
 * need it, and leaving it out of the start-up path keeps the cold start short.
 */
export async function loadPathMatcher(): Promise<PathMatcher> {
  const { minimatch } = await import('minimatch');
  return (file, pattern) => minimatch(file, pattern, { dot: true });
}
