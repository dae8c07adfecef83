/**
 * The library version written into persisted envelopes (`libraryVersion`). Kept here rather than
 * read from package.json so the bundle carries no JSON import; a test fails when the two drift.
 */
export const LIBRARY_VERSION = '0.1.0';
