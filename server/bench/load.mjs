// The load figure of server/README.md: receipts per second and latency of POST /receipts at a
// fixed concurrency for a fixed time, against the embedded database and PostgreSQL.
//
//   node bench/load.mjs [--seconds 60] [--concurrency 64] [--database embedded|postgres|both]
//
// It starts the real CLI (bin/assent-receipts.mjs) and, for PostgreSQL, a throwaway cluster from
// Debian's binaries (test/postgres.mjs); every receipt is answered only after it was committed.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Agent, request } from "node:http";
import { startPostgres } from "../test/postgres.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const SECONDS = Number(arg("seconds", 60));
const CONCURRENCY = Number(arg("concurrency", 64));
const DATABASES = arg("database", "both") == "both" ? ["embedded", "postgres"] : [arg("database")];
const BIN = fileURLToPath(new URL("../bin/assent-receipts.mjs", import.meta.url));
const CONFIG = fileURLToPath(new URL("../test/fixtures/consent.json", import.meta.url));

function startServer(env) {
  const child = spawn(process.execPath, [BIN, "--config", CONFIG, "--port", "0", "--rate-limit", "0"], {
    env: { ...process.env, ...env },
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (c) => {
      out += c;
      const m = /listening on http:\/\/([^:]+):(\d+)/.exec(out);
      if (m) resolve({ child, port: Number(m[2]) });
    });
    child.stderr.on("data", (c) => (out += c));
    child.once("exit", () => reject(new Error(out)));
  });
}

function post(agent, port, body) {
  return new Promise((resolve) => {
    const req = request(
      {
        agent,
        port,
        host: "127.0.0.1",
        method: "POST",
        path: "/receipts",
        headers: { "content-type": "application/json", "content-length": body.length },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode));
      },
    );
    req.on("error", () => resolve(0));
    req.end(body);
  });
}

async function measure(port) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const latencies = [];
  const statuses = {};
  const end = performance.now() + SECONDS * 1000;
  let n = 0;
  const worker = async () => {
    while (performance.now() < end) {
      const body = Buffer.from(
        JSON.stringify({
          consentId: `bench-${process.pid}-${n++}`,
          revision: 1,
          categories: ["necessary", "analytics"],
          services: ["google-analytics"],
          action: "custom",
          source: "preferences",
          language: "en",
          textHash: "0".repeat(64),
          url: "https://shop.example/products/chair",
          timestamp: new Date().toISOString(),
        }),
      );
      const t0 = performance.now();
      const status = await post(agent, port, body);
      latencies.push(performance.now() - t0);
      statuses[status] = (statuses[status] || 0) + 1;
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = (performance.now() - t0) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
  return { perSecond: Math.round((statuses[204] || 0) / elapsed), p50: at(0.5), p99: at(0.99), statuses };
}

for (const database of DATABASES) {
  const dataDir = mkdtempSync(join(tmpdir(), "assent-bench-"));
  const cluster = database == "postgres" ? await startPostgres() : null;
  const env = { ASSENT_RECEIPTS_DATA_DIR: dataDir, DATABASE_URL: cluster ? cluster.url : "" };
  const { child, port } = await startServer(env);
  try {
    const r = await measure(port);
    console.log(
      `${database}: ${r.perSecond} receipts/s, p50 ${r.p50} ms, p99 ${r.p99} ms (${SECONDS} s at concurrency ${CONCURRENCY}; answers ${JSON.stringify(r.statuses)})`,
    );
  } finally {
    child.kill();
    if (cluster) cluster.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
