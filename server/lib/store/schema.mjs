/**
 * The tables, in SQL that SQLite and PostgreSQL (and Postgres-compatible
 * distributed databases) all accept unchanged. Times are milliseconds since
 * 1970 in BIGINT columns, so "per day" and "older than" are the same plain
 * arithmetic everywhere. Each statement is idempotent: the server runs them
 * all at every start, which is its migration.
 */
export const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS receipts (
    id TEXT PRIMARY KEY,
    seq BIGINT NOT NULL UNIQUE,
    consent_id TEXT NOT NULL,
    revision INTEGER NOT NULL,
    categories TEXT NOT NULL,
    services TEXT NOT NULL,
    action TEXT NOT NULL,
    source TEXT NOT NULL,
    language TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    text_known SMALLINT NOT NULL,
    url TEXT NOT NULL,
    client_time TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    hash TEXT NOT NULL
  )`,
  "CREATE INDEX IF NOT EXISTS receipts_consent ON receipts (consent_id, seq)",
  "CREATE INDEX IF NOT EXISTS receipts_received ON receipts (received_at, seq)",
  `CREATE TABLE IF NOT EXISTS texts (
    hash TEXT PRIMARY KEY,
    revision INTEGER NOT NULL,
    language TEXT NOT NULL,
    text TEXT NOT NULL,
    first_seen BIGINT NOT NULL
  )`,
  // Where the chain resumes after retention removed its oldest receipts: the last removed seq and hash.
  `CREATE TABLE IF NOT EXISTS chain_anchor (
    id INTEGER PRIMARY KEY,
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL,
    removed_before BIGINT NOT NULL
  )`,
];
