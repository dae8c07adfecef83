import { defineConfig } from 'tsup';

// Config files are the one place a default export is required (tsup reads it).
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    external: ['xstate'],
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    external: ['xstate'],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
