import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, type Service } from '../../examples/http-service/service.js';
import { type AuditEntry, SqliteStore } from '../../src/index.js';
import { A, type Answer, ASSESSMENT, B, call, DEFINITION, TOKENS } from './http-fixture.js';

// The example service (issue 11 item 5) on a real SQLite file, started on a free port and driven
// over real HTTP: one review from the cycle's opening to CLOSE, requests retried with their
// Idempotency-Key, refusals with their statuses, a restart on the same file, the scheduler.

const dir = mkdtempSync(join(tmpdir(), 'kiemdiem-http-'));
const path = join(dir, 'kiemdiem.db');
const logs: string[] = [];
let clock = '2024-10-24T08:00:00+07:00';
let service: Service;
let base = '';

async function start(tickEveryMs = 3_600_000): Promise<void> {
  service = createService({
    definition: DEFINITION,
    tokens: TOKENS,
    store: new SqliteStore({ path }),
    now: () => clock,
    log: (line) => logs.push(line),
  });
  const port = await service.start({ port: 0, host: '127.0.0.1', tickEveryMs });
  base = `http://127.0.0.1:${port}`;
}

beforeAll(() => start());
afterAll(async () => {
  await service.close();
  rmSync(dir, { recursive: true, force: true });
});

const REVIEW = `/reviews/${encodeURIComponent(A)}`;
const http = (token: string | undefined, method: string, url: string, o?: object) =>
  call(base, token, method, url, o);
const send = (token: string, event: object, key: string) =>
  http(token, 'POST', `${REVIEW}/events`, { body: event, key });
const entries = async (id = A) => (await service.store.log(id)) as AuditEntry[];

async function tasks(token: string) {
  const r = await http(token, 'GET', '/tasks');
  expect(r.status).toBe(200);
  return (r.body.tasks as Array<{ subjectId: string; role: string; events: string[] }>).map((t) => [
    t.subjectId,
    t.role,
    t.events,
  ]);
}

/** A replay: the first answer's status and body, marked DUPLICATE. */
function expectReplay(again: Answer, first: Answer): void {
  expect(again.status).toBe(first.status);
  expect(again.headers.get('idempotent-replayed')).toBe('true');
  const { replayed, ...body } = again.body as { replayed: { code: string; message: object } };
  expect(body).toEqual(first.body);
  expect(replayed).toMatchObject({ code: 'DUPLICATE', message: { vi: expect.any(String) } });
}

