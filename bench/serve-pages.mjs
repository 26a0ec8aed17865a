/**
 * A minimal two-origin server for the bench, the same shape as
 * examples/server.mjs (`startServers`), so the two can be merged:
 * the site on http://localhost:<sitePort>, the "third party" on
 * http://127.0.0.1:<thirdPartyPort> (a different site, so cookies and
 * requests are told apart). Every request is logged; the third-party origin
 * holds a response for `?delay=<ms>`.
 *
 * Caching is deliberate: the site's own static files (the consent tools) may
 * be cached for an hour, as on any CDN, so a returning visit reads them from
 * cache; third-party responses are `no-store`, so a returning visit fetches
 * the tags again and adversarial latency applies on every visit.
 */
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".gif": "image/gif",
};

/** Resolves `path` under `root`, or null when it would escape it. */
function safeJoin(root, path) {
  const full = normalize(join(root, decodeURIComponent(path)));
  return full.startsWith(root) ? full : null;
}

function listen(server, port) {
  return new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => done(server.address().port));
  });
}

/**
 * Starts both origins. `sitePort` / `thirdPartyPort` 0 picks free ports.
 * `csp` (optional) is sent as the site's Content-Security-Policy header.
 */
export async function startServers({ sitePort = 0, thirdPartyPort = 0, siteRoot, csp } = {}) {
  const root = resolve(siteRoot);
  const dist = join(ROOT, "dist");
  const requests = [];
  let thirdPartyOrigin = "";

  const handle = (origin) => async (req, res) => {
    const url = new URL(req.url, "http://x");
    requests.push({ origin, method: req.method, path: url.pathname + url.search, time: Date.now() });
    const delay = origin === "third" ? Number(url.searchParams.get("delay")) || 0 : 0;
    if (delay) await new Promise((r) => setTimeout(r, delay));
    let path = url.pathname === "/" ? "/index.html" : url.pathname;
    const file = path.startsWith("/dist/") ? safeJoin(dist, path.slice(6)) : safeJoin(root, path);
    let body;
    try {
      if (!file) throw new Error("outside root");
      body = await readFile(file);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    const headers = { "content-type": type };
    if (type.startsWith("text/html")) {
      body = body.toString("utf8").replaceAll("{{THIRD_PARTY}}", thirdPartyOrigin);
      headers["cache-control"] = "no-store";
      if (csp && origin === "site") headers["content-security-policy"] = csp;
    } else {
      headers["cache-control"] = origin === "third" ? "no-store" : "max-age=3600";
    }
    if (origin === "third") headers["access-control-allow-origin"] = "*";
    res.writeHead(200, headers).end(body);
  };

  const site = createServer(handle("site"));
  const third = createServer(handle("third"));
  // Keep-alive sockets would hold close() open; the bench is done with them when it closes.
  for (const server of [site, third]) server.keepAliveTimeout = 1000;
  const siteP = await listen(site, sitePort);
  const thirdP = await listen(third, thirdPartyPort);
  thirdPartyOrigin = `http://127.0.0.1:${thirdP}`;
  return {
    siteOrigin: `http://localhost:${siteP}`,
    thirdPartyOrigin,
    requests,
    clearLog() {
      requests.length = 0;
    },
    close() {
      for (const server of [site, third]) server.closeAllConnections?.();
      return Promise.all([site, third].map((s) => new Promise((r) => s.close(() => r()))));
    },
  };
}
