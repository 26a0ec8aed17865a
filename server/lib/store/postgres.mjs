import pg from "pg";

/** Any fixed number: the advisory lock every writer takes, so chain positions are handed out one batch at a time. */
const CHAIN_LOCK = 275602;
const INT8 = 20;

/**
 * PostgreSQL through a connection pool. Queries are written with `?` (the
 * SQLite spelling) and numbered here. BIGINT columns come back as numbers:
 * they hold milliseconds and sequence numbers, far below 2^53.
 */
export function openPostgres(url) {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5000,
    types: { getTypeParser: (oid, format) => (oid === INT8 ? Number : pg.types.getTypeParser(oid, format)) },
  });
  // An idle connection dropped by a restarting database must not crash the process; the next query reconnects.
  pool.on("error", () => {});
  const numbered = (sql) => {
    let n = 0;
    return sql.replace(/\?/g, () => "$" + ++n);
  };
  const allOn =
    (client) =>
    async (sql, params = []) =>
      (await client.query(numbered(sql), params)).rows;
  return {
    kind: "postgres",
    all: allOn(pool),
    async transaction(work) {
      const client = await pool.connect();
      let broken;
      // A connection the database ends mid-transaction (a restart) emits 'error' on the client: without a
      // listener that would end the process. The query under way rejects too, and the caller spools.
      const onError = (error) => (broken = error);
      client.on("error", onError);
      try {
        await client.query("BEGIN");
        await client.query("SELECT pg_advisory_xact_lock($1)", [CHAIN_LOCK]);
        const result = await work({ all: allOn(client) });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch((lost) => (broken = lost));
        throw error;
      } finally {
        // A connection that could not even roll back is dropped from the pool, not reused.
        client.off("error", onError);
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
