/**
 * The receipt server of `npm start`: server/ (`assent-receipts`) with its embedded database, mounted on the
 * demo site's own origin as a site would mount it behind its reverse proxy — so receipts need no CORS and
 * its answers renew the choice cookie (README "Proof of consent"). The demo's config sends receipts to
 * /consent-receipts, which is the server's POST /receipts here.
 */
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROUTES = /^\/(consent-receipts$|receipts(\/|$)|texts\/|dashboard$)/;

export async function startReceiptServer() {
  await import("../server/build.mjs"); // the server runs the SDK's own modules, bundled into server/dist/sdk.mjs
  const { createReceiptServer } = await import("../server/lib/server.mjs");
  const token = process.env.ASSENT_RECEIPTS_TOKEN || randomBytes(9).toString("base64url");
  const dataDir = join(tmpdir(), "assent-demo-receipts");
  const app = await createReceiptServer(
    {
      configs: [fileURLToPath(new URL("./consent.json", import.meta.url))],
      origins: [],
      dataDir,
      retentionDays: 1461,
      rateLimit: 60,
      token,
      controllerName: "Kedjeverket AB (demo)",
      withdrawal: "Öppna cookieinställningarna längst ned på sidan och välj Avvisa alla.",
    },
    (line) => console.log(`receipts ${line}`),
  );
  return {
    token,
    dataDir,
    mount(req, res, path) {
      if (!ROUTES.test(path)) return false;
      if (path == "/consent-receipts") req.url = "/receipts";
      app.handle(req, res);
      return true;
    },
    close: () => app.close(),
  };
}
