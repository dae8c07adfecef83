import { defineConfig } from 'vitest/config';

// Config files are the one place a default export is required (vitest reads it).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
