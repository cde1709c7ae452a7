import { readFile } from 'node:fs/promises';
import { defineConfig, type Plugin } from 'vitest/config';

/** Loaded by Vite rather than Node: see `server.deps.inline`. */
const INLINED = ['@actions/workflow-parser', '@actions/expressions'];

/**
 * These packages publish source maps but not the sources they point to, and Vite, loading
 * an inlined file, reads its map and warns once per file that the sources are missing:
 * about a hundred lines in every run of the unit tests. Their scripts are loaded here
 * without the `sourceMappingURL` line; a stack trace into them points at the shipped
 * JavaScript, which is all there is to read.
 */
function withoutUnpublishedSources(): Plugin {
  const inlined = new RegExp(`/node_modules/(${INLINED.join('|')})/.*\\.js$`);
  return {
    name: 'without-unpublished-sources',
    enforce: 'pre',
    async load(id) {
      const file = id.split('?')[0]!;
      if (!inlined.test(file)) return null;
      return (await readFile(file, 'utf8')).replace(/^\/\/# sourceMappingURL=.*$/m, '');
    },
  };
}

export default defineConfig({
  plugins: [withoutUnpublishedSources()],
  test: {
    // End-to-end tests start the bundled action as a child process; give them room.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    server: {
      deps: {
        // GitHub's workflow parser imports its JSON schemas without import attributes, which
        // Node refuses; inlined, Vite loads them.
        inline: INLINED,
      },
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // The unit tests are pure and keep no state between files: sharing one module graph
          // in worker threads halves the loop (most of the time was spent importing).
          pool: 'threads',
          isolate: false,
        },
      },
      { extends: true, test: { name: 'scale', include: ['tests/scale/**/*.test.ts'] } },
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'] } },
    ],
  },
});
