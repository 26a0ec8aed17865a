import { webcrypto } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createAssent } from "../../src/assent";
import type { AssentConfig, ConsentReceipt } from "../../src/types";
import { createFakePage, openFakePage, type FakePage } from "./browser/fake-page";

// The whole SDK wired together, on a page of its own per test (jsdom with scripts on and a fake third party).

const CDN = "https://cdn.test/";
const ROUTES = { [CDN + "ga.js"]: { body: "log.push('ga')" }, [CDN + "ads.js"]: { body: "log.push('ads')" } };

const CONFIG: AssentConfig = {
  languages: ["en", "sv"],
  categories: [
    { id: "necessary", required: true, title: "Necessary", googleConsent: ["security_storage"] },
    {
      id: "analytics",
      title: "Analytics",
      googleConsent: ["analytics_storage"],
      services: [{ id: "ga", title: "Google Analytics", cookies: [{ name: "_ga" }, { name: "_gat_UA-*" }] }],
    },
    {
      id: "marketing",
      title: "Marketing",
      googleConsent: ["ad_storage"],
      services: [{ id: "pardot", title: "Pardot", cookies: [{ name: "visitor_id*" }], storage: ["pardot:*"] }],
    },
  ],
  globalPrivacyControl: { deny: ["marketing"] },
  consentLog: { endpoint: "/consent-receipts" },
};

const TAGS =
  `<script type="text/plain" data-category="analytics" src="${CDN}ga.js"></script>` +
  `<script type="text/plain" data-category="marketing" src="${CDN}ads.js"></script>` +
  `<script type="text/plain" data-category="!marketing">log.push('no-ads')</script>` +
  `<script type="text/plain" data-category="necessary">log.push('necessary')</script>`;

type Page = FakePage & { beacons: ConsentReceipt[] };

async function open(cookie = "", options: { gpc?: boolean } = {}): Promise<Page> {
  const page = await openFakePage(TAGS, ROUTES);
  return prepare(page, cookie, options);
}

function prepare(page: FakePage, cookie: string, { gpc = false } = {}): Page {
  const win = page.window as Window;
  const beacons: ConsentReceipt[] = [];
  if (cookie) page.document.cookie = cookie;
  Object.defineProperty(win.navigator, "sendBeacon", {
    value: (_url: string, body: Blob) => {
      // jsdom's Blob has no text(); a FileReader of the same realm reads it.
      const reader = new FileReader();
      reader.onload = () => beacons.push(JSON.parse(reader.result as string));
      reader.readAsText(body);
      return true;
    },
  });
  Object.defineProperty(win.navigator, "globalPrivacyControl", { value: gpc });
  // jsdom has no SubtleCrypto; node's is the same Web Crypto API.
  Object.defineProperty(win.crypto, "subtle", { value: webcrypto.subtle });
  return { ...page, beacons };
}

const settle = (ms = 60) => new Promise((resolve) => setTimeout(resolve, ms));
const choiceCookie = (page: Page) => page.document.cookie.split("; ").find((c) => c.startsWith("assent="));
const gtagCalls = (page: Page) =>
  (page.window.dataLayer || [])
    .filter((entry) => Object.prototype.toString.call(entry) === "[object Arguments]")
    .map((a) => Array.from(a as ArrayLike<unknown>));

afterEach(() => vi.restoreAllMocks());

