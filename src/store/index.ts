// Durable reviews (issue 11): the store contract, its three implementations and its test suite.
export { type StoreContractCase, storeContract } from './contract.js';
export { StoreError, type StoreErrorCode } from './errors.js';
export { MemoryStore } from './memory.js';
export { type PostgresConnection, PostgresStore, type PostgresStoreOptions } from './postgres.js';
export { SqliteStore, type SqliteStoreOptions } from './sqlite.js';
export type {
  CommitResult,
  CycleLogEntry,
  CycleWrite,
  DueClaim,
  DueReview,
  Json,
  OutboxMessage,
  OutboxRow,
  RecordedOutcome,
  ReviewCommit,
  ReviewCreate,
  ReviewStore,
  StoredCycle,
  StoredReview,
} from './types.js';
