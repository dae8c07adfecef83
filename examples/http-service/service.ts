// A small HTTP service that embeds a kiemdiem cycle (issue 10, item 10): node:http, no framework.
// It authenticates with a fixed token table, answers each person's task list, and accepts the
// events of reviews and of the cycle. What a real host changes is marked "A real host".
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import {
  type CycleDefinitionInput,
  type CycleRun,
  createCycle,
  memoryReviews,
  PARTICIPANT_ROLES,
  type ReviewSnapshot,
  type SenderRole,
  tasksFor,
} from 'kiemdiem';

/** Who a bearer token stands for: a person id, as the host's authentication would return it. */
export type TokenTable = Readonly<Record<string, { readonly personId: string }>>;

export interface ServiceOptions {
  readonly definition: CycleDefinitionInput;
  readonly tokens: TokenTable;
  /**
   * The instant events are stamped with (ISO 8601 with an offset). The library never reads the
   * system clock; the service is the host, and its clock is injected so a test can move it.
   */
  readonly now?: () => string;
  /** Largest request body accepted, in bytes (default 64 KiB). */
  readonly maxBody?: number;
}

export interface Service {
  readonly server: Server;
  readonly run: CycleRun;
}

type Reply = { readonly status: number; readonly body: unknown };

const json = (status: number, body: unknown): Reply => ({ status, body });
const problem = (status: number, code: string, vi: string, en: string): Reply =>
  json(status, { error: { code, message: { vi, en } } });

/** The roles a person may hold in a review (the scheduler is the host's clock, not a person). */
const REVIEW_ROLES = PARTICIPANT_ROLES.filter((r) => r !== 'scheduler');

/**
 * The roles a person holds in one review, read from the definition's participants (and the
 * organizer's persons). A sender never chooses its roles: what the token's person was given is
 * what it sends, so a claim of a role it does not hold cannot even be made.
 */
function rolesIn(
  definition: CycleDefinitionInput,
  subjectId: string,
  personId: string,
): SenderRole[] {
  const subject = definition.subjects.find((s) => s.id === subjectId);
  const participants = (subject?.participants ?? {}) as Partial<
    Record<SenderRole, readonly string[]>
  >;
  const roles: SenderRole[] = REVIEW_ROLES.filter((r) => participants[r]?.includes(personId));
  if (definition.organizerPersons.includes(personId) && !roles.includes('organizer'))
    roles.push('organizer');
  return roles;
}

async function readBody(req: IncomingMessage, max: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) throw Object.assign(new Error('too large'), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as unknown;
  } catch {
    throw Object.assign(new Error('not JSON'), { status: 400 });
  }
}

/** The event a person sends: its body, stamped with the sender and the service's clock. */
function stamped(
  body: unknown,
  by: { id: string; roles: SenderRole[] },
  at: string,
): Reply | object {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return problem(
      400,
      'BAD_BODY',
      'Nội dung phải là một đối tượng JSON.',
      'The body must be a JSON object.',
    );
  if ('by' in body || 'at' in body)
    return problem(
      400,
      'BAD_BODY',
      'Không gửi "by" hay "at": dịch vụ tự điền.',
      'Do not send "by" or "at": the service sets them.',
    );
  return { ...body, by, at };
}

