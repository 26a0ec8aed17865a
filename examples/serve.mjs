/**
 * `npm start`: serves the demo site and its "third-party" origin until Ctrl+C.
 * PORT and THIRD_PARTY_PORT (default PORT + 1) pick the ports; without PORT it is 8080, or the next
 * free pair of ports when 8080 is taken (said in one line, never a stack trace).
 */
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { startServers } from "./server.mjs";
import { startReceiptServer } from "./receipt-server.mjs";
import { buildApps } from "./apps/build.mjs";

const DEFAULT_PORT = 8080;
/** How many ports after 8080 are tried before giving up. */
const PORTS_TO_TRY = 20;

/** Whether nothing listens on `port` on the loopback address the servers use. */
function isFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

async function pickPorts() {
  const wanted = Number(process.env.PORT);
  const third = Number(process.env.THIRD_PARTY_PORT);
  if (wanted) {
    for (const port of [wanted, third || wanted + 1]) {
      if (!(await isFree(port))) {
        console.error(
          `Port ${port} is already in use: stop what uses it, or choose other ports with PORT=… (and THIRD_PARTY_PORT=…).`,
        );
        process.exit(1);
      }
    }
    return { sitePort: wanted, thirdPartyPort: third || wanted + 1 };
  }
  for (let port = DEFAULT_PORT; port < DEFAULT_PORT + PORTS_TO_TRY; port += 1) {
    if ((await isFree(port)) && (await isFree(port + 1))) {
      if (port != DEFAULT_PORT) console.log(`Port ${DEFAULT_PORT} is in use, so the demo uses ${port} (set PORT to choose).`);
      return { sitePort: port, thirdPartyPort: port + 1 };
    }
  }
  console.error(`Ports ${DEFAULT_PORT}–${DEFAULT_PORT + PORTS_TO_TRY} are all in use: choose one with PORT=….`);
  process.exit(1);
}

const { sitePort, thirdPartyPort } = await pickPorts();

if (!existsSync(fileURLToPath(new URL("../dist/assent.js", import.meta.url)))) {
  console.warn("dist/assent.js is missing: run `npm run build` first (`npm start` does it for you).");
}

// The React and Vue pages' bundles (dist/examples/), from the adapters just built.
await buildApps().catch((error) => console.warn(`The React and Vue pages need \`npm run build\` first: ${error.message}`));
const receipts = await startReceiptServer();
const servers = await startServers({ sitePort, thirdPartyPort, log: true, mount: receipts.mount });
console.log(`
  Kedjeverket, the Assent demo site

    Svenska:  ${servers.siteOrigin}/
    English:  ${servers.siteOrigin}/en/
    ES module: ${servers.siteOrigin}/en/module
    React:     ${servers.siteOrigin}/en/react  (drop-in + assent/react)
    Vue:       ${servers.siteOrigin}/en/vue    (ES module + assent/vue)

  "Third-party" scripts and video come from ${servers.thirdPartyOrigin}
  Receipts are kept by the receipt server (server/) on this origin, in ${receipts.dataDir}:
    Dashboard: ${servers.siteOrigin}/dashboard  (any user name, password ${receipts.token})
    Export:    curl -H "Authorization: Bearer ${receipts.token}" ${servers.siteOrigin}/receipts

  Requests and consent receipts are logged below. Ctrl+C stops.
`);

const stop = async () => {
  await servers.close();
  await receipts.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
