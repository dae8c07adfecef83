// Writes every generated document (src/docs/targets.ts). Run: npm run docs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { docTargets } from '../src/docs/targets.js';

const root = resolve(import.meta.dirname, '..');
for (const { path, render } of docTargets) {
  const file = resolve(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, render());
  console.log(`wrote ${path}`);
}
