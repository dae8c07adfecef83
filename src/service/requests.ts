import { text } from '../core/text.js';
import type { SendOptions } from './types.js';

/** What the review service and the cycle service answer alike, in both languages. */
export const REQUEST_MESSAGES = {
  UNAUTHENTICATED: text('Không xác định được người gửi.', 'The sender could not be authenticated.'),
  BAD_REQUEST: text(
    'Khóa idempotency phải là chuỗi không rỗng, tối đa 200 ký tự.',
    'The idempotency key must be a non-empty string of at most 200 characters.',
  ),
  DUPLICATE: text(
    'Yêu cầu này đã được xử lý; đây là kết quả lần đầu, không áp dụng lại.',
    'This request was already handled; this is its first outcome, nothing was applied again.',
  ),
} as const;

/** A request's idempotency key: a non-empty string of at most 200 characters, else null. */
export function idempotencyKeyOf(o: SendOptions | undefined): string | null {
  const key = (o as { idempotencyKey?: unknown } | undefined)?.idempotencyKey;
  return typeof key === 'string' && key.length > 0 && key.length <= 200 ? key : null;
}
