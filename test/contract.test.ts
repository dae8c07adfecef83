import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { GOOD_MEMBER_2025 } from './helpers/builders.js';

// The public contract (CONTRACT.md) checked from outside, on the built package that `npm test`
// builds before vitest: the ESM and the CommonJS entry expose the promised names, and the JSON
// Schema ships. (`cycleMachine` and the civil-service rule sets come with later issues.)
const PROMISED = [
  'LEVELS',
  'levelLabel',
  'compareLevels',
  'classify',
  'AssessmentError',
  'ruleSets',
  'ruleSetFor',
  'checkResults',
  'holidays',
  'isWorkingDay',
  'addWorkingDays',
  'workingDaysBetween',
  'deadline',
  'deadlineStatus',
  'reviewMachine',
  'persist',
  'restore',
  'MemoryStore',
  'SqliteStore',
  'PostgresStore',
  'storeContract',
  'createReviewService',
  'createScheduler',
] as const;

const require = createRequire(import.meta.url);
// Paths in variables: the type check runs before the build, when dist/ may not exist yet.
const ESM_ENTRY = '../dist/index.js';
const CJS_ENTRY = '../dist/index.cjs';
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string;
  bin: Record<string, string>;
  engines: { node: string };
  peerDependencies: Record<string, string>;
  dependencies: Record<string, string>;
  sideEffects: boolean;
};

describe('the built package keeps the public contract', () => {
  it('declares the name, bin, engines, peer xstate and no side effects', () => {
    expect(pkg.name).toBe('kiemdiem');
    expect(Object.keys(pkg.bin)).toEqual(['kiemdiem']);
    expect(pkg.engines.node).toBe('>=20.19');
    expect(pkg.peerDependencies.xstate).toBe('~5.33.3');
    expect(pkg.dependencies.xstate).toBeUndefined();
    expect(pkg.sideEffects).toBe(false);
  });

  it('exports every promised name from the ESM and the CommonJS entry', async () => {
    const esm = (await import(ESM_ENTRY)) as Record<string, unknown>;
    const cjs = require(CJS_ENTRY) as Record<string, unknown>;
    for (const entry of [esm, cjs]) {
      expect(PROMISED.filter((name) => entry[name] === undefined)).toEqual([]);
    }
    const levelLabel = esm.levelLabel as (l: string, lang?: string) => string;
    expect(levelLabel('EXCELLENT')).toBe('Hoàn thành xuất sắc nhiệm vụ');
    expect(esm.LEVELS).toEqual(['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED']);
    expect(Object.keys(esm.ruleSets as object).sort()).toEqual([
      'nd233-2026',
      'nd335-2025',
      'nd90-2020',
      'qd124-2023',
      'qd366-2025',
    ]);
  });

  it('classifies the same through both entries', async () => {
    const esm = (await import(ESM_ENTRY)) as { classify: (a: unknown) => unknown };
    const cjs = require(CJS_ENTRY) as { classify: (a: unknown) => unknown };
    const a = GOOD_MEMBER_2025;
    expect(cjs.classify(a)).toEqual(esm.classify(a));
    expect((esm.classify(a) as { level: string }).level).toBe('GOOD');
  });

  it('ships the JSON Schema of the assessment, generated from the zod schema', () => {
    expect(existsSync('dist/assessment.schema.json')).toBe(true);
    const schema = JSON.parse(readFileSync('dist/assessment.schema.json', 'utf8')) as {
      properties: Record<string, unknown>;
      required: string[];
      additionalProperties: boolean;
    };
    // `tasks` is required by the rule sets that read it, not by the schema (rev 2: periods).
    expect(schema.required).toEqual(['id', 'kind', 'role', 'year']);
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([
        'discipline',
        'flags',
        'remediedFlags',
        'points',
        'unit',
        'employment',
        'periods',
        'tasks',
      ]),
    );
    expect(schema.additionalProperties).toBe(false);
  });
});
