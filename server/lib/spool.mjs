import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";
import { randomUUID } from "node:crypto";

/**
 * The local append-only spool: where receipts go when the database can't take
 * them, so that a 204 still means "kept". Each spill is its own file, written
 * and fsynced (file and folder) before the visitor gets an answer, and never
 * written again — so any process may replay any file, and deletes it only
 * after the database committed its receipts. A file cut short by a crash
 * holds only receipts that were never answered; its whole lines are kept.
 */
export function openSpool(folder) {
  mkdirSync(folder, { recursive: true });
  const files = () =>
    readdirSync(folder)
      .filter((name) => name.endsWith(".ndjson"))
      .sort();
  return {
    folder,
    /** Writes rows durably; throws when the disk can't take them either. */
    spill(rows) {
      const path = join(folder, `${Date.now()}-${randomUUID()}.ndjson`);
      const fd = openSync(path, "wx");
      try {
        writeSync(fd, rows.map((row) => JSON.stringify(row) + "\n").join(""));
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      syncFolder(folder);
    },
    /** How many spool files wait to be replayed. */
    pending: () => files().length,
    /**
     * Hands each spool file's receipts to `store` (oldest file first) and
     * deletes the file once they are committed. Stops at the first failure
     * (the database is still down); the rest waits for the next call.
     */
    async replay(store) {
      let replayed = 0;
      for (const name of files()) {
        const path = join(folder, name);
        let text;
        try {
          text = readFileSync(path, "utf8");
        } catch {
          continue; // another process replayed and removed it meanwhile
        }
        const rows = text
          .split("\n")
          .filter(Boolean)
          .map((line) => {
            try {
              return JSON.parse(line);
            } catch {
              return null; // the torn last line of a crash: never answered
            }
          })
          .filter(Boolean);
        replayed += await store.insertReceipts(rows, { skipKnown: true });
        try {
          unlinkSync(path);
        } catch {}
      }
      return replayed;
    },
  };
}

/** fsync of the folder makes the new file's name itself survive a power cut (POSIX keeps the two apart). */
function syncFolder(folder) {
  const fd = openSync(folder, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
