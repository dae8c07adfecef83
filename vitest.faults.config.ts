import { defineConfig } from 'vitest/config';

// Config files are the one place a default export is required (vitest reads it).
// The fault and load runs (npm run test:faults): child processes, SIGKILL, several writers.
export default defineConfig({
  test: {
    include: ['test/faults/**/*.faults.ts'],
    testTimeout: 600_000,
    fileParallelism: false,
  },
});