describe("Assent (composition root)", () => {
  it("blocks everything optional before a choice, runs required content, and shows the banner", async () => {
    const page = await open();
    const assent = createAssent(page.window);
    assent.init(CONFIG);
    await settle();
    expect(page.requests).toEqual([]);
    expect(page.window.log).toEqual(["necessary"]);
    expect(assent.getConsent()).toBeNull();
    expect(assent.allowed("necessary")).toBe(true);
    expect(assent.allowed("analytics")).toBe(false);
    expect(page.document.querySelector("[data-assent-root]")).not.toBeNull();
  });

  it("pushes the Consent Mode default synchronously during init, as gtag `arguments`", async () => {
    const page = await open();
    createAssent(page.window).init(CONFIG);
    expect(gtagCalls(page)).toEqual([
      [
        "consent",
        "default",
        { security_storage: "granted", analytics_storage: "denied", ad_storage: "denied", wait_for_update: 500 },
      ],
    ]);
  });

  it("acceptAll records the choice, runs tagged scripts in order, signals and emits events", async () => {
    const page = await open();
    const assent = createAssent(page.window);
    const consentEvents: unknown[] = [];
    const changes: unknown[] = [];
    const documentEvents: string[] = [];
    assent.on("consent", (c) => consentEvents.push(c));
    assent.on("change", (c) => changes.push(c));
    page.document.addEventListener("assent:consent", (e) =>
      documentEvents.push("consent:" + JSON.stringify((e as CustomEvent).detail)),
    );
    page.document.addEventListener("assent:change", () => documentEvents.push("change"));
    assent.init(CONFIG);
    assent.acceptAll();
    await settle();

    const consent = assent.getConsent()!;
    expect([...consent.categories].sort()).toEqual(["analytics", "marketing", "necessary"]);
    expect([...consent.services].sort()).toEqual(["ga", "pardot"]);
    expect(consent.id).toMatch(/^[\w-]{22}$/);
    expect(new Date(consent.createdAt).toISOString()).toBe(consent.createdAt);
    expect(choiceCookie(page)).toBeDefined();
    // The two external scripts go in one after the other (src/browser/run-scripts.ts).
    await vi.waitFor(() => expect(page.window.log).toEqual(["necessary", "ga", "ads"]));
    expect(consentEvents).toEqual([consent]);
    expect(changes).toEqual([{ granted: ["analytics", "marketing"], revoked: [] }]);
    expect(documentEvents).toEqual(["consent:" + JSON.stringify(consent), "change"]);
    expect(gtagCalls(page).at(-1)).toEqual([
      "consent",
      "update",
      { security_storage: "granted", analytics_storage: "granted", ad_storage: "granted" },
    ]);
    expect(page.window.dataLayer).toContainEqual({
      event: "assent_consent",
      assent: { categories: consent.categories, services: consent.services },
    });
    expect(page.document.querySelector("[data-assent-root]")?.shadowRoot?.querySelector("[role=region]")).toBeNull();
  });

  it("rejectAll runs only `!category` content and keeps the optional categories off", async () => {
    const page = await open();
    const assent = createAssent(page.window);
    assent.init(CONFIG);
    assent.rejectAll();
    await settle();
    expect(page.requests).toEqual([]);
    expect(page.window.log).toEqual(["necessary", "no-ads"]);
    expect(assent.getConsent()!.categories).toEqual(["necessary"]);
  });

  it("a choice withdrawn in the same task starts nothing of it: the content starts after the choice's task", async () => {
    const page = await open();
    const assent = createAssent(page.window);
    assent.init(CONFIG);
    await settle();
    assent.acceptAll();
    assent.rejectAll();
    await settle();
    expect(page.requests).toEqual([]);
    expect(page.window.log).toEqual(["necessary", "no-ads"]);
  });

  it("accept records exactly the given categories, required ones always in", async () => {
    const page = await open();
    const assent = createAssent(page.window);
    assent.init(CONFIG);
    assent.accept(["analytics", "no-such-category"]);
    expect(assent.getConsent()!.categories.sort()).toEqual(["analytics", "necessary"]);
    expect(assent.allowed("analytics", "ga")).toBe(true);
    expect(assent.allowed("marketing")).toBe(false);
  });

  it("a returning visitor's stored choice applies at load, with no banner and no UI built", async () => {
    const first = await open();
    const before = createAssent(first.window);
    before.init(CONFIG);
    before.accept(["analytics"]);
    const stored = choiceCookie(first)!;

    const page = await open(stored);
    const assent = createAssent(page.window);
    assent.init(CONFIG);
    await settle();
    expect(assent.getConsent()).toEqual(before.getConsent());
    // Document order: the external analytics script, then the inline `!marketing` one, then the required one.
    expect(page.window.log).toEqual(["ga", "no-ads", "necessary"]);
    expect(page.document.querySelector("[data-assent-root]")).toBeNull();
    expect(gtagCalls(page).at(-1)).toEqual([
      "consent",
      "update",
      { security_storage: "granted", analytics_storage: "granted", ad_storage: "denied" },
    ]);
  });

  it("a higher revision or a tampered cookie asks again and runs nothing optional", async () => {
    const first = await open();
    const before = createAssent(first.window);
    before.init(CONFIG);
    before.acceptAll();
    const stored = choiceCookie(first)!;

    for (const cookie of [stored, stored.replace(/.$/, (c) => (c === "a" ? "b" : "a")), "assent=%E0%A4%A"]) {
      const page = await open(cookie);
      const assent = createAssent(page.window);
      assent.init(cookie === stored ? { ...CONFIG, revision: 2 } : CONFIG);
      await settle();
      expect(assent.getConsent()).toBeNull();
      expect(page.requests).toEqual([]);
      expect(page.document.querySelector("[data-assent-root]")).not.toBeNull();
    }
  });

  it("reset withdraws: erases the choice and the declared cookies and storage, emits the revocation, shows the banner", async () => {
    const page = await open();
    const assent = createAssent(page.window);
    assent.init(CONFIG);
    assent.acceptAll();
    const firstId = assent.getConsent()!.id;
    page.document.cookie = "_ga=GA1.1.1; path=/";
    page.document.cookie = "_gat_UA-123-4=1; path=/";
    page.document.cookie = "visitor_id700283=x; path=/";
    page.document.cookie = "keep_me=1; path=/";
    page.window.localStorage.setItem("pardot:visit", "1");
    const changes: unknown[] = [];
    assent.on("change", (c) => changes.push(c));

    assent.reset();
    expect(assent.getConsent()).toBeNull();
    expect(page.document.cookie).toBe("keep_me=1");
    expect(page.window.localStorage.getItem("pardot:visit")).toBeNull();
    expect(changes).toEqual([{ granted: [], revoked: ["analytics", "marketing"] }]);
    assent.acceptAll();
    expect(assent.getConsent()!.id).not.toBe(firstId);
  });

  it("switching a category off erases what that category declared, and only that", async () => {
    const page = await open();
    const assent = createAssent(page.window);
    assent.init(CONFIG);
    assent.acceptAll();
    page.document.cookie = "_ga=GA1.1.1; path=/";
    page.document.cookie = "visitor_id1=x; path=/";
    assent.accept(["analytics"]);
    expect(
      page.document.cookie
        .split("; ")
        .filter((c) => !c.startsWith("assent="))
        .sort(),
    ).toEqual(["_ga=GA1.1.1"]);
  });

  it("sends one receipt per recorded choice with a stable consent id and a SHA-256 text hash", async () => {
    const page = await open();
    page.window.history.replaceState(null, "", "/shop?campaign=x#top");
    const assent = createAssent(page.window);
    assent.init(CONFIG);
    assent.acceptAll();
    assent.rejectAll();
    assent.reset();
    // Hashing and reading the beacons is asynchronous; on a busy machine it can take longer than one settle.
    for (let waited = 0; page.beacons.length < 3 && waited < 2000; waited += 20) await settle(20);
    await settle();
    expect(page.beacons.map((r) => [r.action, r.source])).toEqual([
      ["accept_all", "api"],
      ["reject_all", "api"],
      ["withdraw", "api"],
    ]);
    const [first, second, withdraw] = page.beacons;
    expect(new Set([first.consentId, second.consentId, withdraw.consentId]).size).toBe(1);
    expect(first).toMatchObject({ revision: 1, language: "en", url: "https://site.test/shop" });
    expect(first.textHash).toMatch(/^[0-9a-f]{64}$/);
    expect(second.textHash).toBe(first.textHash);
    expect(withdraw.categories).toEqual(["necessary"]);
  });

  it("under Global Privacy Control, accept all keeps the denied categories off", async () => {
    const page = await open("", { gpc: true });
    const assent = createAssent(page.window);
    assent.init(CONFIG);
    assent.acceptAll();
    await settle();
    expect(assent.getConsent()!.categories.sort()).toEqual(["analytics", "necessary"]);
    expect(page.window.log).toEqual(["necessary", "ga", "no-ads"]);
  });

  it("an invalid config is reported with its JSON paths, blocks everything, and the API stays harmless", async () => {
    const page = await open();
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const assent = createAssent(page.window);
    assent.init({ categories: [{ id: "bad id", title: "X" }, { id: "analytics" }] } as unknown as AssentConfig);
    await settle();
    const messages = errors.mock.calls.map((call) => call.join(" "));
    expect(messages.some((m) => m.includes("categories[0].id"))).toBe(true);
    expect(messages.some((m) => m.includes("categories[1].title"))).toBe(true);
    expect(() => assent.acceptAll()).not.toThrow();
    expect(assent.allowed("analytics")).toBe(false);
    expect(assent.getConsent()).toBeNull();
    expect(page.window.log).toEqual([]);
  });

  it("ignores a second init, and a throwing listener breaks nothing", async () => {
    const page = await open();
    vi.spyOn(console, "error").mockImplementation(() => {});
    const assent = createAssent(page.window);
    assent.init(CONFIG);
    assent.init({ ...CONFIG, categories: [{ id: "other", title: "Other" }] });
    assent.on("consent", () => {
      throw new Error("page bug");
    });
    expect(() => assent.acceptAll()).not.toThrow();
    expect(assent.allowed("analytics")).toBe(true);
  });

  it("reads the config from the page when init gets none", async () => {
    const page = createFakePage(
      `<script type="application/json" id="assent-config">${JSON.stringify(CONFIG)}</script>` + TAGS,
      ROUTES,
    );
    const ready = prepare(page, "");
    await new Promise((resolve) => ready.window.addEventListener("load", resolve));
    const assent = createAssent(ready.window);
    assent.init();
    assent.accept(["analytics"]);
    await settle();
    expect(ready.window.log).toEqual(["necessary", "ga", "no-ads"]);
  });
});
