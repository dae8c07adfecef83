// Rewrites the golden envelopes (and their audit logs) under test/fixtures/review/ from the
// scenarios. Run it only when a change of the snapshot or log shape is intended (and say so in
// CHANGELOG.md; bump the machine version with a migration when the snapshot shape changes):
//   node --import tsx test/machines/write-fixtures.ts
// The format-1 envelopes under test/fixtures/review/format1/ are frozen: they test the migration.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fixturePath, logPath, SCENARIOS, savedOf } from './scenarios.js';

for (const s of SCENARIOS) {
  const { envelope, log } = savedOf(s);
  const path = fixturePath(s.name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(envelope, null, 2)}\n`);
  writeFileSync(logPath(s.name), `${JSON.stringify(log, null, 2)}\n`);
  console.log(`wrote ${path} and its log`);
}
