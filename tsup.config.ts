import { defineConfig, type Options } from 'tsup';

/**
 * kiemdiem/testing reaches the library through src/testing/lib.ts, which imports `../index.js`:
 * in the build that import is `kiemdiem` itself (resolved by the host to the same package), so
 * the kit never bundles a second copy of the library.
 */
const selfReference: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'kiemdiem-self-reference',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, (args) =>
      /src[\\/]testing[\\/]lib\.ts$/.test(args.importer)
        ? { path: 'kiemdiem', external: true }
        : undefined,
    );
  },
};

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
    entry: { testing: 'src/testing/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    external: ['xstate', 'fast-check', 'kiemdiem'],
    esbuildPlugins: [selfReference],
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
