// Rewrites the golden envelopes under test/fixtures/review/ from the scenarios. Run it only when a
// change of the snapshot shape is intended (and bump the machine version with a migration):
//   node --import tsx test/machines/write-fixtures.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { envelopeOf, fixturePath, SCENARIOS } from './scenarios.js';

for (const s of SCENARIOS) {
  const path = fixturePath(s.name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(envelopeOf(s), null, 2)}\n`);
  console.log(`wrote ${path}`);
}
