// What "a 204 means durable" costs: the time to make receipts durable by each route the server has,
// for one receipt and for a group of 64 — a commit in the embedded database (WAL, synchronous=FULL),
// a commit in PostgreSQL (synchronous_commit on), and a spill to the local spool (write + fsync of
// the file and its folder). Usage: node bench/durability.mjs   (from server/)
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import { openStore } from "../lib/store/receipt-store.mjs";
import { openSpool } from "../lib/spool.mjs";
import { findPostgresBin, startPostgres } from "../test/postgres.mjs";

const ROUNDS = 200;
const row = () => ({
  id: randomUUID(),
  consent_id: randomUUID(),
  revision: 1,
  categories: '["necessary","analytics"]',
  services: '["google-analytics"]',
  action: "custom",
  source: "preferences",
  language: "en",
  text_hash: "0".repeat(64),
  text_known: 0,
  url: "https://shop.example/products/chair",
  client_time: new Date().toISOString(),
  received_at: Date.now(),
});

async function time(label, size, work) {
  const samples = [];
  for (let i = 0; i < ROUNDS; i++) {
    const rows = Array.from({ length: size }, row);
    const t0 = performance.now();
    await work(rows);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  console.log(
    `${label}, ${size} receipt(s): median ${samples[ROUNDS >> 1].toFixed(2)} ms, p99 ${samples[Math.floor(ROUNDS * 0.99)].toFixed(2)} ms`,
  );
}

const dir = mkdtempSync(join(tmpdir(), "assent-durability-"));
const cluster = findPostgresBin() ? await startPostgres() : null;
try {
  const embedded = await openStore({ dataDir: join(dir, "db") });
  const spool = openSpool(join(dir, "spool"));
  const postgres = cluster && (await openStore({ databaseUrl: cluster.url }));
  for (const size of [1, 64]) {
    await time("embedded commit", size, (rows) => embedded.insertReceipts(rows));
    if (postgres) await time("PostgreSQL commit", size, (rows) => postgres.insertReceipts(rows));
    await time("spool spill", size, (rows) => spool.spill(rows));
  }
  await embedded.close();
  if (postgres) await postgres.close();
} finally {
  if (cluster) cluster.destroy();
  rmSync(dir, { recursive: true, force: true });
}
