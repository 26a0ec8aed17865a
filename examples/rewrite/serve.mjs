/**
 * The demo site served through the HTML rewriter (README "The HTML rewriter"), twice: behind the Node middleware
 * (middleware.mjs) and behind an edge-style `fetch` handler (edge.mjs). Both front the demo's own server
 * (examples/server.mjs), so every page — /en/untagged above all, which nobody tagged — reaches the browser tagged.
 *
 *   npm run build && node examples/rewrite/serve.mjs
 */
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { startServers } from "../server.mjs";
import { rewriteMiddleware } from "./middleware.mjs";
import { rewriteResponse } from "./edge.mjs";

/** examples/consent.json with the `urls` of urls.json: the config the rewriter tags by. */
export function rewriteConfig() {
  const config = JSON.parse(readFileSync(new URL("../consent.json", import.meta.url), "utf8"));
  const urls = JSON.parse(readFileSync(new URL("./urls.json", import.meta.url), "utf8"));
  for (const category of config.categories)
    for (const service of category.services || []) if (urls[service.id]) service.urls = urls[service.id];
  return config;
}

// Hop-by-hop and length headers don't pass a proxy unchanged.
const DROPPED = /^(connection|keep-alive|transfer-encoding|content-length|content-encoding)$/i;

/** The browser's request as a Web `Request` to the demo server. */
async function upstreamRequest(req, upstream) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const headers = Object.entries(req.headers).filter(([name]) => !DROPPED.test(name) && name != "host");
  return new Request(upstream + req.url, {
    method: req.method,
    headers,
    body: chunks.length ? Buffer.concat(chunks) : undefined,
    redirect: "manual",
  });
}

/** Copies a Web `Response` onto Node's `res` through `res.setHeader`/`write`/`end`, as any Node handler would. */
async function sendResponse(response, res) {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => DROPPED.test(name) || name == "set-cookie" || res.setHeader(name, value));
  const cookies = response.headers.getSetCookie ? response.headers.getSetCookie() : [];
  if (cookies.length) res.setHeader("set-cookie", cookies);
  if (response.body) for await (const chunk of response.body) res.write(chunk);
  res.end();
}

/** Starts the demo servers and both rewriting fronts; ports 0 pick free ones. */
export async function startRewriteExample({ nodePort = 0, edgePort = 0, log = false } = {}) {
  const servers = await startServers({ log });
  const config = rewriteConfig();
  const middleware = rewriteMiddleware(config);
  const node = createServer(async (req, res) => {
    const proxy = async () => sendResponse(await fetch(await upstreamRequest(req, servers.siteOrigin)), res);
    middleware(req, res, () => proxy().catch((error) => res.destroy(error)));
  });
  // What an edge runtime calls for every request: `fetch(request) → Response`.
  const fetchHandler = async (request) => rewriteResponse(await fetch(request), config);
  const edge = createServer(async (req, res) => {
    try {
      await sendResponse(await fetchHandler(await upstreamRequest(req, servers.siteOrigin)), res);
    } catch (error) {
      res.destroy(error);
    }
  });
  const listen = (server, port) =>
    new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server.address().port)));
  const [nodeUsed, edgeUsed] = await Promise.all([listen(node, nodePort), listen(edge, edgePort)]);
  return {
    servers,
    // `localhost`, like the demo site: the third party stays the other origin (127.0.0.1).
    nodeOrigin: `http://localhost:${nodeUsed}`,
    edgeOrigin: `http://localhost:${edgeUsed}`,
    async close() {
      for (const server of [node, edge]) {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
      await servers.close();
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const example = await startRewriteExample({ nodePort: 8090, edgePort: 8091, log: true });
  console.log(`
  The demo site through the HTML rewriter

    Node middleware:  ${example.nodeOrigin}/en/untagged
    Edge handler:     ${example.edgeOrigin}/en/untagged

  Compare with the page served as written: ${example.servers.siteOrigin}/en/untagged
`);
}
