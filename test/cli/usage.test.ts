import { expect, it } from 'vitest';
import { run } from './fake-io.js';

it('lists the classify, rules and check commands in the usage text', async () => {
  const r = await run(['--help']);
  expect(r.code).toBe(0);
  for (const line of [
    'kiemdiem classify FILE|-',
    'kiemdiem rules [--rule-set ID]',
    'kiemdiem check FILE|-',
  ]) {
    expect(r.stderr).toContain(line);
  }
});

it('exits 2 with the usage text on an unknown command', async () => {
  const r = await run(['classfy', 'x.json']);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('kiemdiem check FILE|-');
});
