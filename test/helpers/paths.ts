import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is test/helpers/paths.ts). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The vendored rules catalogue. */
export const vendoredRulesMd = path.join(repoRoot, 'spec/RULES.md');

/** The shared spec the vendored copy must equal, when the shared tree is present. */
export const sharedRulesMd = path.resolve(repoRoot, '../shared/spec/RULES.md');
