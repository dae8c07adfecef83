import type { CycleDefinitionInput } from '../../src/index.js';

// The cycle the example service's tests run: one unit, its leadership collective, a member of
// it (driven from the opening to CLOSE) and a second member (held back by X-ORDER, ticked by the
// scheduler). Each person has a token.

export const TOKENS = {
  't-organizer': { personId: 'p/snv-officer' },
  't-superior': { personId: 'p/superior' },
  't-subject': { personId: 'p/nguyen-van-a' },
  't-head': { personId: 'p/head-stc' },
  't-appraiser': { personId: 'p/snv-appraiser' },
  't-authority': { personId: 'p/bcsd' },
  't-superior-b': { personId: 'p/superior-b' },
  't-stranger': { personId: 'p/nobody' },
};

export const A = 'stc/chuyen-vien-a';
export const B = 'stc/chuyen-vien-b';

export const DEFINITION: CycleDefinitionInput = {
  id: 'kon-tum-2024-http',
  year: 2024,
  profile: 'kon-tum-2024',
  organizer: 'so-noi-vu',
  issuer: 'bcsd-ubnd-tinh',
  organizerPersons: ['p/snv-officer'],
  units: [{ id: 'so-tai-chinh', name: 'Sở Tài chính' }],
  subjects: [
    {
      id: A,
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
    {
      id: 'stc/tap-the',
      name: 'Tập thể lãnh đạo Sở Tài chính',
      kind: 'collective',
      role: 'leadership',
      unitId: 'so-tai-chinh',
    },
    {
      id: B,
      name: 'Chuyên viên B',
      kind: 'individual',
      role: 'member',
      unitId: 'so-tai-chinh',
      memberOf: 'stc/tap-the',
      participants: { superior: ['p/superior-b'], authority: ['p/bcsd'] },
    },
  ],
};

export const ASSESSMENT = {
  id: A,
  kind: 'individual',
  role: 'member',
  year: 2024,
  criteria: { taskResults: 'EXCELLENT', politics: 'GOOD' },
  tasks: { total: 12, completed: 12, onTime: 12, exceeded: 4 },
};

export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: Record<string, unknown>;
}

/** One request to the service over real HTTP (fetch). */
export async function call(
  base: string,
  token: string | undefined,
  method: string,
  path: string,
  options: { body?: unknown; key?: string } = {},
): Promise<Answer> {
  const { body, key } = options;
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(key ? { 'idempotency-key': key } : {}),
      'content-type': 'application/json',
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  return {
    status: res.status,
    headers: res.headers,
    body: (await res.json()) as Record<string, unknown>,
  };
}
