/**
 * `npm start`: serves the demo site and its "third-party" origin until Ctrl+C.
 * PORT (default 8080) and THIRD_PARTY_PORT (default 8081) pick the ports.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { startServers } from "./server.mjs";
import { startReceiptServer } from "./receipt-server.mjs";
import { buildApps } from "./apps/build.mjs";

const sitePort = Number(process.env.PORT) || 8080;
const thirdPartyPort = Number(process.env.THIRD_PARTY_PORT) || sitePort + 1;

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
