/**
 * `s`, flattened into one piece. V8 keeps a string built by concatenation (`out += …`, as the
 * canonical writer builds its texts) as a tree of its pieces, and copies the tree into one flat
 * string the first time something needs the characters in a row — a hash, a regular expression,
 * a write. A string kept to be concatenated again and again (a remembered member text) is better
 * flattened once: otherwise every text built from it walks its whole tree again, and one that is
 * hashed pays that walk on every save (measured in the service's sends: 32 µs of the seal's
 * digest of a 6.5 KB snapshot; issue 11). Reading one character flattens the tree in place.
 */
export function flat(s: string): string {
  _lastRead = s.charCodeAt(0); // kept (a write the optimiser cannot drop as unused)
  return s;
}

let _lastRead = 0;
