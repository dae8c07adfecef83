import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

// The machine part of the bench still runs (tiny sizes, no timing asserts): issue 9 asks CI to
// prove it works and prints every review-machine row with its target, and the profile.

it('npm run bench -- --part machine runs on tiny sizes and prints the issue-9 machine rows and the profile', () => {
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'bench/run.ts',
      '--part',
      'machine',
      '--reviews',
      '12',
      '--saves',
      '24',
      '--passes',
      '2',
    ],
    { encoding: 'utf8' },
  );
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const out = run.stdout;
  expect(out).toMatch(
    /full review \(create \+ 14 events\) vs bare XState, same steps +[\d.]+× +≤ 5× +[✓✗]/,
  );
  expect(out).toMatch(
    /persist → JSON → restore vs bare round trip \(after 14 events\), as text: persistText → restoreText +[\d.]+× +≤ 10× +[✓✗]/,
  );
  expect(out).toMatch(
    /the same through the envelope object: persist → JSON.stringify → JSON.parse → restore +[\d.]+× +≤ 10× +[✓✗]/,
  );
  expect(
    out.match(/restore checking the context in full: no trusted seal\) +[\d.]+×/g),
  ).toHaveLength(2);
  expect(out).toMatch(/kiemdiem text round trip, after 14 ev +[\d,]+/);
  // the envelope row is measured, not timed: a review's envelope does not grow with TICKs
  expect(out).toMatch(
    /envelope after the review \+ 200 daily TICKs vs after the review +[\d.]+× \([\d,]+ → [\d,]+ B\) +≤ 1\.5× +✓/,
  );
  expect(out).toMatch(/profile: where one event's [\d.]+ µs go/);
  for (const part of ['audit entry', 'XState'])
    expect(out).toMatch(new RegExp(`[\\d.]+ µs +\\d+%  ${part}`));
  expect(out).toMatch(/hottest functions \(self time\): /);
}, 120_000);
