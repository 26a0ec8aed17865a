// Retention, the spool replayed at start, and `verify` noticing any change made behind the server's back.
import { afterAll, describe, expect, test } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import { TOKEN, databaseKinds, exportReceipts, post, receipt, removeTempDirs, runVerify, sql, startServer } from "./harness.mjs";

const DAY = 86400000;
afterAll(removeTempDirs);

/** A stored row as the server writes it, received `daysAgo` days ago. */
const row = (consentId, daysAgo) => ({
  id: randomUUID(),
  consent_id: consentId,
  revision: 1,
  categories: '["necessary"]',
  services: "[]",
  action: "reject_all",
  source: "banner",
  language: "en",
  text_hash: "",
  text_known: 0,
  url: "https://shop.example/",
  client_time: new Date(Date.now() - daysAgo * DAY).toISOString(),
  received_at: Date.now() - daysAgo * DAY,
});

describe.each(databaseKinds())("integrity in the $name database", ({ setup }) => {
  test("retention deletes what is older, keeps the rest, and verify still passes; any SQL edit makes verify fail", async () => {
    const db = await setup();
    // Receipts spooled by an earlier run while its database was down: replayed at start, then retention applies.
    mkdirSync(join(db.dataDir, "spool"), { recursive: true });
    const old = [row("old-1", 40), row("old-2", 35), row("young-1", 5)];
    writeFileSync(join(db.dataDir, "spool", "1-a.ndjson"), old.map((r) => JSON.stringify(r) + "\n").join("") + '{"torn');
    const server = await startServer(db, { args: ["--retention-days", "30"] });
    try {
      for (let i = 0; i < 5; i++) expect((await post(server, receipt({ consentId: `fresh-${i}` }))).status).toBe(204);
      const ids = (await exportReceipts(server, "/receipts?from=2000-01-01")).map((r) => r.consentId);
      expect(ids.sort()).toEqual(["fresh-0", "fresh-1", "fresh-2", "fresh-3", "fresh-4", "young-1"]);
    } finally {
      await server.stop();
    }
    const clean = await runVerify(db, ["--retention-days", "30"]);
    expect(clean.output).toMatch(/^6 receipts checked/m);
    expect(clean.code).toBe(0);

    await sql(db, `UPDATE receipts SET categories = '["necessary","analytics","marketing"]' WHERE consent_id = 'fresh-2'`);
    const changed = await runVerify(db, ["--retention-days", "30"]);
    expect(changed.code).toBe(1);
    expect(changed.output).toMatch(/ALTERED: receipt #\d+ .*was changed/);
  });

  test("verify notices a receipt removed from the middle, and an edited text", async () => {
    const db = await setup();
    const server = await startServer(db);
    try {
      for (let i = 0; i < 4; i++) expect((await post(server, receipt({ consentId: `kept-${i}` }))).status).toBe(204);
    } finally {
      await server.stop();
    }
    expect((await runVerify(db)).code).toBe(0);
    await sql(db, "DELETE FROM receipts WHERE consent_id = 'kept-1'");
    const removed = await runVerify(db);
    expect(removed.code).toBe(1);
    expect(removed.output).toMatch(/missing/);

    const textDb = await setup();
    await startServer(textDb).then((s) => s.stop());
    await sql(textDb, "UPDATE texts SET text = 'We never set cookies.' WHERE language = 'en'");
    const text = await runVerify(textDb);
    expect(text.code).toBe(1);
    expect(text.output).toMatch(/text [0-9a-f]{64} was changed/);
  });
});

describe.each(databaseKinds())("exports over many pages, $name database", ({ setup }) => {
  test("a range export and a visitor's export stream every receipt once, in order, past the page size", async () => {
    const db = await setup();
    mkdirSync(join(db.dataDir, "spool"), { recursive: true });
    // 2,600 receipts (the export reads 1,000 per query), 1,200 of them one visitor's, several per millisecond.
    const rows = Array.from({ length: 2600 }, (_, i) => ({
      ...row(i < 1200 ? "many" : `v-${i}`, 1),
      received_at: Date.now() - DAY + Math.floor(i / 3),
    }));
    writeFileSync(join(db.dataDir, "spool", "1-many.ndjson"), rows.map((r) => JSON.stringify(r) + "\n").join(""));
    const server = await startServer(db);
    try {
      const all = await exportReceipts(server, "/receipts?from=2000-01-01");
      expect(all).toHaveLength(2600);
      expect(new Set(all.map((r) => r.id)).size).toBe(2600);
      const times = all.map((r) => Date.parse(r.receivedAt));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect((await exportReceipts(server, "/receipts/many")).map((r) => r.id)).toEqual(rows.slice(0, 1200).map((r) => r.id));
      const csv = await fetch(`${server.url}/receipts?from=2000-01-01&format=csv`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect((await csv.text()).trim().split("\r\n")).toHaveLength(2601);
    } finally {
      await server.stop();
    }
  });
});
