import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The built package in a folder whose node_modules has its dependencies but neither database
// driver: opening a store must say, in both languages, what to install. (`npm test` builds dist/
// before the tests; run alone without a build, this file is skipped.)
const built = existsSync('dist/index.js');
const dir = mkdtempSync(join(tmpdir(), 'kd-driver-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!built)('a store whose driver is not installed', () => {
  it('is DRIVER_MISSING, in Vietnamese and English, with the install command; nothing else breaks', () => {
    const app = join(dir, 'app');
    mkdirSync(join(app, 'node_modules'), { recursive: true });
    for (const dep of ['xstate', 'zod', 'luxon'])
      symlinkSync(resolve('node_modules', dep), join(app, 'node_modules', dep), 'dir');
    copyFileSync('dist/index.js', join(app, 'kiemdiem.js'));
    writeFileSync(join(app, 'package.json'), '{"type":"module"}');
    writeFileSync(
      join(app, 'main.js'),
      `import { SqliteStore, PostgresStore, classify } from './kiemdiem.js';
       const out = [];
       for (const s of [new SqliteStore({ path: 'x.db' }), new PostgresStore()])
         await s.init().catch((e) => out.push({ code: e.code, vi: e.text.vi, en: e.text.en }));
       out.push(typeof classify);
       console.log(JSON.stringify(out));`,
    );
    const out = JSON.parse(
      execFileSync(process.execPath, ['main.js'], { cwd: app, encoding: 'utf8' }),
    );
    expect(out).toEqual([
      {
        code: 'DRIVER_MISSING',
        vi: 'Cần cài better-sqlite3 12 để dùng kho này (npm install better-sqlite3@12).',
        en: 'This store needs better-sqlite3 12 (npm install better-sqlite3@12).',
      },
      {
        code: 'DRIVER_MISSING',
        vi: 'Cần cài pg 8 để dùng kho này (npm install pg@8).',
        en: 'This store needs pg 8 (npm install pg@8).',
      },
      'function',
    ]);
  });
});
