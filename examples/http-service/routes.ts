// The routes of the example service. Every request is authenticated by its token first; every
// POST needs an `Idempotency-Key`; the sender's roles come from the definition, the instant from
// the service's clock, and the work from `createCycleService` on the store.
import type { IncomingMessage } from 'node:http';
import {
  type CycleDefinitionInput,
  type CycleService,
  type ReviewEnvelope,
  type ReviewSnapshot,
  type ReviewStore,
  reviewSnapshotOf,
  tasksFor,
  text,
} from 'kiemdiem';
import { cycleRolesOf, type HostRequest, personOf, rolesIn, type TokenTable } from './auth.js';
import { problem, type Reply, readEvent } from './http.js';
import { replyOf } from './outcomes.js';

/** What the routes work with (built once by `createService`). */
export interface Routes {
  readonly definition: CycleDefinitionInput;
  readonly tokens: TokenTable;
  readonly cycle: CycleService<HostRequest>;
  readonly store: ReviewStore;
  /** The service's clock, an ISO instant with its offset. */
  readonly now: () => string;
  readonly maxBody: number;
}

const MESSAGES = {
  UNAUTHENTICATED: text('Thiếu hoặc sai mã truy cập.', 'Missing or unknown token.'),
  NO_SUBJECT: (id: string) => text(`Không có đối tượng "${id}".`, `No subject "${id}".`),
  NOT_A_PARTICIPANT: text(
    'Bạn không tham gia cuộc kiểm điểm này.',
    'You take no part in this review.',
  ),
  NOT_IN_CYCLE: text(
    'Chỉ cơ quan tổ chức và người gửi hồ sơ của đơn vị gửi sự kiện của đợt.',
    "Only the organizer and a unit's dossier senders send cycle events.",
  ),
  IDEMPOTENCY_KEY_MISSING: text(
    'Thiếu tiêu đề Idempotency-Key: mỗi yêu cầu POST mang một khóa riêng, gửi lại thì dùng lại khóa đó.',
    'The Idempotency-Key header is missing: each POST carries a key of its own, and a retry sends the same key again.',
  ),
  NO_ROUTE: text('Không có địa chỉ này.', 'No such route.'),
} as const;

/** The request's Idempotency-Key, or the 400 that it is missing (its length the service checks). */
function keyOf(req: IncomingMessage): string | Reply {
  const key = req.headers['idempotency-key'];
  if (typeof key !== 'string' || key.trim() === '')
    return problem(400, 'IDEMPOTENCY_KEY_MISSING', MESSAGES.IDEMPOTENCY_KEY_MISSING);
  return key;
}

/** The path's parts, decoded (undefined: a malformed escape, no route). */
function partsOf(url: URL): string[] | undefined {
  try {
    return url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return undefined;
  }
}

/**
 * `GET /tasks`: what the person must do across the store's reviews (`tasksFor`), at the service's
 * clock. A review whose stored row cannot be read is listed in `unreadable`, the others answer.
 */
async function tasks(r: Routes, personId: string): Promise<Reply> {
  const snapshots: ReviewSnapshot[] = [];
  const unreadable: string[] = [];
  const page = 500;
  for (let after: string | null = null; ; ) {
    const ids = await r.store.subjects(after, page);
    for (const id of ids) {
      const row = await r.store.load(id);
      if (!row) continue;
      try {
        snapshots.push(reviewSnapshotOf(row.envelope as unknown as ReviewEnvelope));
      } catch {
        unreadable.push(id);
      }
    }
    if (ids.length < page) break;
    after = ids.at(-1) ?? null;
  }
  const at = r.now();
  const body = { personId, at, tasks: tasksFor(personId, snapshots, at) };
  return { status: 200, body: unreadable.length > 0 ? { ...body, unreadable } : body };
}

/** `GET /reviews/:subjectId`: what the cycle's index knows of the review, and its stored version. */
async function review(r: Routes, subjectId: string): Promise<Reply> {
  // one review read (cycle.entry), not every review of the cycle (cycle.index)
  const entry = await r.cycle.entry(subjectId);
  const stored = await r.store.load(subjectId);
  const { id: _id, ...rest } = entry ?? { id: subjectId };
  return { status: 200, body: { subjectId, ...rest, version: stored?.version ?? null } };
}

/** `POST /reviews/:subjectId/events`: a review event through the cycle service. */
async function reviewEvent(r: Routes, req: IncomingMessage, subjectId: string): Promise<Reply> {
  const key = keyOf(req);
  if (typeof key !== 'string') return key;
  const event = await readEvent(req, r.maxBody);
  const host: HostRequest = { headers: req.headers, subjectId };
  return replyOf(await r.cycle.send(subjectId, host, event, { idempotencyKey: key }));
}

/** `POST /cycle/events`: OPEN_CYCLE, SUBMIT_DOSSIER, COMPILE_SUMMARY, FINALIZE. */
async function cycleEvent(r: Routes, req: IncomingMessage): Promise<Reply> {
  const key = keyOf(req);
  if (typeof key !== 'string') return key;
  const event = await readEvent(req, r.maxBody);
  const host: HostRequest = { headers: req.headers, subjectId: null };
  const options = { idempotencyKey: key };
  const type = (event as { type?: unknown }).type;
  return replyOf(
    type === 'OPEN_CYCLE'
      ? await r.cycle.open(host, options)
      : await r.cycle.sendCycle(host, event, options),
  );
}

/** Answers one request (a thrown `HttpProblem` or store failure is answered by the server). */
export async function route(r: Routes, req: IncomingMessage): Promise<Reply> {
  const personId = personOf(r.tokens, req.headers);
  if (personId === undefined) return problem(401, 'UNAUTHENTICATED', MESSAGES.UNAUTHENTICATED);
  const url = new URL(req.url ?? '/', 'http://service');
  const parts = partsOf(url) ?? [];
  const [first, subjectId, rest] = parts;
  if (req.method === 'GET' && parts.length === 1 && first === 'tasks') return tasks(r, personId);
  if (req.method === 'POST' && parts.length === 2 && first === 'cycle' && subjectId === 'events') {
    if (cycleRolesOf(r.definition, personId).length === 0)
      return problem(403, 'NOT_IN_CYCLE', MESSAGES.NOT_IN_CYCLE);
    return cycleEvent(r, req);
  }
  const onReview =
    first === 'reviews' &&
    subjectId !== undefined &&
    ((req.method === 'GET' && parts.length === 2) ||
      (req.method === 'POST' && parts.length === 3 && rest === 'events'));
  if (!onReview) return problem(404, 'NO_ROUTE', MESSAGES.NO_ROUTE);
  if (!r.definition.subjects.some((s) => s.id === subjectId))
    return problem(404, 'NO_SUBJECT', MESSAGES.NO_SUBJECT(subjectId));
  if (rolesIn(r.definition, subjectId, personId).length === 0)
    return problem(403, 'NOT_A_PARTICIPANT', MESSAGES.NOT_A_PARTICIPANT);
  return req.method === 'GET' ? review(r, subjectId) : reviewEvent(r, req, subjectId);
}
