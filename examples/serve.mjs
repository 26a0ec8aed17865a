/**
 * `npm start`: serves the demo site and its "third-party" origin until Ctrl+C.
 * PORT (default 8080) and THIRD_PARTY_PORT (default 8081) pick the ports.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { startServers } from "./server.mjs";

const sitePort = Number(process.env.PORT) || 8080;
const thirdPartyPort = Number(process.env.THIRD_PARTY_PORT) || sitePort + 1;

if (!existsSync(fileURLToPath(new URL("../dist/assent.js", import.meta.url)))) {
  console.warn("dist/assent.js is missing: run `npm run build` first (`npm start` does it for you).");
}

const servers = await startServers({ sitePort, thirdPartyPort, log: true });
console.log(`
  Kedjeverket, the Assent demo site

    Svenska:  ${servers.siteOrigin}/
    English:  ${servers.siteOrigin}/en/
    ES module: ${servers.siteOrigin}/en/module

  "Third-party" scripts and video come from ${servers.thirdPartyOrigin}
  Requests and consent receipts are logged below. Ctrl+C stops.
`);

const stop = async () => {
  await servers.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
