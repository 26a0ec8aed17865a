// Measures the two embedded-database candidates on this machine: time to open a
// fresh database folder and create a table, and receipts committed per second
// when 64 receipts share one transaction (how the server groups them).
// Usage: node bench/embedded.mjs   (from server/; writes only to a temp folder; see README.md "Choices")
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";

const ROWS = 20000;
const BATCH = 64;
const row = () => [randomUUID(), randomUUID(), Date.now(), JSON.stringify({ categories: ["necessary", "analytics"] })];
const DDL = "CREATE TABLE r (id TEXT PRIMARY KEY, consent_id TEXT, received_at BIGINT, body TEXT)";

async function sqlite(dir) {
  const t0 = performance.now();
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(join(dir, "r.db"));
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.exec(DDL);
  const started = performance.now() - t0;
  const insert = db.prepare("INSERT INTO r VALUES (?, ?, ?, ?)");
  const many = db.transaction((rows) => rows.forEach((r) => insert.run(...r)));
  const t1 = performance.now();
  for (let i = 0; i < ROWS; i += BATCH) many(Array.from({ length: BATCH }, row));
  const perSecond = ROWS / ((performance.now() - t1) / 1000);
  db.close();
  return { started, perSecond };
}

async function pglite(dir) {
  const t0 = performance.now();
  const { PGlite } = await import("@electric-sql/pglite");
  const db = await PGlite.create(join(dir, "pg"));
  await db.exec(DDL);
  const started = performance.now() - t0;
  const t1 = performance.now();
  for (let i = 0; i < ROWS; i += BATCH) {
    await db.transaction(async (tx) => {
      for (const r of Array.from({ length: BATCH }, row)) await tx.query("INSERT INTO r VALUES ($1, $2, $3, $4)", r);
    });
  }
  const perSecond = ROWS / ((performance.now() - t1) / 1000);
  await db.close();
  return { started, perSecond };
}

for (const [name, run] of [
  ["better-sqlite3", sqlite],
  ["PGlite", pglite],
]) {
  const dir = mkdtempSync(join(tmpdir(), "assent-embedded-"));
  try {
    const { started, perSecond } = await run(dir);
    console.log(`${name}: open + create table ${started.toFixed(0)} ms, ${perSecond.toFixed(0)} inserts/s (batches of ${BATCH})`);
  } catch (error) {
    // PGlite is not a dependency (it lost this comparison): `npm i --no-save @electric-sql/pglite` to measure it again.
    console.log(`${name}: not measured (${error.code || error.message})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
