import { describe, expect, it } from 'vitest';
import { konTumScript } from '../../src/demo/kon-tum/script.js';
import { createCycleService, MemoryStore, type Sender, StoreError } from '../../src/index.js';

const script = konTumScript();
const definition = script.definition;
const organizer: Sender = { id: definition.organizerPersons[0] as string, roles: ['organizer'] };

function cycleOn(store: MemoryStore, def = definition, at = script.clock.from) {
  return createCycleService<Sender>({
    store,
    definition: def,
    clock: () => at,
    authenticate: (by) => by,
  });
}

describe('createCycleService: a cycle on a store', () => {
  it('opens once: the same key again is DUPLICATE with the first outcome, and writes nothing', async () => {
    const store = new MemoryStore();
    const cycle = cycleOn(store);
    const first = await cycle.open(organizer, { idempotencyKey: 'open-1' });
    expect(first).toMatchObject({ ok: true, seq: 1 });
    expect(await store.subjects(null, 1000)).toHaveLength(definition.subjects.length);
    const stored = await store.loadCycle(cycle.cycleId);
    const again = await cycle.open(organizer, { idempotencyKey: 'open-1' });
    expect(again).toMatchObject({ ok: false, code: 'DUPLICATE', first: { ok: true, seq: 1 } });
    expect(await store.loadCycle(cycle.cycleId)).toEqual(stored);
    expect(await store.cycleLog(cycle.cycleId)).toMatchObject([{ seq: 1, type: 'OPEN_CYCLE' }]);
    // another key: the cycle is open already, refused and audited in its own chain
    const other = await cycle.open(organizer, { idempotencyKey: 'open-2' });
    expect(other.ok).toBe(false);
    expect(await store.cycleLog(cycle.cycleId)).toHaveLength(2);
  });

  it('checks X-ORDER against the stored index before a decision reaches the review', async () => {
    const store = new MemoryStore();
    const cycle = cycleOn(store);
    await cycle.open(organizer, { idempotencyKey: 'open' });
    const head = definition.subjects.find((s) => s.headOfUnitId !== undefined);
    if (!head) throw new Error('the seed has heads of units');
    const authority: Sender = {
      id: head.participants.authority?.[0] as string,
      roles: ['authority'],
    };
    const before = await store.load(head.id);
    const out = await cycle.send(
      head.id,
      authority,
      { type: 'DECIDE_LEVEL', level: 'GOOD' },
      {
        idempotencyKey: 'decide',
      },
    );
    expect(out).toMatchObject({ ok: false, code: 'ORDER' });
    expect(await store.log(head.id)).toEqual([]);
    expect((await store.load(head.id))?.envelope).toEqual(before?.envelope);
    expect(
      await cycle.send('nobody', authority, { type: 'PUBLISH' }, { idempotencyKey: 'k' }),
    ).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });

  it('a review event writes its review, not the cycle’s record; the index reads the entry from the review', async () => {
    const store = new MemoryStore();
    const cycle = cycleOn(store);
    await cycle.open(organizer, { idempotencyKey: 'open' });
    // the first step of the script that moves a review on
    const found = Object.entries(script.reviews).find(
      ([, steps]) => steps[0]?.expect === 'accepted',
    );
    if (!found) throw new Error('the seed has reviews');
    const [subjectId, steps] = found;
    const step = steps[0] as (typeof steps)[number];
    const subject = definition.subjects.find((s) => s.id === subjectId);
    const person = subject?.participants[step.as as keyof typeof subject.participants]?.[0];
    if (!subject || !person) throw new Error('the step names its sender');
    const by: Sender = {
      id: person,
      roles: [step.as],
      ...(step.as === 'subject' || step.as === 'unitHead' ? { unitId: subject.unitId } : {}),
    };
    const before = await store.loadCycle(cycle.cycleId);
    const stageBefore = (await cycle.index()).subjects.find((e) => e.id === subjectId)?.stage;
    const out = await cycle.send(
      subjectId,
      by,
      { ...step.event, at: step.at },
      { idempotencyKey: 's1' },
    );
    expect(out.ok).toBe(true);
    const stage = (await store.load(subjectId))?.envelope as {
      snapshot: { context: { stage: string } };
    };
    expect(stage.snapshot.context.stage).not.toBe(stageBefore);
    // the cycle's row is as it was: a province's record is not rewritten at every review event
    expect(await store.loadCycle(cycle.cycleId)).toEqual(before);
    // …and what the cycle says of the review is what the review's row says
    const entry = (await cycle.index()).subjects.find((e) => e.id === subjectId);
    expect(entry?.stage).toBe(stage.snapshot.context.stage);
    expect(cycle.lastIndex()?.subjects.find((e) => e.id === subjectId)?.stage).toBe(entry?.stage);
    // one entry reads one review: the same entry, without reading every row
    const loads: string[] = [];
    const load = store.load.bind(store);
    store.load = (id: string) => {
      loads.push(id);
      return load(id);
    };
    expect(await cycle.entry(subjectId)).toEqual(entry);
    expect(loads).toEqual([subjectId]);
    expect(await cycle.entry('nobody')).toBeUndefined();
    expect(loads).toEqual([subjectId]);
  });

  it('a cycle event that cannot be read is refused and audited, not thrown at the host', async () => {
    const store = new MemoryStore();
    const cycle = cycleOn(store);
    await cycle.open(organizer, { idempotencyKey: 'open' });
    const hostile = Object.defineProperty({}, 'type', {
      enumerable: true,
      get() {
        throw new Error('a getter that throws');
      },
    });
    const out = await cycle.sendCycle(organizer, hostile, { idempotencyKey: 'hostile' });
    expect(out.ok).toBe(false);
    expect(await store.cycleLog(cycle.cycleId)).toMatchObject([
      { type: 'OPEN_CYCLE' },
      { outcome: 'rejected' },
    ]);
  });

  it('refuses to open over another cycle’s reviews with the same subject ids (SUBJECT_TAKEN), creating none', async () => {
    const store = new MemoryStore();
    await cycleOn(store).open(organizer, { idempotencyKey: 'open' });
    const other = cycleOn(store, { ...definition, id: 'kon-tum-2024-bis' });
    const err = await other.open(organizer, { idempotencyKey: 'open' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('SUBJECT_TAKEN');
    expect((err as StoreError).text.en).toContain('another cycle (kon-tum-2024)');
    expect(await store.loadCycle('kon-tum-2024-bis')).toBeUndefined();
  });

  it('names the cycle when its stored record is corrupt (CORRUPT_ROW)', async () => {
    const store = new MemoryStore();
    const cycle = cycleOn(store);
    await cycle.open(organizer, { idempotencyKey: 'open' });
    const stored = await store.loadCycle(cycle.cycleId);
    const record = JSON.parse(JSON.stringify(stored?.record));
    record.envelope.snapshot.context.state = 'finalized';
    await store.saveCycle({
      cycleId: cycle.cycleId,
      expectedVersion: stored?.version ?? 0,
      record,
    });
    const fresh = cycleOn(store);
    const err = await fresh.index().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(err).toMatchObject({ code: 'CORRUPT_ROW', subjectId: 'kon-tum-2024' });
  });
});
