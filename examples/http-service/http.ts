// The service's HTTP plumbing: replies, bilingual problems, reading a bounded JSON body.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type InputIssue, type Text, text } from 'kiemdiem';

/** What a route answers: a status, a JSON body, and extra headers. */
export interface Reply {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * A problem in the shape every error of the service has: `{ ok: false, error: { code, message:
 * { vi, en }, issues? }, …extra }` (`issues`: where the payload is wrong, each with its path).
 */
export function problem(
  status: number,
  code: string,
  message: Text,
  extra: object = {},
  issues?: readonly InputIssue[],
): Reply {
  const error = { code, message, ...(issues ? { issues } : {}) };
  return { status, body: { ok: false, error, ...extra } };
}

/** Raised while reading a request; the server answers it as it is. */
export class HttpProblem extends Error {
  constructor(readonly reply: Reply) {
    super((reply.body as { error: { code: string } }).error.code);
  }
}

const TOO_LARGE = text('Nội dung quá lớn.', 'The body is too large.');
const NOT_JSON = text('Nội dung không phải JSON.', 'The body is not JSON.');
const NOT_OBJECT = text(
  'Nội dung phải là một đối tượng JSON có "type".',
  'The body must be a JSON object with a "type".',
);
const STAMPED = text(
  'Không gửi "by", "at" hay "now": dịch vụ tự điền người gửi và thời điểm.',
  'Do not send "by", "at" or "now": the service sets the sender and the instant.',
);

/** Reads a JSON body of at most `max` bytes (an empty body is `{}`). */
export async function readJson(req: IncomingMessage, max: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) throw new HttpProblem(problem(413, 'TOO_LARGE', TOO_LARGE));
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as unknown;
  } catch {
    throw new HttpProblem(problem(400, 'NOT_JSON', NOT_JSON));
  }
}

/**
 * An event body: a JSON object with a `type`, without `by`, `at` or `now` — the service sets
 * those (and would drop them anyway); a client that sends them is told so rather than ignored.
 */
export async function readEvent(req: IncomingMessage, max: number): Promise<object> {
  const body = await readJson(req, max);
  if (typeof body !== 'object' || body === null || Array.isArray(body) || !('type' in body))
    throw new HttpProblem(problem(400, 'BAD_BODY', NOT_OBJECT));
  if ('by' in body || 'at' in body || 'now' in body)
    throw new HttpProblem(problem(400, 'BAD_BODY', STAMPED));
  return body;
}

/** Writes a reply as JSON (UTF-8). */
export function write(res: ServerResponse, reply: Reply): void {
  res.writeHead(reply.status, {
    'content-type': 'application/json; charset=utf-8',
    ...reply.headers,
  });
  res.end(`${JSON.stringify(reply.body)}\n`);
}
