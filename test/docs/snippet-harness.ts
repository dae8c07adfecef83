import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { workbook } from '../import/fixture.js';

// What a host brings to the docs' snippets when they run (test/docs/snippets-run.test.ts): for a
// snippet, keyed `file#n` (its n-th ```ts block), the names it declares and real minimal values
// for them (`prelude`, code run before the snippet in its own module), the files it reads
// (`setup`, written into its working directory first) and what it must have done (`after`, code
// run after it in the same module, so it sees the snippet's own bindings; `claim(what, actual,
// expected)` throws when they differ). A snippet that declares nothing and claims nothing needs
// no entry. Values are real: a review input the machine accepts, a WHATWG `Request`, a Node
// `IncomingMessage`, a SQLite file in a temporary folder, an audit log in an array.

export interface Harness {
  /** The names the snippet declares, sorted: a snippet whose declarations change fails. */
  readonly declares: readonly string[];
  readonly prelude?: string;
  readonly after?: string;
  readonly setup?: (dir: string) => Promise<void>;
}

/** Code every running snippet gets first: the package as `kd` and `claim`. */
export const COMMON_PRELUDE = `import * as kd from 'kiemdiem';
function canon(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canon);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canon((value as Record<string, unknown>)[k])]));
}
function claim(what: string, actual: unknown, expected: unknown): void {
  const a = JSON.stringify(canon(actual));
  const e = JSON.stringify(canon(expected));
  if (a !== e) throw new Error(\`\${what}: the doc says \${e}, the snippet gave \${a}\`);
}
`;

/** A review that accepts a self-review now: opened an hour ago (the service's clock is real). */
const REVIEW_INPUT = `const harnessReviewInput: kd.ReviewInputInput = {
  subject: { id: 'nguyen-van-a', kind: 'individual', role: 'member', unitId: 'so-tai-chinh' },
  cycle: { year: new Date().getFullYear(), openedAt: new Date(Date.now() - 3_600_000).toISOString() },
};
const harnessSubject: kd.Sender = { id: 'nguyen-van-a', roles: ['subject'] };
`;

/** A fixed review for the machine snippets (their events carry their own instants). */
const REVIEW_INPUT_2025 = `const input: kd.ReviewInputInput = {
  subject: { id: 'nguyen-van-a', kind: 'individual', role: 'member', unitId: 'so-tai-chinh' },
  cycle: { year: 2025, openedAt: '2025-11-03T08:00:00+07:00' },
};
`;