/** Starts nothing: returns the server (call `listen`) and the cycle it embeds. */
export function createService(options: ServiceOptions): Service {
  const { definition, tokens } = options;
  const now = options.now ?? (() => new Date().toISOString());
  const max = options.maxBody ?? 64 * 1024;
  // A real host passes its own ReviewRepository (a table of reviews, one row each) and stores
  // `run.persist()` after each cycle event; the example keeps them in memory.
  const reviews = memoryReviews();
  const run = createCycle(definition, { reviews });
  const ids = new Set(definition.subjects.map((s) => s.id));

  const route = async (req: IncomingMessage): Promise<Reply> => {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const who = token === undefined ? undefined : tokens[token];
    if (!who)
      return problem(
        401,
        'UNAUTHENTICATED',
        'Thiếu hoặc sai mã truy cập.',
        'Missing or unknown token.',
      );
    const url = new URL(req.url ?? '/', 'http://service');
    const parts = url.pathname.split('/').filter(Boolean);
    if (req.method === 'GET' && url.pathname === '/tasks') {
      const snapshots = [...ids].flatMap((id) => {
        const s = run.review(id);
        return s ? [s as ReviewSnapshot] : [];
      });
      return json(200, { personId: who.personId, tasks: tasksFor(who.personId, snapshots, now()) });
    }
    if (req.method === 'GET' && parts[0] === 'reviews' && parts.length === 2) {
      const id = decodeURIComponent(parts[1]!);
      if (!ids.has(id))
        return problem(404, 'NO_SUBJECT', `Không có đối tượng "${id}".`, `No subject "${id}".`);
      if (rolesIn(definition, id, who.personId).length === 0)
        return problem(
          403,
          'NOT_A_PARTICIPANT',
          'Bạn không tham gia cuộc kiểm điểm này.',
          'You take no part in this review.',
        );
      // What the cycle's index knows of it: step, decided and computed level, day, prerequisites.
      const { id: _id, ...entry } = run.index().subjects.find((s) => s.id === id)!;
      return json(200, { subjectId: id, ...entry });
    }
    if (
      req.method === 'POST' &&
      parts[0] === 'reviews' &&
      parts[2] === 'events' &&
      parts.length === 3
    ) {
      const id = decodeURIComponent(parts[1]!);
      if (!ids.has(id))
        return problem(404, 'NO_SUBJECT', `Không có đối tượng "${id}".`, `No subject "${id}".`);
      const roles = rolesIn(definition, id, who.personId);
      if (roles.length === 0)
        return problem(
          403,
          'NOT_A_PARTICIPANT',
          'Bạn không tham gia cuộc kiểm điểm này.',
          'You take no part in this review.',
        );
      const event = stamped(await readBody(req, max), { id: who.personId, roles }, now());
      if ('status' in event) return event as Reply;
      const result = run.send(id, event);
      return json(result.ok ? 200 : 422, result);
    }
    if (req.method === 'POST' && url.pathname === '/cycle/events') {
      if (!definition.organizerPersons.includes(who.personId))
        return problem(
          403,
          'NOT_ORGANIZER',
          'Chỉ cơ quan tổ chức gửi sự kiện của đợt.',
          'Only the organizer sends cycle events.',
        );
      const by = { id: who.personId, roles: ['organizer' as SenderRole] };
      const body = await readBody(req, max);
      if ((body as { type?: unknown } | null)?.type === 'OPEN_CYCLE') {
        const result = run.open(now(), by);
        return json(result.ok ? 200 : 422, result);
      }
      const event = stamped(body, by, now());
      if ('status' in event) return event as Reply;
      const result = run.sendCycle(event);
      return json(result.ok ? 200 : 422, result);
    }
    return problem(404, 'NO_ROUTE', 'Không có địa chỉ này.', 'No such route.');
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    route(req)
      .catch((error: unknown): Reply => {
        const status = (error as { status?: number }).status;
        if (status === 413)
          return problem(413, 'TOO_LARGE', 'Nội dung quá lớn.', 'The body is too large.');
        if (status === 400)
          return problem(400, 'NOT_JSON', 'Nội dung không phải JSON.', 'The body is not JSON.');
        // Anything else is the service's fault: say so without the details, keep serving.
        return problem(500, 'INTERNAL', 'Lỗi của dịch vụ.', 'The service failed.');
      })
      .then(({ status, body }) => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
        res.end(`${JSON.stringify(body)}\n`);
      })
      .catch(() => res.destroy()); // the client went away: nothing left to answer
  });
  return { server, run };
}
