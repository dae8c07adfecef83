import { createHash, createHmac } from 'node:crypto';

/**
 * A canonical JSON text: object keys sorted (by UTF-16 code units), no whitespace, `undefined`
 * members dropped, strings normalised to NFC. Two values that mean the same JSON give the same
 * text, so the same digest.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonicalize(value)) ?? 'null';
}

function canonicalize(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : canonicalize(v)));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v === undefined || typeof v === 'function') continue;
      // defineProperty: a "__proto__" key stays a key (as JSON.parse makes it), not the prototype
      if (key === '__proto__')
        Object.defineProperty(out, key, {
          value: canonicalize(v),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else out[key] = canonicalize(v);
    }
    return out;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  if (typeof value === 'bigint' || typeof value === 'function' || typeof value === 'symbol') {
    return null;
  }
  return value;
}

/** `sha256:<hex>` of the canonical JSON of a value. */
export function digestOf(value: unknown): string {
  return signText(canonicalJson(value));
}

/** `sha256:<hex>` of a text, or `hmac-sha256:<hex>` with a key. */
export function signText(text: string, key?: AuditKey['key']): string {
  if (key === undefined) return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
  return `hmac-sha256:${createHmac('sha256', key).update(text, 'utf8').digest('hex')}`;
}

/** A JSON-only copy of a value (what a persisted snapshot or an audit entry may hold). */
export function toJsonValue(value: unknown): unknown {
  return JSON.parse(canonicalJson(value));
}

/** A host secret that turns the audit digests into HMACs; `keyId` names it so keys can rotate. */
export interface AuditKey {
  readonly keyId: string;
  readonly key: string | Uint8Array;
}

/**
 * `sha256:<hex>` of the canonical JSON of a value, or `hmac-sha256:<hex>` (HMAC-SHA256) with a
 * host key: without the key, nobody can compute the digest of an edited entry or snapshot.
 */
export function sealOf(value: unknown, key?: AuditKey['key']): string {
  return signText(canonicalJson(value), key);
}

/** Whether a digest string was made with a key. */
export function isKeyed(digest: string): boolean {
  return digest.startsWith('hmac-sha256:');
}
