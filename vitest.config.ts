import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
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
  },
});
