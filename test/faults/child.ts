// A worker process of the fault and load runs: sends requests through the service, printing
// "ok <subjectId> <key> <seq>" after each one the store committed (stdout, synchronously, so a
// line printed is a commit that happened). Killed with SIGKILL at any moment by the parent.
import { writeSync } from 'node:fs';
import { makeService, testClock } from '../service/fixture.js';
import { openStore, requestOf, subjectIds } from './workload.js';

const [where = '', worker = 'w', countArg = '0', reviewsArg = '5', retryArg = '0'] =
  process.argv.slice(2);
const count = Number(countArg); // 0: until killed
const ids = subjectIds(Number(reviewsArg));
const retry = retryArg === '1';
const store = openStore(where, worker);
const time = testClock('2025-11-05T09:00:00+07:00');
const service = makeService(store, time.clock);

for (let n = 0; count === 0 || n < count; n++) {
  const subjectId = ids[(n * 7 + worker.length) % ids.length] ?? '';
  const r = requestOf(n, subjectId);
  time.set(r.at);
  const key = `${worker}-${n}`;
  const send = () => service.send(subjectId, { user: r.user }, r.body, { idempotencyKey: key });
  let out = await send();
  // a host retries a CONFLICT with the same key: applied once, whatever the races
  while (!out.ok && out.code === 'CONFLICT') out = await send();
  if (retry) {
    const again = await send();
    if (again.ok || again.code !== 'DUPLICATE') writeSync(1, `not-duplicate ${subjectId} ${key}\n`);
  }
  const seq = 'seq' in out ? out.seq : 'first' in out ? out.first.seq : null;
  writeSync(1, `ok ${subjectId} ${key} ${seq}\n`);
}
await store.close();
writeSync(1, 'done\n');
