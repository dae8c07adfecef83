/**
 * A snapshot's seal is the digest of its canonical JSON (digest.ts: keys sorted, NFC strings).
 * An envelope `persist` made holds every object in canonical key order already (it writes each
 * member from its canonical text), and JSON carries that order to a store and back, so for it
 * `JSON.stringify` writes the canonical text itself — without the canonical writer, which was 17
 * of a restore's 44 µs (issue 9). `restore` tries this text first; a text that differs (keys a
 * database reordered, a string not in NFC) only fails to sign, and the canonical writer decides.
 *
 * Only for plain JSON data: `JSON.stringify` calls `toJSON` (a `Date` has one) where the
 * canonical writer never does, so an object that is not a plain object or array anywhere in the
 * snapshot — or a `toJSON` someone put on their prototypes — sends the check to the canonical
 * writer, which refuses what is not JSON. For plain data the text is exactly its content, and a
 * text that signs is the content that was sealed.
 */

/** Objects nested deeper than this are left to the canonical writer. */
const MAX_DEPTH = 64;

function plain(v: unknown, depth: number): boolean {
  if (v === null) return true;
  const t = typeof v;
  if (t === 'string' || t === 'number' || t === 'boolean' || t === 'undefined') return true;
  if (t !== 'object' || depth > MAX_DEPTH) return false; // a function, symbol or bigint
  if (Array.isArray(v)) {
    if (Object.getPrototypeOf(v) !== Array.prototype) return false;
    for (let i = 0; i < v.length; i++) if (!plain(v[i], depth + 1)) return false;
    return true;
  }
  if (Object.getPrototypeOf(v) !== Object.prototype) return false;
  const o = v as Record<string, unknown>;
  for (const k in o) if (!plain(o[k], depth + 1)) return false;
  return true;
}

/**
 * The snapshot as `JSON.stringify` writes it, its own members in sorted order (the order of the
 * members below is the one they carry); undefined when the snapshot is not plain JSON data.
 */
export function carriedText(snapshot: unknown): string | undefined {
  if (snapshot === null || typeof snapshot !== 'object' || Array.isArray(snapshot))
    return undefined;
  // a toJSON on the shared prototypes would be called by JSON.stringify for every object
  const inherited = (proto: object) => (proto as { toJSON?: unknown }).toJSON !== undefined;
  if (inherited(Object.prototype) || inherited(Array.prototype)) return undefined;
  if (!plain(snapshot, 0)) return undefined;
  const record = snapshot as Record<string, unknown>;
  let out = '{';
  for (const key of Object.keys(record).sort()) {
    const v = JSON.stringify(record[key]);
    if (v === undefined) continue; // an undefined member: dropped, as the canonical writer does
    out += `${out === '{' ? '' : ','}${JSON.stringify(key)}:${v}`;
  }
  return `${out}}`;
}
