// "Nothing accepted is lost": every receipt answered 204 is in the export after a SIGKILL of the
// server, after PostgreSQL went down and up during a load, and with two servers writing to one database.
import { afterAll, describe, expect, test } from "vitest";
import { inject } from "vitest";
import { databaseKinds, exportReceipts, post, receipt, removeTempDirs, runVerify, startServer, tempDir } from "./harness.mjs";
import { startPostgres } from "./postgres.mjs";

afterAll(removeTempDirs);

/**
 * Sends receipts with `concurrency` at a time, each with its own consent id, to the servers in turn,
 * until `stop()` says so; resolves with the ids answered 204.
 */
async function load(servers, { concurrency = 8, stop }) {
  const accepted = [];
  let n = 0;
  const worker = async () => {
    while (!stop(accepted.length)) {
      const id = `load-${n++}`;
      try {
        const res = await post(servers[n % servers.length], receipt({ consentId: id }));
        await res.arrayBuffer();
        if (res.status == 204) accepted.push(id);
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 20)); // the server is gone: not answered, not promised
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return accepted;
}

async function exportedIds(server) {
  return (await exportReceipts(server, "/receipts?from=2000-01-01")).map((r) => r.consentId);
}

describe.each(databaseKinds())("durability, $name database", ({ name, setup }) => {
  test("SIGKILL right after answering: every 204'd receipt is there after a restart, none twice", async () => {
    const db = await setup();
    const server = await startServer(db, { args: ["--rate-limit", "0"] });
    let killed;
    const accepted = await load([server], {
      concurrency: 16,
      stop: (count) => {
        if (count >= 150 && !killed) killed = server.stop("SIGKILL");
        return !!killed && server.exited();
      },
    });
    await killed;
    expect(accepted.length).toBeGreaterThanOrEqual(150);
    const again = await startServer(db);
    try {
      const ids = await exportedIds(again);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(expect.arrayContaining(accepted));
    } finally {
      await again.stop();
    }
    expect((await runVerify(db)).code).toBe(0);
  });

  if (name != "postgres") return;

  test("two server processes writing to one PostgreSQL at once: nothing lost, nothing doubled, one intact chain", async () => {
    const db = await setup();
    const servers = [
      await startServer(db, { args: ["--rate-limit", "0"] }),
      await startServer(db, { args: ["--rate-limit", "0"] }),
    ];
    try {
      const accepted = await load(servers, { concurrency: 16, stop: (count) => count >= 400 });
      const ids = await exportedIds(servers[0]);
      expect(ids.length).toBe(new Set(ids).size);
      expect(ids.sort()).toEqual([...new Set(accepted)].sort());
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
    }
    expect((await runVerify(db)).code).toBe(0);
  });
});

describe.runIf(inject("postgresUrl"))("PostgreSQL stopped and started during a load", () => {
  test("every receipt answered 204 while the database was away is in the export once it is back", async () => {
    const cluster = await startPostgres();
    try {
      const db = { databaseUrl: await cluster.createDatabase("outage"), dataDir: tempDir() };
      const server = await startServer(db, { args: ["--rate-limit", "0"] });
      try {
        const started = Date.now();
        const outage = (async () => {
          await new Promise((resolve) => setTimeout(resolve, 1000));
          cluster.stop("fast");
          await new Promise((resolve) => setTimeout(resolve, 2500));
          cluster.start();
        })();
        const accepted = await load([server], { concurrency: 8, stop: () => Date.now() - started > 6000 });
        await outage;
        // Answers kept coming while the database was down (spooled), then the spool drains.
        await expect.poll(async () => (await (await fetch(server.url + "/health")).json()).spooled, { timeout: 20000 }).toBe(0);
        const ids = await exportedIds(server);
        expect(ids.length).toBe(new Set(ids).size);
        expect(ids.sort()).toEqual([...accepted].sort());
        expect(server.output()).toMatch(/spooling/);
        expect(server.output()).toMatch(/replayed \d+ spooled receipts/);
      } finally {
        await server.stop();
      }
      expect((await runVerify(db)).code).toBe(0);
    } finally {
      cluster.destroy();
    }
  });
});
