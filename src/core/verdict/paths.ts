/** Whether a changed file matches a `paths` glob, compiled once per pattern. */
export type PathMatcher = (pattern: string) => (file: string) => boolean;

/**
 * minimatch, loaded on first use: only runs whose manifest has `paths` on a pull request
 * need it, and leaving it out of the start-up path keeps the cold start short. Each pattern
 * is compiled (its braces expanded) once, not once per file.
 */
export async function loadPathMatcher(): Promise<PathMatcher> {
  const { Minimatch } = await import('minimatch');
  return (pattern) => {
    const glob = new Minimatch(pattern, { dot: true });
    return (file) => glob.match(file);
  };
}
