/**
 * Two small loopback servers for the demo site, the browser tests and the benchmark:
 *
 * - the site (http://localhost:<port>): serves `siteRoot`, the built `dist/`, `/consent.json`,
 *   takes consent receipts on POST `/consent-receipts`, and fills `{{THIRD_PARTY}}`,
 *   `{{NONCE}}` and `{{CONSENT_JSON}}` in HTML;
 * - the "third party" (http://127.0.0.1:<port2>): serves `thirdPartyRoot` (`examples/third-party/`),
 *   on another origin so that every request a tagged script, frame or pixel makes is visible in
 *   `requests`; `?delay=<ms>` holds a response back.
 *
 * By default nothing is cached (`Cache-Control: no-store`), so a request that should not happen
 * always shows.
 */
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { extname, join, normalize, resolve, sep } from "node:path";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const REPO = join(HERE, "..");
const DIST = join(REPO, "dist");
const CONFIG_FILE = join(HERE, "consent.json");
const DEFAULT_THIRD_PARTY_ROOT = join(HERE, "third-party");
const DEFAULT_SITE_ROOT = join(HERE, "site");
const LOOPBACK = "127.0.0.1";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".gif": "image/gif",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".map": "application/json; charset=utf-8",
  ".ts": "text/plain; charset=utf-8",
};

/** The policy used with `csp: true`: strict, scripts only by nonce or from the third-party origin. */
export const DEFAULT_CSP =
  "default-src 'self'; script-src 'nonce-{{NONCE}}' {{THIRD_PARTY}}; style-src 'self'; " +
  "img-src 'self' {{THIRD_PARTY}} data:; frame-src {{THIRD_PARTY}}; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'self'";

/**
 * Starts both servers. Ports 0 pick free ones. `csp` is `true` (DEFAULT_CSP) or a policy string that
 * may hold `{{NONCE}}` and `{{THIRD_PARTY}}`; it is sent with every HTML page of the site.
 * `cache.site` / `cache.thirdParty` are the Cache-Control of each origin's files (default `no-store`);
 * the site's HTML pages stay `no-store` whatever `cache` says, since each one carries a fresh nonce.
 * `log: true` prints every request and receipt. `compress: true` sends the site's files brotli- or
 * gzip-compressed when the browser accepts it, as a real site does (the benchmark uses it).
 * `mount(req, res, path)` sees each site request first and returns true when it answered it (`npm start`
 * mounts the receipt server there, on the site's own origin).
 */
export async function startServers({
  sitePort = 0,
  thirdPartyPort = 0,
  siteRoot = DEFAULT_SITE_ROOT,
  thirdPartyRoot = DEFAULT_THIRD_PARTY_ROOT,
  cache = {},
  log = false,
  csp,
  compress = false,
  mount,
} = {}) {
  const siteDir = resolve(siteRoot);
  const thirdPartyDir = resolve(thirdPartyRoot);
  const siteCache = { "Cache-Control": cache.site || "no-store" };
  const thirdPartyCache = { "Cache-Control": cache.thirdParty || "no-store" };
  const requests = [];
  const receipts = [];
  // Test hooks (tests/e2e/README.md): answers that replace a path's file, HTML put first in every page's
  // <head>, and what is still in flight, so a test needs no engine-specific request interception.
  const routes = new Map();
  const network = { inflight: 0, last: Date.now() };
  let headHtml = "";
  const policy = csp === true ? DEFAULT_CSP : csp || "";
  let thirdPartyOrigin = "";

  const note = (origin, req, res) => {
    const entry = { origin, method: req.method, path: req.url, time: Date.now() };
    requests.push(entry);
    network.inflight++;
    network.last = entry.time;
    res.once("close", () => {
      network.inflight--;
      network.last = Date.now();
    });
    if (log) console.log(`${origin === "site" ? "site " : "third"} ${req.method} ${req.url}`);
  };

  const site = createServer(async (req, res) => {
    note("site", req, res);
    try {
      const path = new URL(req.url, "http://x").pathname;
      if (mount && (await mount(req, res, path))) return;
      if (path === "/consent-receipts") return await takeReceipt(req, res, receipts, log);
      if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "text/plain", "Method not allowed");
      const file =
        path === "/consent.json" ? CONFIG_FILE : path.startsWith("/dist/") ? inside(DIST, path.slice(5)) : inside(siteDir, path);
      const route = routes.get(path);
      const found = route
        ? await route(file && (await readFirst(routeCandidates(file, path))))
        : file && (await readFirst(routeCandidates(file, path)));
      if (found && found.status) return send(res, found.status, found.type || "text/plain", found.body);
      // Browsers ask for /favicon.ico on their own; a 404 would show up as a console error in every test.
      if (!found && path === "/favicon.ico") return send(res, 204, "image/x-icon", "");
      if (!found) return send(res, 404, "text/plain", `Not found: ${path}`);
      const type = TYPES[extname(found.file)] || "application/octet-stream";
      const encode = compress ? (body, quality) => compressFor(req, res, found.file, body, quality) : (body) => body;
      if (!type.startsWith("text/html")) return send(res, 200, type, encode(found.body, STATIC_QUALITY), siteCache);
      const nonce = randomBytes(16).toString("base64");
      const fill = (text) => text.replaceAll("{{THIRD_PARTY}}", thirdPartyOrigin).replaceAll("{{NONCE}}", nonce);
      let html = fill(found.body.toString("utf8"));
      if (headHtml) html = html.replace(/<head(\s[^>]*)?>/i, (open) => open + fill(headHtml));
      if (html.includes("{{CONSENT_JSON}}")) {
        // Inline JSON must not close its <script>: "<" can only appear inside strings, where \u003c means the same.
        const json = (await readFile(CONFIG_FILE, "utf8")).trim().replaceAll("<", "\\u003c");
        html = html.replaceAll("{{CONSENT_JSON}}", json);
      }
      const headers = policy ? { "Content-Security-Policy": fill(policy) } : {};
      send(res, 200, type, encode(Buffer.from(html), PAGE_QUALITY), headers);
    } catch (error) {
      send(res, 500, "text/plain", String(error && error.stack));
    }
  });

  const third = createServer(async (req, res) => {
    note("third", req, res);
    try {
      const url = new URL(req.url, "http://x");
      const delay = Number(url.searchParams.get("delay"));
      // Lets the tests make one external script slow, to prove that tagged scripts keep document order.
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 10_000)));
      const file = inside(thirdPartyDir, url.pathname);
      const found = file && (await readFirst([file]));
      const cors = { "Access-Control-Allow-Origin": "*", "Cross-Origin-Resource-Policy": "cross-origin" };
      if (!found) return send(res, 404, "text/plain", "Not found", cors);
      send(res, 200, TYPES[extname(found.file)] || "application/octet-stream", found.body, { ...cors, ...thirdPartyCache });
    } catch (error) {
      send(res, 500, "text/plain", String(error && error.stack));
    }
  });

  const sitePortUsed = await listen(site, sitePort);
  const thirdPortUsed = await listen(third, thirdPartyPort);
  thirdPartyOrigin = `http://${LOOPBACK}:${thirdPortUsed}`;

  return {
    siteOrigin: `http://localhost:${sitePortUsed}`,
    thirdPartyOrigin,
    requests,
    receipts,
    /** How many requests (both origins) are unanswered, and the time of the latest start or end of one. */
    network,
    /**
     * Serves `path` (the URL's pathname) from `respond(original)` instead: `original` is `{ file, body }`
     * or null; return `{ file, body }` (a `.html` file name makes it a page) or `{ status, type, body }`.
     * `respond` null removes the route.
     */
    route(path, respond) {
      if (respond) routes.set(path, respond);
      else routes.delete(path);
    },
    /** Puts `html` (which may hold `{{NONCE}}`) right after the `<head>` tag of every HTML page; "" stops it. */
    setHeadHtml(html) {
      headHtml = html;
    },
    /** Empties `requests` and `receipts` in place. */
    clearLog() {
      requests.length = 0;
      receipts.length = 0;
    },
    /** Stops both servers, dropping open keep-alive connections. */
    async close() {
      await Promise.all([site, third].map(stop));
    },
  };
}