export const HARNESS: Readonly<Record<string, Harness>> = {
  'README.md#1': {
    declares: [],
    after: `claim('the level', result.level, 'EXCELLENT');
claim('its label', result.level && levelLabel(result.level), 'Hoàn thành xuất sắc nhiệm vụ');`,
  },
  'README.md#2': {
    declares: [],
    after: `claim('rule set, points, level', [civil.ruleSet, civil.points, civil.level && levelLabel(civil.level, 'en')], ['nd335-2025', 89.63, 'Well completed duties']);
claim('the annual reason', civil.reasons.find((r) => r.rule === 'N335-ANNUAL')?.message.en.includes('(3·87.17 + 3·91 + 3·88.33 + 3·92)/12 ≈ 89.63'), true);`,
  },
  'README.md#3': {
    declares: ['body', 'personOf', 'req', 'reviewInput', 'subjectId'],
    prelude: `import { IncomingMessage as HarnessMessage } from 'node:http';
import { Socket as HarnessSocket } from 'node:net';
${REVIEW_INPUT}
const reviewInput = harnessReviewInput;
const subjectId = harnessReviewInput.subject.id;
const req = new HarnessMessage(new HarnessSocket());
req.headers = { 'idempotency-key': 'readme-1' };
const body = { type: 'SUBMIT_SELF_REVIEW', proposedLevel: 'GOOD' };
function personOf(_req: unknown): kd.Sender {
  return harnessSubject;
}
`,
    after: `claim('the send', [out.ok, out.ok && out.stage], [true, 'meeting']);
claim('the store keeps it', (await store.load(subjectId))?.version, 2);`,
  },
  'docs/cycle.md#1': {
    declares: [],
    after: `claim('two tasks, one per review', tasks.map((t) => t.subjectId), ['so-tai-chinh.giam-doc', 'so-y-te.giam-doc']);
claim('the step, role and events', [tasks[0]?.stage, tasks[0]?.label.vi, tasks[0]?.role, tasks[0]?.events], ['preparing', 'Chuẩn bị kiểm điểm', 'superior', ['ISSUE_SUGGESTIONS']]);
claim('the deadline', [tasks[0]?.deadline?.id, tasks[0]?.deadline?.due.slice(0, 10), tasks[0]?.deadline?.lastWorkingDay, tasks[0]?.deadline?.workingDaysLeft, tasks[0]?.deadline?.status], ['step-suggestions', '2024-11-04', '2024-11-01', 1, 'approaching']);
for (const r of reviews) r.stop();`,
  },
  'docs/deadlines.md#1': {
    declares: [],
    after: `claim('due', due.toISO(), '2024-12-01T00:00:00.000+07:00');
claim('last working day', lastWorkingDayToAct(due), '2024-11-29');
claim('status', deadlineStatus(due, '2024-11-27T08:00:00'), 'approaching');
claim('after Tết', addWorkingDays('2026-02-13', 1), '2026-02-23');`,
  },
  'docs/deadlines.md#2': {
    declares: [],
    after: `claim('the swapped Saturday works', isWorkingDay('2027-04-24', { calendar }), true);
claim('the swapped day is off', isWorkingDay('2027-04-29', { calendar }), false);`,
  },
  'docs/deadlines.md#3': {
    declares: [],
    after: `claim('the first review step', [deadlines[0]?.id, deadlines[0]?.due, deadlines[0]?.guards], ['step-suggestions', '2024-11-04T00:00:00.000+07:00', 'preparing']);
claim('review steps only', deadlines.every((d) => !['plan', 'dossierSubmission', 'summary', 'report'].includes(d.guards)), true);
claim('the actor works to them', actor.getSnapshot().context.deadlines.map((d) => d.id), deadlines.map((d) => d.id));
actor.stop();`,
  },
  'docs/import.md#1': {
    declares: [],
    setup: async (dir) => writeFile(join(dir, 'danh-sach.xlsx'), await workbook()),
    after: `claim('imported', result.ok && result.definition.subjects.length, 4);`,
  },
  'docs/inspector.md#1': {
    declares: ['input', 'sanitizeContext', 'sanitizeEvent'],
    prelude: `import type { AnyEventObject as HarnessEvent, MachineContext as HarnessContext } from 'xstate';
${REVIEW_INPUT_2025}
function sanitizeContext(context: HarnessContext): HarnessContext {
  const { auditLog: _dropped, ...kept } = context;
  return kept;
}
function sanitizeEvent(event: HarnessEvent): HarnessEvent {
  return event;
}
`,
    // No inspector listens at ws://localhost:8080 here: the actor runs, its events wait there.
    after: `actor.start();
claim('the actor inspected runs', actor.getSnapshot().status, 'active');
actor.stop();`,
  },
  'docs/machines.md#1': {
    declares: ['auditKey', 'authenticatedPersonId', 'input', 'notify', 'show', 'store'],
    prelude: `${REVIEW_INPUT_2025}
const auditKey: kd.AuditKey = { keyId: 'k2025', key: 'khoá thử của tài liệu' };
const authenticatedPersonId = 'nguyen-van-a';
const log: kd.AuditEntry[] = [];
const store = { append: (entry: kd.AuditEntry) => void log.push(entry), entries: () => log };
const notified: string[] = [];
function notify(deadlineId: string): void {
  notified.push(deadlineId);
}
function show(code: string, message: string): void {
  throw new Error(\`refused: \${code} \${message}\`);
}
`,
    after: `claim('the self-review', verdict.ok, true);
claim('the audit log reached the store', log.length > 0, true);
claim('restored where it was', again.getSnapshot().value, actor.getSnapshot().value);`,
  },
  'docs/persistence.md#1': {
    declares: ['mail', 'req', 'reviewInput', 'sessionPerson', 'subjectId'],
    prelude: `${REVIEW_INPUT}
process.env.KIEMDIEM_AUDIT_KEY ??= 'khoá thử của tài liệu';
const reviewInput = harnessReviewInput;
const subjectId = harnessReviewInput.subject.id;
const req = new Request(\`http://localhost/reviews/\${subjectId}/events\`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'idempotency-key': 'persistence-1' },
  body: JSON.stringify({ type: 'SUBMIT_SELF_REVIEW', proposedLevel: 'GOOD' }),
});
function sessionPerson(_req: Request): kd.Sender {
  return harnessSubject;
}
const mailed: kd.OutboxMessage[] = [];
async function mail(message: kd.OutboxMessage): Promise<void> {
  mailed.push(message);
}
`,
    after: `claim('the send', [out.ok, out.ok && out.stage], [true, 'meeting']);
claim('the outbox is drained', (await store.outbox(0, 100)).length, 0);
await scheduler.stop();`,
  },
  'docs/persistence.md#3': {
    declares: ['freshStore'],
    prelude: `import { mkdtempSync as harnessTemp } from 'node:fs';
import { tmpdir as harnessTmpdir } from 'node:os';
import { join as harnessJoin } from 'node:path';
async function freshStore(): Promise<kd.ReviewStore> {
  const dir = harnessTemp(harnessJoin(harnessTmpdir(), 'kiemdiem-contract-'));
  const store = new kd.SqliteStore({ path: harnessJoin(dir, 'reviews.db') });
  await store.init();
  return store;
}
`,
  },
  'docs/persistence.md#2': {
    declares: ['definition', 'personOf'],
    prelude: `const definition: kd.CycleDefinitionInput = {
  id: 'tai-lieu-2024',
  year: 2024,
  profile: 'kon-tum-2024',
  organizer: 'so-noi-vu',
  issuer: 'bcsd-ubnd-tinh',
  organizerPersons: ['p/can-bo-so-noi-vu'],
  units: [{ id: 'so-y-te', name: 'Sở Y tế' }],
  subjects: [
    {
      id: 'so-y-te.tap-the',
      name: 'Tập thể lãnh đạo Sở Y tế',
      kind: 'collective',
      role: 'leadership',
      unitId: 'so-y-te',
      group: 'tap-the-so',
    },
  ],
};
function personOf(_req: Request): kd.Sender {
  return { id: 'p/can-bo-so-noi-vu', roles: ['organizer'] };
}
`,
    // the organizer compiled the summary while the one review still runs: counted, not rated
    after: `claim('the compiled summary', [summary?.totals.subjects, summary?.totals.rated], [1, 0]);`,
  },
  'docs/report.md#1': {
    declares: [],
    after: `const rows = JSON.parse(await compileSummary('bao-cao')) as unknown[];
// the rated rows only: the one not rated is not a result row
claim('result rows', rows.map((r) => (r as { id: string }).id), ['so-y-te/tap-the']);
const { readdirSync: harnessFiles } = await import('node:fs');
claim('the files', harnessFiles('bao-cao').sort(), ['tong-hop-audit.jsonl', 'tong-hop.csv', 'tong-hop.json', 'tong-hop.xlsx']);`,
  },
};
