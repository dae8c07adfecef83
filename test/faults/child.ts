// A worker process of the fault and load runs: sends requests through the service, printing
// "ok <subjectId> <key> <seq>" after each one the store committed (stdout, synchronously, so a
// line printed is a commit that happened). Killed with SIGKILL at any moment by the parent.
// The benchmark (bench/store.ts) passes `linesEvery` > 1: the lines are then written in groups of
// that many (and the rest at the end), so that a pipe write and a wake-up of the parent per send —
// the harness's bookkeeping, not the service's work — are not counted in its sends/s. The fault
// runs keep 1: a kill must find every commit reported.
import { writeSync } from 'node:fs';
import { makeService, testClock } from '../service/fixture.js';
import { openStore, requestOf, subjectIds, warmIds } from './workload.js';

const [
  where = '',
  worker = 'w',
  countArg = '0',
  reviewsArg = '5',
  retryArg = '0',
  linesEveryArg = '1',
  warmArg = '0',
] = process.argv.slice(2);
const count = Number(countArg); // 0: until killed
const ids = subjectIds(Number(reviewsArg));
const retry = retryArg === '1';
const linesEvery = Math.max(1, Number(linesEveryArg));
let pending = '';
let held = 0;
function report(line: string): void {
  pending += line;
  if (++held < linesEvery) return;
  writeSync(1, pending);
  pending = '';
  held = 0;
}
const store = openStore(where, worker);
const time = testClock('2025-11-05T09:00:00+07:00');
const service = makeService(store, time.clock);

// `warm` > 0 (the benchmark): first that many sends of the same workload to reviews of its own
// (`warmIds`, seeded by the parent), reported as the others are, so that the process's JIT is
// warm when it starts on the measured reviews, which then go through their whole workflow.
const warm = Number(warmArg);
const warmReviews = warmIds(Number(reviewsArg));
for (let n = 0; n < warm; n++) {
  const subjectId = warmReviews[(n * 7 + worker.length) % warmReviews.length] ?? '';
  const r = requestOf(n, subjectId);
  time.set(r.at);
  const key = `${worker}-warm-${n}`;
  let out = await service.send(subjectId, { user: r.user }, r.body, { idempotencyKey: key });
  while (!out.ok && out.code === 'CONFLICT')
    out = await service.send(subjectId, { user: r.user }, r.body, { idempotencyKey: key });
  report(`ok ${subjectId} ${key} ${'seq' in out ? out.seq : null}\n`);
}
time.set('2025-11-05T09:00:00+07:00');

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
    if (again.ok || again.code !== 'DUPLICATE') report(`not-duplicate ${subjectId} ${key}\n`);
  }
  const seq = 'seq' in out ? out.seq : 'first' in out ? out.first.seq : null;
  report(`ok ${subjectId} ${key} ${seq}\n`);
}
await store.close();
writeSync(1, `${pending}done\n`);