async function takeReceipt(req, res, receipts, log) {
  if (req.method !== "POST") return send(res, 405, "text/plain", "POST only");
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString("utf8");
  try {
    const receipt = JSON.parse(text);
    receipts.push(receipt);
    if (log) console.log(`      receipt: ${receipt.action} / ${receipt.source} → [${receipt.categories}]`);
    send(res, 204, "text/plain", "");
  } catch {
    receipts.push({ invalidBody: text });
    send(res, 400, "text/plain", "Expected a JSON body");
  }
}

/** The absolute path of `urlPath` under `root`, or null when it would step outside it. */
function inside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = normalize(join(root, decoded));
  return file === root || file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : null;
}

/** `/en/` → en/index.html; `/integritet` → integritet.html, else integritet/index.html. */
function routeCandidates(file, urlPath) {
  if (urlPath.endsWith("/")) return [join(file, "index.html")];
  if (extname(urlPath)) return [file];
  return [file + ".html", join(file, "index.html")];
}

async function readFirst(files) {
  for (const file of files) {
    try {
      return { file, body: await readFile(file) };
    } catch {
      // try the next candidate
    }
  }
  return null;
}

// A CDN serves static files compressed once at the highest level; pages are compressed as they are sent.
const STATIC_QUALITY = 11;
const PAGE_QUALITY = 5;
const compressed = new Map();

/**
 * `body` brotli- (else gzip-) compressed when the request accepts it, setting Content-Encoding on `res`;
 * static files (quality 11) are compressed once per content and kept.
 */
function compressFor(req, res, file, body, quality) {
  const accepted = String(req.headers["accept-encoding"] || "");
  const encoding = /\bbr\b/.test(accepted) ? "br" : /\bgzip\b/.test(accepted) ? "gzip" : "";
  res.setHeader("Vary", "Accept-Encoding");
  if (!encoding || body.length < 256) return body;
  const key = `${encoding} ${file}`;
  res.setHeader("Content-Encoding", encoding);
  const kept = quality === STATIC_QUALITY && compressed.get(key);
  if (kept && kept.source.equals(body)) return kept.data;
  const data =
    encoding === "br"
      ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: quality, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : gzipSync(body, { level: quality === STATIC_QUALITY ? 9 : 6 });
  if (quality === STATIC_QUALITY) compressed.set(key, { source: body, data });
  return data;
}

function send(res, status, type, body, headers = {}) {
  res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store", ...headers });
  res.end(body);
}

function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, LOOPBACK, () => resolve(server.address().port));
  });
}

function stop(server) {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