describe('examples/http-service on SQLite, over HTTP', () => {
  it('opens the cycle once: OPEN_CYCLE retried with its key answers the first outcome', async () => {
    const open = { body: { type: 'OPEN_CYCLE' }, key: 'open-1' };
    const first = await http('t-organizer', 'POST', '/cycle/events', open);
    expect(first).toMatchObject({ status: 200, body: { ok: true, seq: 1 } });
    expectReplay(await http('t-organizer', 'POST', '/cycle/events', open), first);
    expect(await service.store.cycleLog(service.cycle.cycleId)).toHaveLength(1);
    expect(await tasks('t-superior')).toEqual([[A, 'superior', ['ISSUE_SUGGESTIONS']]]);
    expect(await tasks('t-superior-b')).toEqual([[B, 'superior', ['ISSUE_SUGGESTIONS']]]);
  });

  it('applies a retried event once, at the service clock, with the sender of the token', async () => {
    clock = '2024-11-01T09:00:00+07:00';
    const first = await send('t-superior', { type: 'ISSUE_SUGGESTIONS', points: [] }, 'a-1');
    expect(first).toMatchObject({ status: 200, body: { ok: true, stage: 'selfReview' } });
    const version = first.body.version;
    clock = '2024-11-01T09:05:00+07:00';
    expectReplay(await send('t-superior', { type: 'ISSUE_SUGGESTIONS', points: [] }, 'a-1'), first);
    // the key names the request: another body under it is not applied either
    expectReplay(
      await send('t-superior', { type: 'RETURN_EXPLANATION', reason: 'x' }, 'a-1'),
      first,
    );
    expect((await http('t-subject', 'GET', REVIEW)).body).toMatchObject({ version });
    const log = await entries();
    expect(log.map((e) => [e.type, Date.parse(e.at ?? ''), e.by?.id])).toEqual([
      ['ISSUE_SUGGESTIONS', Date.parse('2024-11-01T09:00:00+07:00'), 'p/superior'],
    ]);
    // a client that sends its own instant or sender is told so, and nothing is recorded
    const stamped = await send('t-subject', { type: 'SUBMIT_SELF_REVIEW', at: clock }, 'a-x');
    expect(stamped).toMatchObject({ status: 400, body: { error: { code: 'BAD_BODY' } } });
    const forged = { type: 'RERATE', reason: 'x', by: { id: 'p/bcsd', roles: ['authority'] } };
    expect((await send('t-subject', forged, 'a-y')).status).toBe(400);
    expect(await entries()).toHaveLength(1);
    const steps: Array<[string, string, object, string]> = [
      [
        't-subject',
        '2024-11-04T09:00:00+07:00',
        { type: 'SUBMIT_SELF_REVIEW', proposedLevel: 'GOOD' },
        'unitHead',
      ],
      [
        't-head',
        '2024-11-11T09:00:00+07:00',
        { type: 'RECORD_MEETING', heldOn: '2024-11-11' },
        'appraiser',
      ],
    ];
    for (const [token, at, event, next] of steps) {
      clock = at;
      expect(await send(token, event, `a-${at}`)).toMatchObject({
        status: 200,
        body: { ok: true },
      });
      const nextToken = next === 'unitHead' ? 't-head' : 't-appraiser';
      expect((await tasks(nextToken)).map(([, role]) => role)).toContain(next);
    }
  });

  it('answers each refusal with its status and a bilingual reason, and keeps serving', async () => {
    const before = (await entries()).length;
    const problem = (status: number, code: string) => ({
      status,
      body: {
        ok: false,
        error: { code, message: { vi: expect.any(String), en: expect.any(String) } },
      },
    });
    expect(await http(undefined, 'GET', '/tasks')).toMatchObject(problem(401, 'UNAUTHENTICATED'));
    expect(await http('forged', 'GET', REVIEW)).toMatchObject(problem(401, 'UNAUTHENTICATED'));
    const wrong = await call(base, 'forged', 'POST', `${REVIEW}/events`, {
      body: { type: 'RERATE', reason: 'x' },
      key: 'w-1',
    });
    expect(wrong).toMatchObject(problem(401, 'UNAUTHENTICATED'));
    const noKey = await http('t-appraiser', 'POST', `${REVIEW}/events`, {
      body: { type: 'PROPOSE_LEVEL', assessment: ASSESSMENT },
    });
    expect(noKey).toMatchObject(problem(400, 'IDEMPOTENCY_KEY_MISSING'));
    expect(
      await send('t-appraiser', { type: 'PROPOSE_LEVEL', assessment: ASSESSMENT }, 'k'.repeat(201)),
    ).toMatchObject(problem(400, 'BAD_REQUEST'));
    expect(await http('t-stranger', 'GET', REVIEW)).toMatchObject(
      problem(403, 'NOT_A_PARTICIPANT'),
    );
    expect(
      await http('t-subject', 'POST', '/cycle/events', {
        body: { type: 'COMPILE_SUMMARY' },
        key: 'c-1',
      }),
    ).toMatchObject(problem(403, 'NOT_IN_CYCLE'));
    expect(await entries()).toHaveLength(before); // none of these reached the review
    // the review's own checks: the subject may not re-rate itself (audited as rejected)
    const rerate = await send('t-subject', { type: 'RERATE', reason: 'Tự xếp lại' }, 'r-1');
    expect(rerate).toMatchObject({
      ...problem(403, 'FORBIDDEN'),
      body: { subjectId: A, seq: before + 1 },
    });
    expect((await entries()).at(-1)).toMatchObject({
      type: 'RERATE',
      outcome: 'rejected',
      code: 'FORBIDDEN',
    });
    const invalid = await send('t-appraiser', { type: 'PROPOSE_LEVEL', assessment: {} }, 'p-0');
    expect(invalid).toMatchObject(problem(400, 'INVALID_PAYLOAD'));
    expect((invalid.body.error as { issues: unknown[] }).issues.length).toBeGreaterThan(0);
    expect(
      await send('t-superior', { type: 'ISSUE_SUGGESTIONS', points: [] }, 's-2'),
    ).toMatchObject(problem(422, 'NOT_ALLOWED_IN_STATE'));
    // X-ORDER: B is a member of the collective, whose decision comes first; B is not touched
    const early = { body: { type: 'DECIDE_LEVEL', level: 'GOOD' }, key: 'b-1' };
    const order = await http(
      't-authority',
      'POST',
      `/reviews/${encodeURIComponent(B)}/events`,
      early,
    );
    expect(order).toMatchObject(problem(409, 'ORDER'));
    expect(await entries(B)).toEqual([]);
    expect(
      await http('t-subject', 'POST', `${REVIEW}/events`, { body: '{not json', key: 'j' }),
    ).toMatchObject(problem(400, 'NOT_JSON'));
    expect(
      await http('t-subject', 'POST', `${REVIEW}/events`, { body: 'x'.repeat(70_000), key: 'l' }),
    ).toMatchObject(problem(413, 'TOO_LARGE'));
    expect(await http('t-subject', 'GET', '/reviews/none')).toMatchObject(
      problem(404, 'NO_SUBJECT'),
    );
    expect(await http('t-subject', 'GET', '/nowhere')).toMatchObject(problem(404, 'NO_ROUTE'));
    expect((await http('t-subject', 'GET', '/tasks')).status).toBe(200);
    expect(logs).toEqual([]);
  });

  it('started again on the same file, goes on where it was; keys still answer their first outcome', async () => {
    const before = await http('t-subject', 'GET', REVIEW);
    const log = await entries();
    await service.close();
    await start();
    expect(await http('t-subject', 'GET', REVIEW)).toMatchObject({
      status: 200,
      body: before.body,
    });
    expect(await entries()).toEqual(log);
    const again = await send('t-superior', { type: 'ISSUE_SUGGESTIONS', points: [] }, 'a-1');
    expect(again).toMatchObject({ status: 200, body: { seq: 1, replayed: { code: 'DUPLICATE' } } });
    const steps: Array<[string, string, object]> = [
      [
        't-appraiser',
        '2024-11-13T09:00:00+07:00',
        { type: 'PROPOSE_LEVEL', assessment: ASSESSMENT },
      ],
      ['t-authority', '2024-11-15T09:00:00+07:00', { type: 'DECIDE_LEVEL', level: 'GOOD' }],
      ['t-authority', '2024-11-18T09:00:00+07:00', { type: 'PUBLISH' }],
      ['t-organizer', '2024-11-26T09:00:00+07:00', { type: 'CLOSE' }],
    ];
    for (const [token, at, event] of steps) {
      clock = at;
      const r = await send(token, event, `a-${at}`);
      expect(r, JSON.stringify(r.body)).toMatchObject({
        status: 200,
        body: { ok: true },
      });
    }
    expect((await http('t-subject', 'GET', REVIEW)).body).toMatchObject({
      stage: 'closed',
      level: 'GOOD',
    });
    expect(await tasks('t-organizer')).toEqual([]);
    // each event is in the chain once, and the stored review restores with its seal checked
    expect((await entries()).filter((e) => e.outcome !== 'rejected').map((e) => e.type)).toEqual([
      'ISSUE_SUGGESTIONS',
      'SUBMIT_SELF_REVIEW',
      'RECORD_MEETING',
      'PROPOSE_LEVEL',
      'DECIDE_LEVEL',
      'PUBLISH',
      'CLOSE',
    ]);
    expect((await service.cycle.service.snapshot(A))?.context.stage).toBe('closed');
  });

  it('ticks, on its interval, a review whose deadline turned while the process was down', async () => {
    const due = (await service.store.load(B))?.nextDueAt;
    expect(due).toBeTypeOf('string');
    expect(Date.parse(clock)).toBeGreaterThan(Date.parse(due as string));
    await service.close();
    await start(20);
    for (let i = 0; i < 250 && (await entries(B)).length === 0; i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await entries(B)).map((e) => [e.type, e.by?.id, Date.parse(e.at ?? '')])).toEqual([
      ['TICK', 'kiemdiem/scheduler', Date.parse(clock)],
    ]);
    const box = await service.store.outbox(0, 100);
    expect(box.filter((m) => m.subjectId === B).map((m) => m.kind)).toContain('deadline.missed');
    const r = await http('t-superior-b', 'GET', '/tasks');
    expect(r.body.tasks).toMatchObject([{ subjectId: B, deadline: { status: 'overdue' } }]);
    expect(logs).toEqual([]);
  });
});
