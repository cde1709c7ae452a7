import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // End-to-end tests start the bundled action as a child process; give them room.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    server: {
      deps: {
        // GitHub's workflow parser imports its JSON schemas without import attributes, which
        // Node refuses; inlined, Vite loads them.
        inline: ['@actions/workflow-parser', '@actions/expressions'],
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
