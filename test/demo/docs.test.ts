import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CycleDefinitionSchema, createCycle } from '../../src/index.js';

const guide = readFileSync(new URL('../../docs/cycle.md', import.meta.url), 'utf8');

describe('docs/cycle.md', () => {
  it('shows a cycle definition that is valid and opens a cycle', () => {
    const block = /```jsonc\n([\s\S]*?)```/.exec(guide)?.[1];
    expect(block).toBeDefined();
    // The block's comments are `// …` after a value; none sits inside a string.
    const json = JSON.parse((block ?? '').replace(/\s\/\/ [^\n]*/g, ''));
    const parsed = CycleDefinitionSchema.safeParse(json);
    expect(parsed.success ? 'valid' : parsed.error.issues).toBe('valid');
    const run = createCycle(json);
    const opened = run.open('2024-10-23T08:00:00+07:00', {
      id: 'so-noi-vu.phong-cong-chuc-vien-chuc',
      roles: ['organizer'],
    });
    expect(opened.ok).toBe(true);
    expect(run.index().subjects.map((s) => s.stage)).toEqual(['preparing', 'preparing']);
  });

  it('names only functions the package exports', async () => {
    const root = await import('../../src/index.js');
    for (const name of [
      'createCycle',
      'restoreCycle',
      'memoryReviews',
      'tasksFor',
      'verifyChain',
      'writeReports',
      'writeJsonl',
      'getProfile',
      'loadProfile',
      'toResultRows',
    ])
      expect([name, typeof (root as Record<string, unknown>)[name]]).toEqual([name, 'function']);
  });
});
