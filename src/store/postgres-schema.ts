/**
 * The PostgreSQL schema, as numbered migrations (each a function of the schema name, quoted).
 * The large tables (reviews, audit, outcomes) are declared `PARTITION BY LIST (organizer_id)`
 * with a DEFAULT partition, and their primary keys lead with `(organizer_id, year)`, so a
 * ministry attaches one partition per organizer (itself partitioned by RANGE of `year`) without
 * touching the store: `subjects` is the small directory that keeps a subject id unique across
 * partitions and says where its rows live.
 */
export const POSTGRES_MIGRATIONS: ReadonlyArray<(s: string) => string> = [
  (s) => `
    CREATE TABLE ${s}.subjects (
      subject_id text PRIMARY KEY,
      organizer_id text NOT NULL,
      year integer NOT NULL
    );
    CREATE TABLE ${s}.reviews (
      organizer_id text NOT NULL,
      year integer NOT NULL,
      subject_id text NOT NULL,
      version integer NOT NULL,
      envelope text NOT NULL,
      next_due_at text,
      next_due_ms bigint,
      claim_owner text,
      claim_until bigint NOT NULL DEFAULT 0,
      PRIMARY KEY (organizer_id, year, subject_id)
    ) PARTITION BY LIST (organizer_id);
    CREATE TABLE ${s}.reviews_default PARTITION OF ${s}.reviews DEFAULT;
    CREATE INDEX reviews_subject ON ${s}.reviews (subject_id);
    CREATE INDEX reviews_due ON ${s}.reviews (next_due_ms) WHERE next_due_ms IS NOT NULL;
    CREATE TABLE ${s}.audit (
      organizer_id text NOT NULL,
      year integer NOT NULL,
      subject_id text NOT NULL,
      seq integer NOT NULL,
      entry text NOT NULL,
      idempotency_key text,
      PRIMARY KEY (organizer_id, year, subject_id, seq)
    ) PARTITION BY LIST (organizer_id);
    CREATE TABLE ${s}.audit_default PARTITION OF ${s}.audit DEFAULT;
    CREATE INDEX audit_subject ON ${s}.audit (subject_id, seq);
    CREATE TABLE ${s}.outcomes (
      organizer_id text NOT NULL,
      year integer NOT NULL,
      subject_id text NOT NULL,
      key text NOT NULL,
      outcome text NOT NULL,
      PRIMARY KEY (organizer_id, year, subject_id, key)
    ) PARTITION BY LIST (organizer_id);
    CREATE TABLE ${s}.outcomes_default PARTITION OF ${s}.outcomes DEFAULT;
    CREATE INDEX outcomes_subject ON ${s}.outcomes (subject_id, key);
    CREATE TABLE ${s}.outbox (
      position bigserial PRIMARY KEY,
      id text NOT NULL UNIQUE,
      subject_id text NOT NULL,
      kind text NOT NULL,
      payload text NOT NULL,
      delivered boolean NOT NULL DEFAULT false
    );
    CREATE INDEX outbox_pending ON ${s}.outbox (position) WHERE NOT delivered;
    CREATE TABLE ${s}.cycles (
      cycle_id text PRIMARY KEY,
      version integer NOT NULL,
      record text NOT NULL
    );`,
  // 2: a commit without a cycle write is one statement; this refuses it whole (conflict, duplicate)
  (s) => `
    CREATE FUNCTION ${s}.kd_refuse(reason text) RETURNS integer LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION USING MESSAGE = 'kd:' || reason, ERRCODE = 'P0001';
    END $$;`,
  // 3: the cycle's own audit chain, appended with its record (issue 11 item 4)
  (s) => `
    CREATE TABLE ${s}.cycle_audit (
      cycle_id text NOT NULL,
      seq integer NOT NULL,
      entry text NOT NULL,
      PRIMARY KEY (cycle_id, seq)
    );`,
];
