import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";

/**
 * The embedded database: one SQLite file in `folder`, nothing to install.
 * WAL with `synchronous = FULL` makes every commit reach the disk before it
 * returns, which is what lets the server answer 204 only after a commit.
 * One process at a time: PostgreSQL is for several (see server/README.md).
 */
export function openSqlite(folder) {
  mkdirSync(folder, { recursive: true });
  const db = new Database(join(folder, "receipts.db"));
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("busy_timeout = 5000");
  const cache = new Map();
  const prepared = (sql) => cache.get(sql) || cache.set(sql, db.prepare(sql)).get(sql);
  const all = async (sql, params = []) => {
    const statement = prepared(sql);
    return statement.reader ? statement.all(...params) : (statement.run(...params), []);
  };
  // Transactions are serialized here: SQLite has one connection, and an await inside one must not let another begin.
  let queue = Promise.resolve();
  return {
    kind: "embedded",
    all,
    transaction(work) {
      const run = queue.then(async () => {
        db.exec("BEGIN IMMEDIATE");
        try {
          const result = await work({ all });
          db.exec("COMMIT");
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec("ROLLBACK");
          throw error;
        }
      });
      queue = run.catch(() => {});
      return run;
    },
    async close() {
      await queue;
      db.close();
    },
  };
}
