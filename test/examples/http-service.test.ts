import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, type Service } from '../../examples/http-service/service.js';
import type { CycleDefinitionInput } from '../../src/index.js';
import { typeErrors } from '../helpers/typecheck.js';

// The example service (issue 10, item 10), started for real on a free port and driven over HTTP
// through one review, from the cycle's opening to CLOSE, by the persons of each role.

const TOKENS = {
  't-organizer': { personId: 'p/snv-officer' },
  't-superior': { personId: 'p/superior' },
  't-subject': { personId: 'p/nguyen-van-a' },
  't-head': { personId: 'p/head-stc' },
  't-appraiser': { personId: 'p/snv-appraiser' },
  't-authority': { personId: 'p/bcsd' },
  't-stranger': { personId: 'p/nobody' },
};

const DEFINITION: CycleDefinitionInput = {
  id: 'kon-tum-2024-http',
  year: 2024,
  profile: 'kon-tum-2024',
  organizer: 'so-noi-vu',
  issuer: 'bcsd-ubnd-tinh',
  organizerPersons: ['p/snv-officer'],
  units: [{ id: 'so-tai-chinh', name: 'Sở Tài chính' }],
  subjects: [
    {
      id: 'stc/chuyen-vien-a',
      name: 'Chuyên viên A',
      kind: 'individual',
      role: 'member',
      unitId: 'so-tai-chinh',
      participants: {
        subject: ['p/nguyen-van-a'],
        superior: ['p/superior'],
        unitHead: ['p/head-stc'],
        appraiser: ['p/snv-appraiser'],
        authority: ['p/bcsd'],
      },
    },
  ],
};

const ASSESSMENT = {
  id: 'stc/chuyen-vien-a',
  kind: 'individual',
  role: 'member',
  year: 2024,
  criteria: { taskResults: 'EXCELLENT', politics: 'GOOD' },
  tasks: { total: 12, completed: 12, onTime: 12, exceeded: 4 },
};

let clock = '2024-10-24T08:00:00+07:00';
let service: Service;
let base = '';

beforeAll(async () => {
  service = createService({ definition: DEFINITION, tokens: TOKENS, now: () => clock });
  await new Promise<void>((resolve) => service.server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(service.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => service.server.close(resolve));
  service.run.stop();
});

async function call(token: string | undefined, method: string, path: string, body?: unknown) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      'content-type': 'application/json',
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const REVIEW = '/reviews/stc%2Fchuyen-vien-a';

async function tasks(token: string) {
  const r = await call(token, 'GET', '/tasks');
  expect(r.status).toBe(200);
  return (r.body.tasks as Array<{ subjectId: string; role: string; events: string[] }>).map((t) => [
    t.subjectId,
    t.role,
    t.events,
  ]);
}

describe('examples/http-service over HTTP', () => {
  it('drives one review from the opening of the cycle to CLOSE', async () => {
    expect(
      (await call('t-organizer', 'POST', '/cycle/events', { type: 'OPEN_CYCLE' })).status,
    ).toBe(200);
    expect(await tasks('t-superior')).toEqual([
      ['stc/chuyen-vien-a', 'superior', ['ISSUE_SUGGESTIONS']],
    ]);
    const steps: Array<[string, string, Record<string, unknown>, string]> = [
      [
        't-superior',
        '2024-11-01T09:00:00+07:00',
        { type: 'ISSUE_SUGGESTIONS', points: [] },
        'subject',
      ],
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
      [
        't-appraiser',
        '2024-11-13T09:00:00+07:00',
        { type: 'PROPOSE_LEVEL', assessment: ASSESSMENT },
        'authority',
      ],
      [
        't-authority',
        '2024-11-15T09:00:00+07:00',
        { type: 'DECIDE_LEVEL', level: 'GOOD' },
        'authority',
      ],
      ['t-authority', '2024-11-18T09:00:00+07:00', { type: 'PUBLISH' }, 'organizer'],
    ];
    for (const [token, at, event, next] of steps) {
      clock = at;
      const r = await call(token, 'POST', `${REVIEW}/events`, event);
      expect(r, `${event.type}`).toMatchObject({ status: 200, body: { ok: true } });
      // the person of the next role now has it in its list
      const nextToken = {
        subject: 't-subject',
        unitHead: 't-head',
        appraiser: 't-appraiser',
        authority: 't-authority',
        organizer: 't-organizer',
      }[next]!;
      expect((await tasks(nextToken)).map(([, role]) => role)).toContain(next);
    }
    const decided = await call('t-subject', 'GET', REVIEW);
    expect(decided).toMatchObject({
      status: 200,
      body: { subjectId: 'stc/chuyen-vien-a', level: 'GOOD' },
    });
    clock = '2024-11-26T09:00:00+07:00';
    expect(await call('t-organizer', 'POST', `${REVIEW}/events`, { type: 'CLOSE' })).toMatchObject({
      status: 200,
      body: { ok: true },
    });
    expect(await tasks('t-organizer')).toEqual([]);
    expect((await call('t-subject', 'GET', REVIEW)).body).toMatchObject({ stage: 'closed' });
  });

  it('refuses what a sender may not do, with a bilingual reason, and keeps serving', async () => {
    expect(await call(undefined, 'GET', '/tasks')).toMatchObject({
      status: 401,
      body: { error: { code: 'UNAUTHENTICATED' } },
    });
    expect(await call('forged', 'GET', '/tasks')).toMatchObject({ status: 401 });
    expect(await call('t-stranger', 'GET', REVIEW)).toMatchObject({
      status: 403,
      body: { error: { code: 'NOT_A_PARTICIPANT' } },
    });
    expect(
      await call('t-subject', 'POST', '/cycle/events', { type: 'COMPILE_SUMMARY' }),
    ).toMatchObject({ status: 403 });
    expect(await call('t-subject', 'POST', `${REVIEW}/events`, '{not json')).toMatchObject({
      status: 400,
      body: { error: { code: 'NOT_JSON' } },
    });
    const forged = await call('t-subject', 'POST', `${REVIEW}/events`, {
      type: 'RERATE',
      reason: 'x',
      by: { id: 'p/bcsd', roles: ['authority'] },
    });
    expect(forged).toMatchObject({ status: 400, body: { error: { code: 'BAD_BODY' } } });
    // the subject cannot re-rate itself: the review refuses it (its roles come from the definition)
    const refused = await call('t-subject', 'POST', `${REVIEW}/events`, {
      type: 'RERATE',
      reason: 'Tự xếp lại',
    });
    expect(refused).toMatchObject({
      status: 422,
      body: { ok: false, rejection: { code: 'FORBIDDEN' } },
    });
    const message = (refused.body.rejection as { message: { vi: string; en: string } }).message;
    expect(message.vi.length > 0 && message.en.length > 0).toBe(true);
    expect(await call('t-subject', 'POST', `${REVIEW}/events`, 'x'.repeat(70_000))).toMatchObject({
      status: 413,
    });
    expect(await call('t-subject', 'GET', '/reviews/none')).toMatchObject({ status: 404 });
    expect(await call('t-subject', 'GET', '/tasks')).toMatchObject({ status: 200 });
  });

  it('type-checks as a host would compile it (against the built package)', () => {
    expect(typeErrors(join(import.meta.dirname, '../../examples/http-service/main.ts'))).toEqual(
      [],
    );
  }, 60_000);
});
