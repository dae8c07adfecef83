import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// What the install tests (test/install*.test.ts) share: the repository, npm, and how they call it.

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
export const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
export const NPM_FOUND = spawnSync(NPM, ['--version'], { encoding: 'utf8' }).status === 0;

/** npm quietly, from its cache where `npm ci` left every dependency. */
export const NPM_FLAGS = ['--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];

/** The version of a dev dependency, as package.json pins it (a host installs the same). */
export function devDependency(name: string): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  return pkg.devDependencies[name] ?? 'latest';
}

/** A strict consumer's tsconfig: strict, skipLibCheck off, node16 resolution (exports maps). */
export function strictTsconfig(files: readonly string[]): object {
  return {
    compilerOptions: {
      strict: true,
      skipLibCheck: false,
      module: 'node16',
      moduleResolution: 'node16',
      target: 'ES2022',
      lib: ['ES2022'],
      types: ['node'],
      outDir: 'out',
    },
    files,
  };
}
