// The HTTP API of `assent-receipts`, black-box, against the embedded database and PostgreSQL.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { textShownIn } from "../dist/sdk.mjs";
import { CONFIG, ORIGIN, TOKEN, databaseKinds, exportReceipts, post, receipt, removeTempDirs, startServer } from "./harness.mjs";

const config = JSON.parse(readFileSync(CONFIG, "utf8"));
const hashOf = (language) => createHash("sha256").update(textShownIn(config, language)).digest("hex");
afterAll(removeTempDirs);

describe.each(databaseKinds())("receipts in the $name database", ({ setup }) => {
  let server;
  beforeAll(async () => {
    server = await startServer(await setup(), {
      args: ["--controller-name", "Kedjeverket AB", "--jurisdiction", "SE", "--rate-limit", "1000"],
    });
  });
  afterAll(() => server.stop());

  test("a valid receipt gets 204 and comes back in the export with the server's time and the site's facts", async () => {
    const before = Date.now();
    const sent = receipt({ consentId: "visitor-one", textHash: hashOf("en") });
    const res = await post(server, sent);
    expect(res.status).toBe(204);
    const [stored] = await exportReceipts(server, "/receipts/visitor-one");
    expect(stored).toMatchObject({
      consentId: "visitor-one",
      revision: 1,
      categories: ["necessary", "analytics"],
      services: ["google-analytics"],
      action: "custom",
      source: "preferences",
      language: "en",
      textHash: sent.textHash,
      textKnown: true,
      url: sent.url,
      timestamp: sent.timestamp,
      policyUrl: "https://shop.example/privacy",
      controllerName: "Kedjeverket AB",
      jurisdiction: "SE",
      retentionDays: 1461,
    });
    expect(Date.parse(stored.receivedAt)).toBeGreaterThanOrEqual(before - 1000);
    // The export for a data-subject request carries the text the visitor was shown.
    expect(stored.text).toBe(textShownIn(config, "en"));
  });

  test("every language's text is in the registry under the drop-in's hash", async () => {
    for (const language of config.languages) {
      const res = await fetch(`${server.url}/texts/${hashOf(language)}`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ language, revision: 1, text: textShownIn(config, language) });
    }
    expect((await fetch(`${server.url}/texts/${"f".repeat(64)}`)).status).toBe(404);
  });

  test("a receipt with an unknown text hash is stored and flagged", async () => {
    expect((await post(server, receipt({ consentId: "unknown-text", textHash: "a".repeat(64) }))).status).toBe(204);
    expect((await post(server, receipt({ consentId: "unknown-text", textHash: "" }))).status).toBe(204);
    const stored = await exportReceipts(server, "/receipts/unknown-text");
    expect(stored.map((r) => [r.textHash, r.textKnown, r.text])).toEqual([
      ["a".repeat(64), false, null],
      ["", false, null],
    ]);
  });

  test("a visitor's receipts come back in order; the range export is NDJSON or CSV", async () => {
    for (const action of ["accept_all", "reject_all", "withdraw"])
      expect(
        (await post(server, receipt({ consentId: "in-order", action, categories: ["necessary"], services: [] }))).status,
      ).toBe(204);
    expect((await exportReceipts(server, "/receipts/in-order")).map((r) => r.action)).toEqual([
      "accept_all",
      "reject_all",
      "withdraw",
    ]);

    const all = await exportReceipts(server, "/receipts?from=2000-01-01");
    expect(all.length).toBeGreaterThanOrEqual(6);
    expect(await exportReceipts(server, "/receipts?from=2000-01-01&to=2000-01-02")).toEqual([]);

    const csv = await fetch(`${server.url}/receipts?format=csv`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines[0].split(",")).toContain("consentId");
    expect(lines.length).toBe(all.length + 1);
    const byAccept = await fetch(`${server.url}/receipts`, { headers: { authorization: `Bearer ${TOKEN}`, accept: "text/csv" } });
    expect(byAccept.headers.get("content-type")).toMatch(/^text\/csv/);
  });

  test("the export needs the token", async () => {
    for (const headers of [
      {},
      { authorization: "Bearer wrong" },
      { authorization: `Bearer ${TOKEN}x` },
      { authorization: TOKEN },
    ]) {
      for (const path of ["/receipts", "/receipts/visitor-one", "/dashboard"]) {
        const res = await fetch(server.url + path, { headers });
        expect(res.status, `${path} with ${JSON.stringify(headers)}`).toBe(401);
        expect(await res.text()).not.toContain("visitor-one");
      }
    }
  });

  test("not JSON is 415, too large is 413, a wrong shape is 400 with the problem named", async () => {
    expect((await post(server, "consentId=x", { "content-type": "application/x-www-form-urlencoded" })).status).toBe(415);
    expect((await post(server, JSON.stringify(receipt()), { "content-type": "text/plain" })).status).toBe(415);
    const big = await post(server, JSON.stringify(receipt({ url: "https://shop.example/" + "a".repeat(9000) })));
    expect(big.status).toBe(413);
    const bad = await post(server, receipt({ revision: 7 }));
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toBe("application/problem+json");
    expect((await bad.json()).detail).toMatch(/revision 7/);
    const category = await post(server, receipt({ categories: ["necessary", "ads"] }));
    expect((await category.json()).detail).toMatch(/"ads"/);
  });

  test("CORS: configured origins get credentialed CORS, others are refused", async () => {
    const preflight = await fetch(server.url + "/receipts", {
      method: "OPTIONS",
      headers: { origin: ORIGIN, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect(preflight.headers.get("access-control-allow-credentials")).toBe("true");
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/content-type/);

    const ok = await post(server, receipt({ consentId: "cors-ok" }));
    expect(ok.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect(ok.headers.get("access-control-allow-credentials")).toBe("true");

    const evil = "https://evil.example";
    const refusedPreflight = await fetch(server.url + "/receipts", { method: "OPTIONS", headers: { origin: evil } });
    expect(refusedPreflight.status).toBe(403);
    expect(refusedPreflight.headers.get("access-control-allow-origin")).toBeNull();
    const refused = await post(server, receipt({ consentId: "cors-evil" }), { origin: evil });
    expect(refused.status).toBe(403);
    expect(await exportReceipts(server, "/receipts/cors-evil")).toEqual([]);
  });

  test("the server re-sets the consent cookie on its own origin (Safari keeps script cookies 7 days)", async () => {
    const { encodeConsent, normalizeConfig } = await import("./codec.mjs");
    const choiceTime = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
    const cookieOf = (categories, services) =>
      encodeConsent(
        {
          id: "cookie-visitor",
          revision: 1,
          categories,
          services,
          createdAt: choiceTime,
          updatedAt: choiceTime,
        },
        normalizeConfig(config),
      );
    const accepted = cookieOf(["necessary", "analytics"], ["google-analytics"]);
    const sameOrigin = (value) => ({ origin: `http://${new URL(server.url).host}`, cookie: `other=1; assent=${value}` });
    const renewed = await post(server, receipt({ consentId: "cookie-visitor" }), sameOrigin(accepted));
    expect(renewed.status).toBe(204);
    expect(renewed.headers.get("set-cookie")).toBe(`assent=${accepted}; Max-Age=${365 * 86400}; Path=/; SameSite=Lax`);
    // A refusal is kept 180 days (cookie.expiresDays.reject), as the drop-in keeps it.
    const rejected = cookieOf(["necessary"], []);
    const reject = receipt({ consentId: "cookie-visitor", action: "reject_all", categories: ["necessary"], services: [] });
    expect((await post(server, reject, sameOrigin(rejected))).headers.get("set-cookie")).toBe(
      `assent=${rejected}; Max-Age=${180 * 86400}; Path=/; SameSite=Lax`,
    );
    // From another site (CORS), for another visitor's id, or a forged value: no cookie.
    expect(
      (await post(server, receipt({ consentId: "cookie-visitor" }), { cookie: `assent=${accepted}` })).headers.get("set-cookie"),
    ).toBeNull();
    expect(
      (await post(server, receipt({ consentId: "someone-else" }), sameOrigin(accepted))).headers.get("set-cookie"),
    ).toBeNull();
    expect(
      (
        await post(
          server,
          receipt({ consentId: "cookie-visitor" }),
          sameOrigin(rejected.slice(0, -1) + (rejected.endsWith("a") ? "b" : "a")),
        )
      ).headers.get("set-cookie"),
    ).toBeNull();
  });

  test("no IP address is stored", async () => {
    await post(server, receipt({ consentId: "no-ip" }), { "x-forwarded-for": "203.0.113.9" });
    const text = JSON.stringify(await exportReceipts(server, "/receipts?from=2000-01-01"));
    expect(text).not.toMatch(/127\.0\.0\.1|::1|203\.0\.113\.9|::ffff/);
  });
});

describe("rate limit", () => {
  test("a client over its receipts a minute gets 429, and nothing of it is stored", async () => {
    const [{ setup }] = databaseKinds();
    const server = await startServer(await setup(), { args: ["--rate-limit", "5"] });
    try {
      const statuses = [];
      for (let i = 0; i < 8; i++) statuses.push((await post(server, receipt({ consentId: `rate-${i}` }))).status);
      expect(statuses).toEqual([204, 204, 204, 204, 204, 429, 429, 429]);
      expect((await exportReceipts(server)).map((r) => r.consentId).sort()).toEqual([
        "rate-0",
        "rate-1",
        "rate-2",
        "rate-3",
        "rate-4",
      ]);
    } finally {
      await server.stop();
    }
  });
});
