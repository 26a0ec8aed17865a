import { chainHash, COLUMNS, GENESIS } from "../chain.mjs";
import { SCHEMA } from "./schema.mjs";
import { openPostgres } from "./postgres.mjs";
import { openSqlite } from "./sqlite.mjs";

/** Rows per INSERT statement: well under SQLite's 32,766 and PostgreSQL's 65,535 parameters. */
const INSERT_ROWS = 500;
const ROW_PLACEHOLDERS = "(" + [...COLUMNS, "hash"].map(() => "?").join(",") + ")";

/**
 * The one storage interface of the server, over PostgreSQL (`databaseUrl`)
 * or the embedded SQLite file in `dataDir`. Every write goes through one
 * locked transaction, which is where receipts get their place in the hash
 * chain — so several processes can write to one PostgreSQL at once.
 */
export async function openStore({ databaseUrl, dataDir }) {
  const db = databaseUrl ? openPostgres(databaseUrl) : openSqlite(dataDir);
  await db.transaction(async (tx) => {
    for (const statement of SCHEMA) await tx.all(statement);
  });

  const chainTail = async (tx) => {
    const [last] = await tx.all("SELECT seq, hash FROM receipts ORDER BY seq DESC LIMIT 1");
    if (last) return last;
    const [anchor] = await tx.all("SELECT seq, hash FROM chain_anchor WHERE id = 1");
    return anchor || { seq: 0, hash: GENESIS };
  };

  return {
    kind: db.kind,
    /**
     * Stores receipts (rows without `seq` and `hash`) in one transaction,
     * chained after the last stored one. With `skipKnown`, rows whose id is
     * already stored are left out (a spool replayed twice doubles nothing).
     * @returns {Promise<number>} how many were inserted
     */
    insertReceipts: (rows, { skipKnown = false } = {}) =>
      db.transaction(async (tx) => {
        let fresh = rows;
        if (skipKnown && rows.length) {
          const known = new Set();
          for (let i = 0; i < rows.length; i += INSERT_ROWS) {
            const ids = rows.slice(i, i + INSERT_ROWS).map((row) => row.id);
            const found = await tx.all(`SELECT id FROM receipts WHERE id IN (${ids.map(() => "?").join(",")})`, ids);
            for (const { id } of found) known.add(id);
          }
          fresh = rows.filter((row, index) => !known.has(row.id) && rows.findIndex((r) => r.id === row.id) === index);
        }
        let { seq, hash } = await chainTail(tx);
        const chained = fresh.map((row) => {
          const full = { ...row, seq: ++seq };
          hash = chainHash(hash, full);
          return { ...full, hash };
        });
        for (let i = 0; i < chained.length; i += INSERT_ROWS) {
          const part = chained.slice(i, i + INSERT_ROWS);
          await tx.all(
            `INSERT INTO receipts (${COLUMNS.join(",")},hash) VALUES ${part.map(() => ROW_PLACEHOLDERS).join(",")}`,
            part.flatMap((row) => [...COLUMNS.map((column) => row[column]), row.hash]),
          );
        }
        return chained.length;
      }),

    /** Adds the shown texts the registry does not have yet; a text is stored once, by its hash. */
    putTexts: (texts, now) =>
      db.transaction(async (tx) => {
        for (const t of texts) {
          const [found] = await tx.all("SELECT hash FROM texts WHERE hash = ?", [t.hash]);
          if (!found)
            await tx.all("INSERT INTO texts (hash, revision, language, text, first_seen) VALUES (?, ?, ?, ?, ?)", [
              t.hash,
              t.revision,
              t.language,
              t.text,
              now,
            ]);
        }
      }),
    getText: async (hash) => (await db.all("SELECT hash, revision, language, text FROM texts WHERE hash = ?", [hash]))[0] || null,
    knownTextHashes: async () => new Set((await db.all("SELECT hash FROM texts")).map((row) => row.hash)),

    /** One page of a visitor's receipts, in the order they were stored. */
    receiptsOf: (consentId, afterSeq, limit) =>
      db.all("SELECT * FROM receipts WHERE consent_id = ? AND seq > ? ORDER BY seq LIMIT ?", [consentId, afterSeq, limit]),
    /** One page of the receipts received before `to`, after the (received_at, seq) cursor; start at `{ receivedAt: from, seq: -1 }`. */
    receiptsBetween: (to, cursor, limit) =>
      db.all(
        "SELECT * FROM receipts WHERE received_at < ? AND (received_at > ? OR (received_at = ? AND seq > ?)) ORDER BY received_at, seq LIMIT ?",
        [to, cursor.receivedAt, cursor.receivedAt, cursor.seq, limit],
      ),
    /** One page of the chain in order, for `verify`. */
    chainPage: (afterSeq, limit) => db.all("SELECT * FROM receipts WHERE seq > ? ORDER BY seq LIMIT ?", [afterSeq, limit]),
    anchor: async () => (await db.all("SELECT seq, hash, removed_before FROM chain_anchor WHERE id = 1"))[0] || null,
    allTexts: () => db.all("SELECT hash, text FROM texts"),

    /**
     * Deletes, oldest first, receipts received before `cutoff`, as far as the
     * chain goes without a newer one in between, in slices of `slice`, and
     * records where the chain now starts. Returns how many were deleted.
     */
    async deleteReceivedBefore(cutoff, slice = 5000) {
      let deleted = 0;
      for (;;) {
        const removed = await db.transaction(async (tx) => {
          const [first] = await tx.all("SELECT MIN(seq) AS seq FROM receipts WHERE received_at >= ?", [cutoff]);
          const [oldest] = await tx.all("SELECT MIN(seq) AS seq FROM receipts");
          if (oldest.seq == null) return 0;
          const stop = Math.min(first.seq == null ? Infinity : Number(first.seq), Number(oldest.seq) + slice);
          const [last] = await tx.all("SELECT seq, hash FROM receipts WHERE seq < ? ORDER BY seq DESC LIMIT 1", [stop]);
          if (!last) return 0;
          await tx.all("DELETE FROM receipts WHERE seq <= ?", [last.seq]);
          await tx.all("DELETE FROM chain_anchor WHERE id = 1");
          await tx.all("INSERT INTO chain_anchor (id, seq, hash, removed_before) VALUES (1, ?, ?, ?)", [
            last.seq,
            last.hash,
            cutoff,
          ]);
          return Number(last.seq) - Number(oldest.seq) + 1;
        });
        deleted += removed;
        if (!removed) return deleted;
      }
    },

    /** Receipts since `since`, counted per day, action and set of granted categories: what the dashboard draws. */
    dailyCounts: (since) =>
      db.all(
        "SELECT received_at / 86400000 AS day, action, categories, COUNT(*) AS n FROM receipts WHERE received_at >= ? GROUP BY received_at / 86400000, action, categories",
        [since],
      ),
    /** SQL for tests and tools that must reach under the interface (e.g. proving `verify` notices an edit). */
    raw: (sql, params) => db.all(sql, params),
    close: () => db.close(),
  };
}
