import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createAssent } from "../../src/assent";
import { normalizeConfig } from "../../src/core/config-defaults";
import { encodeConsent } from "../../src/core/consent-codec";
import { validateConfig } from "../../src/core/validate-config";
import type { AssentConfig, Consent } from "../../src/types";
import { configsArb } from "../fuzz/config-arbitraries.mjs";
import { openFakePage, type FakePage } from "./browser/fake-page";

// "An invalid config never yields a session" through the API a page uses (createAssent, as the drop-in and the ES
// module build it), not only at core level (tests/unit/core/fuzz.test.ts): a choice cookie that would read back
// under the config, were it valid, gives no choice, allows nothing, runs nothing and tells Consent Mode nothing.

const CDN = "https://cdn.test/";
const CONFIG: AssentConfig = {
  languages: ["en", "sv"],
  categories: [
    { id: "necessary", required: true, title: "Necessary", googleConsent: ["security_storage"] },
    { id: "analytics", title: "Analytics", googleConsent: ["analytics_storage"], services: [{ id: "ga", title: "GA" }] },
    { id: "marketing", title: "Marketing", googleConsent: ["ad_storage"], services: [{ id: "ads", title: "Ads" }] },
  ],
};

/** Accept all under `config`, as the codec writes it (a choice made an hour before the test). */
function acceptAllCookie(config: AssentConfig): string {
  const normalized = normalizeConfig(config);
  const now = Date.now();
  const consent: Consent = {
    id: "Xq3kP9_aZ-0123456789ab",
    revision: normalized.revision,
    categories: normalized.categories.map((c) => c.id),
    services: normalized.categories.flatMap((c) => (c.services || []).map((s) => s.id)),
    createdAt: new Date(now - 3_600_000).toISOString(),
    updatedAt: new Date(now - 3_600_000).toISOString(),
  };
  return `${normalized.cookie.name}=${encodeConsent(consent, normalized)}`;
}

const attribute = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** A tagged inline script and a tagged external script for every category id, each logging its id when it runs. */
function tagsFor(ids: string[]): string {
  return ids
    .map(
      (id, i) =>
        `<script type="text/plain" data-category="${attribute(id)}">log.push("inline-${i}")</script>` +
        `<script type="text/plain" data-category="${attribute(id)}" src="${CDN}${i}.js"></script>`,
    )
    .join("");
}

const routesFor = (ids: string[]) =>
  Object.fromEntries(ids.map((_, i) => [`${CDN}${i}.js`, { body: `log.push("external-${i}")` }]));

/** Waits until the page has run or fetched nothing new for 100 ms (a granted page takes a few turns to finish). */
async function untilQuiet(page: FakePage) {
  let last = "";
  for (let quietSince = Date.now(); Date.now() - quietSince < 100;) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    const now = `${page.window.log.length} ${page.requests.length}`;
    if (now !== last) [last, quietSince] = [now, Date.now()];
  }
}

/** What a page with `config` and `cookie` shows through the API, after its scripts had time to run. */
async function outcome(config: unknown, cookie: string) {
  const ids = Array.isArray((config as AssentConfig).categories)
    ? (config as AssentConfig).categories.map((c) => (c && typeof c.id == "string" ? c.id : "necessary"))
    : [];
  const page: FakePage = await openFakePage(tagsFor(ids), routesFor(ids));
  page.document.cookie = cookie;
  const assent = createAssent(page.window);
  const states: unknown[] = [];
  const consentEvents: unknown[] = [];
  assent.subscribe((state) => states.push(state));
  assent.on("consent", (event) => consentEvents.push(event));
  assent.init(config as AssentConfig);
  await untilQuiet(page);
  const dataLayer = Array.from((page.window as any).dataLayer || [], (entry: any) => Array.from(entry));
  return {
    consent: assent.getConsent(),
    allowed: ids.some((id) => assent.allowed(id)) || assent.allowed("necessary"),
    ran: page.window.log,
    requests: page.requests,
    consentMode: dataLayer.filter((args: any[]) => args[0] === "consent"),
    states,
    consentEvents,
  };
}

let errors: ReturnType<typeof vi.spyOn>;
afterEach(() => vi.restoreAllMocks());
const quiet = () => (errors = vi.spyOn(console, "error").mockImplementation(() => {}));

// Each keeps the categories and services in order, so the cookie's fingerprint of them still matches.
const titled = (title: unknown) => CONFIG.categories.map((c, i) => (i === 1 ? { ...c, title } : c));
const DEFECTS: Record<string, unknown> = {
  "a language tag with an underscore": { ...CONFIG, languages: ["sv_SE", "en"] },
  "a language named after an Object.prototype member": { ...CONFIG, languages: ["constructor"] },
  "a cookie path that injects an attribute": { ...CONFIG, cookie: { path: "/; Path=/elsewhere" } },
  "a cookie lifetime of a tenth of a second": { ...CONFIG, cookie: { expiresDays: 1e-6 } },
  "an unknown category in globalPrivacyControl.deny": { ...CONFIG, globalPrivacyControl: { deny: ["nope"] } },
  "a category title that is a number": { ...CONFIG, categories: titled(42) },
};

/** What a page sees without a session: no choice (subscribers hear `null` once), nothing allowed, run or told. */
const NO_SESSION = { consent: null, allowed: false, ran: [], requests: [], consentMode: [], states: [null], consentEvents: [] };

describe("an invalid config never yields a session (createAssent)", () => {
  it("control: the stored Accept all is in force under the valid config", async () => {
    const seen = await outcome(CONFIG, acceptAllCookie(CONFIG));
    expect(seen.consent).not.toBeNull();
    expect(seen.allowed).toBe(true);
    expect(seen.ran).toEqual(expect.arrayContaining(["inline-1", "external-1", "inline-2", "external-2"]));
    const granted = seen.consentMode.filter(([, type, states]: any[]) => type === "update" && states.ad_storage === "granted");
    expect(granted).not.toEqual([]);
  });

  for (const [defect, config] of Object.entries(DEFECTS)) {
    it(`${defect}: no choice, nothing allowed, nothing run or fetched, nothing told to Consent Mode`, async () => {
      quiet();
      expect(validateConfig(config)).not.toEqual([]);
      // The same cookie the control reads back: the invalid config names the same categories and services.
      const seen = await outcome(config, acceptAllCookie(CONFIG));
      expect(errors.mock.calls.some((call) => String(call[0]).startsWith("Assent: invalid config"))).toBe(true);
      expect(seen).toEqual(NO_SESSION);
    });
  }

  // A page each (jsdom) costs a few hundred ms on a loaded machine: 60 here, 100 more in real pages (tests/e2e/fuzz.test.mjs).
  it("60 generated invalid configs, each with an Accept all cookie written for it: no session either", async () => {
    quiet();
    const invalid = fc
      .sample(configsArb, { seed: 20261202, numRuns: 200 })
      .filter((config) => validateConfig(config).length > 0)
      .slice(0, 60);
    expect(invalid).toHaveLength(60);
    for (const config of invalid) {
      let cookie = "";
      try {
        cookie = acceptAllCookie(config);
      } catch {
        // Some configs are too broken to write a cookie for at all: then the page has none.
      }
      const seen = await outcome(config, cookie);
      expect({ config, ...seen }).toEqual({ config, ...NO_SESSION });
    }
  }, 120_000);
});
