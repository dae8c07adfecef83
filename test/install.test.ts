import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOOD_MEMBER_2025 } from './helpers/builders.js';
import {
  devDependency,
  NPM,
  NPM_FLAGS,
  NPM_FOUND,
  ROOT,
  strictTsconfig,
  TSC,
} from './helpers/install.js';

// The package installed as a user installs it (README, "Install"): `npm pack` of the build that
// `npm test` made before vitest (scripts ignored, so `prepare` does not build a second time), the
// tarball installed into a fresh project with its peer xstate, then an ESM, a CommonJS and a
// strict TypeScript consumer (skipLibCheck: false, module node16) run against it. npm installs
// from its cache (`--prefer-offline`), where `npm ci` left every dependency.

if (!NPM_FOUND) {
  console.warn(
    'test/install.test.ts: không tìm thấy npm, bỏ qua kiểm thử cài đặt / npm not found, the install test is SKIPPED',
  );
}

/** Runtime dependencies measured apart (the budget is for everything else). */
const BUDGET_EXCEPT = new Set(['kiemdiem', 'zod', 'luxon', 'xstate', '@types/node']);
const BUDGET_BYTES = 5 * 1024 * 1024;

const ASSESSMENT = GOOD_MEMBER_2025;

const ESM_CONSUMER = `import { classify } from 'kiemdiem';
console.log(classify(${JSON.stringify(ASSESSMENT)}).level);
`;

const CJS_CONSUMER = `const { classify, levelLabel } = require('kiemdiem');
const { level } = classify(${JSON.stringify(ASSESSMENT)});
console.log(level, levelLabel(level, 'en'));
`;

const TS_CONSUMER = `import {
  type Classification,
  classify,
  createReviewActor,
  deadline,
  type Level,
  type ReviewInputInput,
  type ReviewTask,
  reviewTask,
} from 'kiemdiem';

const result: Classification = classify(${JSON.stringify(ASSESSMENT)});
const level: Level | null = result.level;
const rules: string[] = result.reasons.map((r) => r.rule);

const due = deadline({ date: '2025-12-15', reading: 'by' });
const dueIso: string | null = due.toISO();
function typeOnly(): void {
  // @ts-expect-error a luxon DateTime, not \`any\`: an unknown method is an error
  due.notALuxonMethod();
}

const input: ReviewInputInput = {
  subject: { id: 'nguyen-van-a', kind: 'individual', role: 'member', unitId: 'so-tai-chinh' },
  cycle: { year: 2025, openedAt: '2025-11-03T08:00:00+07:00' },
};
const actor = createReviewActor(input);
actor.start();
actor.send({
  type: 'SUBMIT_SELF_REVIEW',
  by: { id: 'nguyen-van-a', roles: ['subject'] },
  at: '2025-11-05T09:00:00+07:00',
  proposedLevel: 'GOOD',
});
const task: ReviewTask = reviewTask(actor.getSnapshot());
actor.stop();
console.log(JSON.stringify({ level, rules: rules.length > 0, dueIso, stage: task.stage }));
`;

const TSCONFIG = strictTsconfig(['consumer.ts']);

/** Bytes of a folder, files only (what `du --apparent-size` would count). */
function bytesOf(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + bytesOf(join(path, name)), 0);
}

/** The installed packages of node_modules, scoped ones as `@scope/name`. */
function installedPackages(modules: string): string[] {
  return readdirSync(modules)
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) =>
      name.startsWith('@')
        ? readdirSync(join(modules, name)).map((sub) => `${name}/${sub}`)
        : [name],
    );
}

describe.skipIf(!NPM_FOUND)('the packed package, installed into a fresh project', () => {
  let dir = '';
  let app = '';
  let packedFiles: string[] = [];
  const run = (file: string): string =>
    execFileSync(process.execPath, [file], { cwd: app, encoding: 'utf8' }).trim();

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kiemdiem-install-'));
    app = join(dir, 'app');
    mkdirSync(app);
    const packed = JSON.parse(
      execFileSync(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
        cwd: ROOT,
        encoding: 'utf8',
      }),
    ) as { filename: string; files: { path: string }[] }[];
    const tarball = join(dir, packed[0]?.filename ?? 'missing.tgz');
    packedFiles = packed[0]?.files.map((f) => f.path) ?? [];
    const manifest = { name: 'consumer', version: '1.0.0', private: true, type: 'module' };
    writeFileSync(join(app, 'package.json'), JSON.stringify(manifest));
    writeFileSync(join(app, 'esm.mjs'), ESM_CONSUMER);
    writeFileSync(join(app, 'cjs.cjs'), CJS_CONSUMER);
    writeFileSync(join(app, 'consumer.ts'), TS_CONSUMER);
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));
    // A Node host's usual types: xstate's and zod's declarations name AbortSignal and URL.
    const types = `@types/node@${devDependency('@types/node')}`;
    execFileSync(NPM, ['install', ...NPM_FLAGS, tarball, 'xstate@5.33.3', types], {
      cwd: app,
      encoding: 'utf8',
    });
  }, 120_000);

  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('ships the build, the docs, the licence and no sources', () => {
    expect(packedFiles).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'README.md',
        'CHANGELOG.md',
        'dist/index.js',
        'dist/index.cjs',
        'dist/index.d.ts',
        'dist/index.d.cts',
        'dist/cli.js',
        'dist/assessment.schema.json',
        'docs/deadlines.md',
        'docs/machines.md',
      ]),
    );
    expect(packedFiles.filter((f) => /^(src|test|scripts|machines)\//.test(f))).toEqual([]);
  });

  it('works from ESM: import { classify } from "kiemdiem"', () => {
    expect(run('esm.mjs')).toBe('GOOD');
  });

  it("works from CommonJS: require('kiemdiem')", () => {
    expect(run('cjs.cjs')).toBe('GOOD Well completed duties');
  });

  it('compiles under strict TypeScript (skipLibCheck: false, node16) and runs', () => {
    const tsc = spawnSync(process.execPath, [TSC, '-p', app], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
    expect(JSON.parse(run(join('out', 'consumer.js')))).toEqual({
      level: 'GOOD',
      rules: true,
      dueIso: '2025-12-16T00:00:00.000+07:00',
      stage: 'meeting',
    });
  }, 60_000);

  it('keeps the runtime dependencies other than zod and luxon (and the peer) under 5 MB', () => {
    const modules = join(app, 'node_modules');
    const others = installedPackages(modules).filter((name) => !BUDGET_EXCEPT.has(name));
    const bytes = others.reduce((sum, name) => sum + bytesOf(join(modules, name)), 0);
    expect(others).not.toContain('date-holidays');
    expect(bytes, others.join(', ')).toBeLessThan(BUDGET_BYTES);
  });
});
