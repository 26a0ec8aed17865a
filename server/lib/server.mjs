import { createServer } from "node:http";
import { join } from "node:path";
import { loadConfigs, shownTexts } from "./configs.mjs";
import { openSpool } from "./spool.mjs";
import { openStore } from "./store/receipt-store.mjs";
import { createWriter } from "./writer.mjs";
import { answerJson, answerProblem } from "./http/answer.mjs";
import { isAuthorized } from "./http/auth.mjs";
import { answerExport } from "./http/exports.mjs";
import { createRateLimit } from "./http/rate-limit.mjs";
import { createReceiver } from "./http/receive.mjs";
import { answerDashboard } from "./http/dashboard.mjs";

/** How often the spool is tried again while it holds receipts. */
const REPLAY_MS = 1000;
/** How often old receipts are deleted: hourly is far finer than any retention in days needs. */
const RETENTION_MS = 60 * 60 * 1000;
const DAY_MS = 86400000;

/**
 * Opens the database (creating its tables), registers the configs' texts,
 * replays receipts a previous run spooled, and returns the request handler
 * with the background work (spool replay, retention) running. It does not
 * listen: `listen(port, host)` does, or mount `handle` in your own server.
 * @param {object} settings see lib/settings.mjs
 */
export async function createReceiptServer(settings, log = () => {}) {
  const configs = loadConfigs(settings.configs);
  const store = await openStore(settings);
  await store.putTexts(shownTexts(configs), Date.now());
  const knownHashes = await store.knownTextHashes();
  const spool = openSpool(settings.spoolDir || join(settings.dataDir, "spool"));
  const replay = async () => {
    try {
      const n = await spool.replay(store);
      if (n) log(`replayed ${n} spooled receipts into the database`);
    } catch {
      // still down: the next tick tries again
    }
  };
  await replay();
  const writer = createWriter(
    store,
    spool,
    (error) => log(`database write failed, spooling: ${error.message}`),
    // PostgreSQL: a few transactions in flight, well under the pool's 10 connections; SQLite has one writer.
    store.kind == "postgres" ? 4 : 1,
  );
  const receive = createReceiver({ settings, configs, knownHashes, writer, allow: createRateLimit(settings.rateLimit) });
  const applyRetention = async () => {
    try {
      const n = await store.deleteReceivedBefore(Date.now() - settings.retentionDays * DAY_MS);
      if (n) log(`retention: deleted ${n} receipts older than ${settings.retentionDays} days`);
    } catch (error) {
      log(`retention failed, will retry: ${error.message}`);
    }
  };
  await applyRetention();
  const timers = [setInterval(() => spool.pending() && replay(), REPLAY_MS), setInterval(applyRetention, RETENTION_MS)];
  timers.forEach((timer) => timer.unref());
  const context = { store, configs, settings };

  let warnedAboutProxy = false;
  async function handle(req, res) {
    if (!settings.trustProxy && req.headers["x-forwarded-for"] && !warnedAboutProxy) {
      warnedAboutProxy = true;
      log(
        "requests come through a proxy (X-Forwarded-For) but --trust-proxy is off: the rate limit counts the proxy as one client",
      );
    }
    const url = new URL(req.url || "/", "http://server");
    const path = url.pathname;
    if (path == "/receipts" && req.method != "GET") return receive(req, res);
    if (req.method != "GET" && req.method != "HEAD") return answerProblem(res, 405, `${req.method} is not used here`);
    if (path.startsWith("/texts/")) {
      const text = await store.getText(path.slice("/texts/".length));
      return text
        ? answerJson(res, 200, text, { "cache-control": "public, max-age=31536000, immutable" })
        : answerProblem(res, 404, "no text with that hash");
    }
    if (path == "/health") return answerJson(res, 200, { ok: true, database: store.kind, spooled: spool.pending() });
    if (path == "/receipts" || path.startsWith("/receipts/") || path == "/dashboard") {
      if (!isAuthorized(req, settings.token)) {
        const why = settings.token
          ? "send Authorization: Bearer <ASSENT_RECEIPTS_TOKEN>"
          : "set ASSENT_RECEIPTS_TOKEN to open the export";
        return answerProblem(res, 401, why, path == "/dashboard" ? { "www-authenticate": 'Basic realm="assent-receipts"' } : {});
      }
      return path == "/dashboard" ? answerDashboard(res, context) : answerExport(req, res, url, context);
    }
    return answerProblem(res, 404, `nothing at ${path}`);
  }

  return {
    /** `(req, res)` for node:http, with errors answered as 500 rather than thrown. */
    handle(req, res) {
      handle(req, res).catch((error) => {
        log(`error: ${error.stack || error}`);
        if (!res.headersSent) answerProblem(res, 500, "internal error");
        else res.destroy();
      });
    },
    store,
    /** Runs retention now (tests, and the hourly timer). */
    applyRetention,
    /** Listens; resolves with the node:http server once it does. */
    listen(port, host) {
      const server = createServer((req, res) => this.handle(req, res));
      server.keepAliveTimeout = 65000;
      return new Promise((resolve, reject) => server.once("error", reject).listen(port, host, () => resolve(server)));
    },
    async close() {
      timers.forEach(clearInterval);
      await store.close();
    },
  };
}
