/** Receipts per transaction at most: big enough to keep up with any burst, small enough to commit in milliseconds. */
const MAX_BATCH = 500;
/** After a failed commit, receipts go straight to the spool this long, instead of each waiting for a dead database. */
const DOWN_MS = 1000;

/**
 * Group commit: receipts that arrive while a transaction is running wait and
 * go in together in the next one, so each visitor waits for at most one
 * commit and a busy server still commits only a few times per burst. `write`
 * resolves once its receipt is durable — committed, or, when the database
 * fails, fsynced to the spool (replayed later) — and rejects only when both
 * failed; the caller answers 204 only after it resolved.
 *
 * `parallel` transactions may be under way at once (PostgreSQL: they queue
 * on the chain lock inside the database, so each one's connect and begin
 * overlap the previous one's commit); the embedded database takes one.
 */
export function createWriter(store, spool, onError = () => {}, parallel = 1) {
  let waiting = [];
  let active = 0;
  let downUntil = 0;

  async function flush() {
    active++;
    while (waiting.length) {
      // Let the event loop read the requests that arrived meanwhile first: the embedded database commits
      // synchronously (better-sqlite3), so without this pause every commit would carry a single receipt.
      await new Promise((resolve) => setImmediate(resolve));
      if (!waiting.length) break; // another transaction took them
      const batch = waiting.slice(0, MAX_BATCH);
      waiting = waiting.slice(MAX_BATCH);
      const rows = batch.map((item) => item.row);
      try {
        if (Date.now() < downUntil) throw null;
        await store.insertReceipts(rows);
        batch.forEach((item) => item.resolve("stored"));
      } catch (error) {
        if (error) {
          onError(error);
          downUntil = Date.now() + DOWN_MS;
        }
        try {
          spool.spill(rows);
          batch.forEach((item) => item.resolve("spooled"));
        } catch (spillError) {
          batch.forEach((item) => item.reject(spillError));
        }
      }
    }
    active--;
  }

  return {
    /** @returns {Promise<"stored" | "spooled">} */
    write(row) {
      return new Promise((resolve, reject) => {
        waiting.push({ row, resolve, reject });
        if (active < parallel) flush();
      });
    },
  };
}
