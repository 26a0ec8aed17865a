#!/usr/bin/env node
// `npx assent-receipts --config consent.json` runs the receipt server;
// `npx assent-receipts verify --config consent.json` checks the stored receipts.
import { existsSync } from "node:fs";

if (!existsSync(new URL("../dist/sdk.mjs", import.meta.url))) {
  console.error("assent-receipts: dist/sdk.mjs is missing; run `npm run build --workspace server` first.");
  process.exit(2);
}
const { helpText, readSettings } = await import("../lib/settings.mjs");
const args = process.argv.slice(2);
const command = args[0] == "verify" ? args.shift() : "serve";
if (args.includes("--help") || args.includes("-h")) {
  console.log(helpText());
  process.exit(0);
}
let settings;
try {
  settings = readSettings(args, process.env);
} catch (error) {
  console.error(`assent-receipts: ${error.message}`);
  process.exit(2);
}
const log = (line) => console.log(`${new Date().toISOString()} ${line}`);

try {
  if (command == "verify") await verify();
  else await serve();
} catch (error) {
  console.error(`assent-receipts: ${error.message}`);
  process.exit(2);
}

async function serve() {
  const { createReceiptServer } = await import("../lib/server.mjs");
  const app = await createReceiptServer(settings, log);
  const server = await app.listen(settings.port, settings.host);
  const { port } = server.address();
  log(`assent-receipts listening on http://${settings.host}:${port} (${app.store.kind} database)`);
  const stop = () => server.close(async () => (await app.close(), process.exit(0)));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

async function verify() {
  const { loadConfigs } = await import("../lib/configs.mjs");
  const { openStore } = await import("../lib/store/receipt-store.mjs");
  const { verifyStore } = await import("../lib/verify.mjs");
  loadConfigs(settings.configs);
  const store = await openStore(settings);
  const { checked, head, problems } = await verifyStore(store, settings);
  await store.close();
  for (const problem of problems) console.error(`ALTERED: ${problem}`);
  console.log(`${checked} receipts checked; chain head ${head ? `#${head.seq} ${head.hash}` : "(empty)"}`);
  if (problems.length) process.exit(1);
  console.log("OK: nothing was altered or removed outside retention.");
}
