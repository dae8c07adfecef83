import { describe, expect, it } from 'vitest';
import { syntheticScript } from '../../src/demo/synthetic.js';
import { createCycleService, MemoryStore, type Sender } from '../../src/index.js';

// A cycle service's `cacheSize` bounds the reviews it keeps running (issue 11): a cycle's steps
// sweep all its subjects, and a cache smaller than the sweep restores a row on every send of it
// (`kiemdiem demo --store` passes the cycle's size). `service.snapshot` gives the running
// actor's snapshot object only while the actor is cached.

const script = syntheticScript({
  profile: 'generic-qd366',
  year: 2026,
  collectives: 92,
  individuals: 920,
  ticks: 'none',
});
const definition = script.definition;
const subjects = new Map(definition.subjects.map((s) => [s.id, s]));
const organizer: Sender = { id: definition.organizerPersons[0] as string, roles: ['organizer'] };

/** Every subject's first step, with its sender (the player's: the role's first person). */
const plan = Object.entries(script.reviews).flatMap(([id, steps]) => {
  const step = steps[0];
  const subject = subjects.get(id);
  const person = step ? subject?.participants[step.as]?.[0] : undefined;
  if (!step || !subject || person === undefined || step.as === 'organizer') return [];
  const scoped = step.as === 'subject' || step.as === 'unitHead';
  const by: Sender = {
    id: person,
    roles: [step.as],
    ...(scoped ? { unitId: subject.unitId } : {}),
  };
  return [{ id, by, step }];
});

/** Opens the cycle on a fresh store, then sends every planned step, in order. */
async function sweep(cacheSize?: number) {
  let now = script.clock.from;
  const cycle = createCycleService<Sender>({
    store: new MemoryStore(),
    definition,
    clock: () => now,
    authenticate: (by) => by,
    ...(cacheSize === undefined ? {} : { cacheSize }),
  });
  expect(await cycle.open(organizer, { idempotencyKey: 'open' })).toMatchObject({ ok: true });
  for (const { id, by, step } of plan) {
    now = step.at;
    const out = await cycle.send(id, by, step.event, { idempotencyKey: `${id}/0` });
    expect(out, id).toMatchObject({ ok: true });
  }
  return cycle;
}

const first = plan[0]?.id as string;
const last = plan.at(-1)?.id as string;

describe("a cycle service's cacheSize", () => {
  it('as large as the sweep keeps every review warm, beyond the default of 1,000', async () => {
    expect(plan.length).toBeGreaterThan(1000);
    const cycle = await sweep(plan.length);
    const snapshot = await cycle.service.snapshot(first);
    expect(snapshot?.context.subject.id).toBe(first);
    expect(await cycle.service.snapshot(first)).toBe(snapshot); // the cached actor's, no restore
  }, 60_000);

  it('one smaller than the sweep restores the first subject again', async () => {
    const cycle = await sweep(plan.length - 1);
    const snapshot = await cycle.service.snapshot(first);
    expect(snapshot?.context.subject.id).toBe(first);
    expect(await cycle.service.snapshot(first)).not.toBe(snapshot);
    expect(await cycle.service.snapshot(last)).toBe(await cycle.service.snapshot(last));
  }, 60_000);
});
