// Starts the real CLI (bin/assent-receipts.mjs) as a child process, as a site owner would, and talks HTTP to it.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";

export const BIN = fileURLToPath(new URL("../bin/assent-receipts.mjs", import.meta.url));
export const CONFIG = fileURLToPath(new URL("./fixtures/consent.json", import.meta.url));
export const CONFIG_V2 = fileURLToPath(new URL("./fixtures/consent-v2.json", import.meta.url));
export const TOKEN = "test-token-0123456789";
export const ORIGIN = "https://shop.example";

let databases = 0;

/**
 * The databases to run a suite against: the embedded one always, PostgreSQL
 * when the run has it (always in CI). Each `setup()` gives a fresh, empty one.
 */
export function databaseKinds() {
  const url = inject("postgresUrl");
  const kinds = [{ name: "embedded", setup: async () => ({ dataDir: tempDir() }) }];
  if (url)
    kinds.push({
      name: "postgres",
      setup: async () => {
        const pg = (await import("pg")).default;
        const name = `t_${process.pid}_${Date.now()}_${databases++}`;
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(`CREATE DATABASE ${name}`);
        await client.end();
        return { databaseUrl: url.replace(/\/[^/]*$/, "/" + name), dataDir: tempDir() };
      },
    });
  return kinds;
}

const dirs = [];
export function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), "assent-receipts-test-"));
  dirs.push(dir);
  return dir;
}
export function removeTempDirs() {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Environment for the CLI from a database (from `setup()`) and extra settings. */
export function serverEnv(db, extra = {}) {
  const env = { ...process.env, ASSENT_RECEIPTS_TOKEN: TOKEN, ASSENT_RECEIPTS_DATA_DIR: db.dataDir, ...extra };
  delete env.DATABASE_URL;
  if (db.databaseUrl) env.DATABASE_URL = db.databaseUrl;
  return env;
}

/**
 * Starts `assent-receipts` on a free port; resolves once it listens, with
 * its base URL, its output so far, and `stop(signal)`.
 */
export function startServer(db, { args = [], env = {} } = {}) {
  const child = spawn(process.execPath, [BIN, "--config", CONFIG, "--port", "0", "--origin", ORIGIN, ...args], {
    env: serverEnv(db, env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/[^\s]+)/.exec(output);
      if (match && !server.url) {
        server.url = match[1];
        resolve(server);
      }
    };
    const server = {
      url: "",
      child,
      output: () => output,
      /** Whether the process has ended (a signal leaves `exitCode` null). */
      exited: () => child.exitCode != null || child.signalCode != null,
      stop(signal = "SIGTERM") {
        if (server.exited()) return Promise.resolve();
        return new Promise((done) => {
          child.once("exit", done);
          child.kill(signal);
        });
      },
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`assent-receipts exited with ${code}:\n${output}`)));
  });
}

/** A valid receipt, as the drop-in sends it for the fixture config (override any field). */
export function receipt(overrides = {}) {
  return {
    consentId: "Xq3k9VbT0aZ1-_cdEfGh2w",
    revision: 1,
    categories: ["necessary", "analytics"],
    services: ["google-analytics"],
    action: "custom",
    source: "preferences",
    language: "en",
    textHash: "0".repeat(64),
    url: "https://shop.example/products/chair",
    timestamp: new Date().toISOString(),
    ...overrides,
  };
}

/** POSTs a receipt (an object is sent as JSON) from the allowed origin unless headers say otherwise. */
export function post(server, body, headers = {}) {
  return fetch(server.url + "/receipts", {
    method: "POST",
    headers: { "content-type": "application/json", origin: ORIGIN, ...headers },
    body: typeof body == "string" || body instanceof Uint8Array ? body : JSON.stringify(body),
  });
}

/** GETs an admin route with the token; NDJSON answers come back parsed. */
export async function exportReceipts(server, path = "/receipts") {
  const res = await fetch(server.url + path, { headers: { authorization: `Bearer ${TOKEN}` } });
  if (res.status != 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.text())
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

/** Runs SQL straight on the database, behind the server's back (as someone with database access could). */
export async function sql(db, text) {
  if (db.databaseUrl) {
    const pg = (await import("pg")).default;
    const client = new pg.Client({ connectionString: db.databaseUrl });
    await client.connect();
    try {
      return (await client.query(text)).rows;
    } finally {
      await client.end();
    }
  }
  const Database = (await import("better-sqlite3")).default;
  const sqlite = new Database(join(db.dataDir, "receipts.db"));
  try {
    const statement = sqlite.prepare(text);
    return statement.reader ? statement.all() : (statement.run(), []);
  } finally {
    sqlite.close();
  }
}

/** Runs `assent-receipts verify` on a database; resolves with its exit code and output. */
export function runVerify(db, args = []) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, "verify", "--config", CONFIG, ...args], {
      env: serverEnv(db),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (c) => (output += c));
    child.stderr.on("data", (c) => (output += c));
    child.on("exit", (code) => resolve({ code, output }));
  });
}
