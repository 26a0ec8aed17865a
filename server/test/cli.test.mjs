// The command line: --help names every setting, and a bad config or argument stops the start with a clear message.
import { afterAll, expect, test } from "vitest";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  BIN,
  CONFIG,
  CONFIG_V2,
  removeTempDirs,
  tempDir,
  databaseKinds,
  startServer,
  post,
  receipt,
  exportReceipts,
} from "./harness.mjs";

afterAll(removeTempDirs);
const run = (...args) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env: { ...process.env, DATABASE_URL: "" } });

test("--help lists every setting by flag and environment variable", () => {
  const { status, stdout } = run("--help");
  expect(status).toBe(0);
  for (const name of [
    "--config",
    "--port",
    "PORT",
    "--host",
    "HOST",
    "--origin",
    "ASSENT_RECEIPTS_ORIGINS",
    "--retention-days",
    "ASSENT_RECEIPTS_RETENTION_DAYS",
    "ASSENT_RECEIPTS_TOKEN",
    "DATABASE_URL",
    "verify",
  ])
    expect(stdout).toContain(name);
});

test("an invalid config, a missing one or an unknown argument stops the server with the reason", () => {
  const bad = join(tempDir(), "bad.json");
  writeFileSync(bad, JSON.stringify({ revision: 1, categories: [{ id: "" }] }));
  const invalid = run("--config", bad);
  expect(invalid.status).toBe(2);
  expect(invalid.stderr).toMatch(/categories\[0\]\.id/);
  expect(run().stderr).toMatch(/No config/);
  expect(run("--config", CONFIG, "--colour").stderr).toMatch(/Unknown argument --colour/);
  expect(run("--config", CONFIG, "--config", CONFIG).stderr).toMatch(/revision 1 is given twice/);
});

test("with an older revision's config too, receipts of both revisions are taken, each checked against its own", async () => {
  const [{ setup }] = databaseKinds();
  const server = await startServer(await setup(), { args: ["--config", CONFIG_V2] });
  try {
    expect((await post(server, receipt({ revision: 1 }))).status).toBe(204);
    expect((await post(server, receipt({ revision: 2 }))).status).toBe(204);
    expect((await post(server, receipt({ revision: 3 }))).status).toBe(400);
    expect((await exportReceipts(server)).map((r) => r.revision)).toEqual([1, 2]);
  } finally {
    await server.stop();
  }
});

test("server/README.md documents every setting --help lists", async () => {
  const { SETTINGS } = await import("../lib/settings.mjs");
  const readme = (await import("node:fs")).readFileSync(new URL("../README.md", import.meta.url), "utf8");
  for (const setting of SETTINGS) {
    if (setting.flag) expect(readme, setting.flag).toContain("`" + setting.flag);
    if (setting.env) expect(readme, setting.env).toContain("`" + setting.env + "`");
  }
});

test("nothing in the SDK's source imports the server or its dependencies (they never reach a browser build)", async () => {
  const { readdirSync, readFileSync } = await import("node:fs");
  const src = new URL("../../src/", import.meta.url);
  const files = readdirSync(src, { recursive: true }).filter((name) => /\.tsx?$/.test(name));
  expect(files.length).toBeGreaterThan(20);
  for (const name of files) {
    const text = readFileSync(new URL(name, src), "utf8");
    expect(text, name).not.toMatch(/from\s+["'](better-sqlite3|pg|[./]+\/server\/[^"']*)["']/);
  }
});
