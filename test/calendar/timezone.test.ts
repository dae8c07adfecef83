import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { digest } from './tz-digest.js';

// `npm run test:tz` runs this folder under TZ=UTC and TZ=America/Los_Angeles; this test also runs
// the same digest in child processes under zones far from UTC+7 and compares the answers.
const script = fileURLToPath(new URL('./tz-digest.ts', import.meta.url));

function digestUnder(tz: string): string {
  return execFileSync(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
}

describe('results do not depend on the machine time zone', () => {
  const here = digest();

  it('the digest is about the right things', () => {
    const parsed = JSON.parse(here) as { dues: number[][]; add: string; utcEvening: boolean };
    expect(parsed.dues[0]?.[0]).toBe(Date.UTC(2024, 10, 9, 17));
    expect(parsed.add).toBe('2026-02-27');
    expect(parsed.utcEvening).toBe(false);
  });

  for (const tz of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Ho_Chi_Minh']) {
    it(`same answers under TZ=${tz}`, () => {
      expect(digestUnder(tz)).toBe(here);
    });
  }
});
