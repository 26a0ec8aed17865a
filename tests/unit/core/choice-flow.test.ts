import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createChoiceFlow, type ChoiceEffects } from "../../../src/core/choice-flow";
import { normalizeConfig } from "../../../src/core/config-defaults";
import { createStore, type AssentState } from "../../../src/core/store";
import type { AssentConfig, Consent } from "../../../src/types";

// The ordered steps of a choice and of a withdrawal, with every effect a spy that writes into one log:
// no page, no DOM (this file runs in vitest's node environment).

const CONFIG: AssentConfig = {
  revision: 2,
  categories: [
    { id: "necessary", required: true, title: "Necessary", googleConsent: ["security_storage"] },
    {
      id: "analytics",
      title: "Analytics",
      googleConsent: ["analytics_storage"],
      services: [{ id: "ga", title: "GA", cookies: [{ name: "_ga" }, { name: "_gat_UA-*" }], storage: ["ga:*"] }],
    },
    {
      id: "marketing",
      title: "Marketing",
      toggleServices: true,
      googleConsent: ["ad_storage"],
      services: [
        { id: "youtube", title: "YouTube", cookies: [{ name: "VISITOR_INFO1_LIVE" }] },
        { id: "linkedin", title: "LinkedIn", cookies: [{ name: "li_*" }] },
      ],
    },
  ],
};

const NOW = new Date("2026-03-01T12:00:00.500Z");

type Call = [name: keyof ChoiceEffects, ...args: unknown[]];

beforeEach(() => vi.useFakeTimers({ now: NOW }));
afterEach(() => vi.useRealTimers());

function setUp(options: { config?: AssentConfig; state?: Partial<AssentState>; gpcDenied?: string[] } = {}) {
  const config = normalizeConfig(options.config || CONFIG);
  const store = createStore({ consent: null, previous: null, view: "none", ...options.state });
  const log: Call[] = [];
  const views: string[] = [];
  store.subscribe((state) => views.push(state.view));
  let ids = 0;
  const effects: ChoiceEffects = {
    writeChoice: (consent) => log.push(["writeChoice", consent]),
    eraseChoice: () => log.push(["eraseChoice"]),
    eraseDeclared: (patterns) => log.push(["eraseDeclared", patterns]),
    gtag: (command) => log.push(["gtag", command]),
    pushDataLayer: (entry) => log.push(["pushDataLayer", entry]),
    rescan: () => log.push(["rescan"]),
    announce: (event, payload) => log.push(["announce", event, payload]),
    sendReceipt: (consent, action, source) => log.push(["sendReceipt", consent, action, source]),
    reload: () => log.push(["reload"]),
    newId: () => `id-${++ids}`,
  };
  const flow = createChoiceFlow(config, store, options.gpcDenied || [], effects);
  // What creating the flow signalled (Consent Mode's default) is checked on its own below; the rest starts empty.
  const started = log.splice(0);
  const names = () => log.map((call) => (call[0] == "announce" ? `announce:${call[1]}` : call[0]));
  const calls = (name: keyof ChoiceEffects) => log.filter((call) => call[0] == name).map((call) => call.slice(1));
  return { flow, store, log, views, names, calls, started, effects };
}

function consentOf(categories: string[], services: string[] = [], extra: Partial<Consent> = {}): Consent {
  return {
    id: "kept-id",
    revision: 2,
    categories,
    services,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    ...extra,
  };
}

describe("choice flow: recording a choice", () => {
  it("runs the steps in order: cookie, Consent Mode, tagged content, UI closes, dataLayer, consent event, receipt, change event", () => {
    const { flow, names, store, views } = setUp({ state: { view: "banner" } });
    flow.acceptAll("banner");
    expect(names()).toEqual([
      "writeChoice",
      "gtag",
      "rescan",
      "pushDataLayer",
      "announce:consent",
      "sendReceipt",
      "announce:change",
    ]);
    expect(store.get().view).toBe("none");
    // The store holds the consent before the UI closes, so the UI never renders a closed view without it.
    expect(views).toEqual(["banner", "none"]);
  });

  it("stores a new consent with a fresh id, the config's revision and whole-second times", () => {
    const { flow, calls } = setUp();
    flow.acceptAll("banner");
    const [[written]] = calls("writeChoice") as [[Consent]];
    expect(written).toEqual({
      id: "id-1",
      revision: 2,
      categories: ["necessary", "analytics", "marketing"],
      services: ["ga", "youtube", "linkedin"],
      createdAt: "2026-03-01T12:00:00.000Z",
      updatedAt: "2026-03-01T12:00:00.000Z",
    });
    expect(flow.consent()).toEqual(written);
    expect(calls("sendReceipt")).toEqual([[written, "accept_all", "banner"]]);
  });

  it("signals Consent Mode, the dataLayer and the change from the new choice", () => {
    const { flow, calls } = setUp();
    flow.rejectAll("preferences");
    expect(calls("gtag")).toEqual([
      [["consent", "update", { security_storage: "granted", analytics_storage: "denied", ad_storage: "denied" }]],
    ]);
    expect(calls("pushDataLayer")).toEqual([[{ event: "assent_consent", assent: { categories: ["necessary"], services: [] } }]]);
    // Nothing optional was granted before or now: no change event.
    expect(calls("announce").map((call) => call[0])).toEqual(["consent"]);
    expect(calls("sendReceipt")[0].slice(1)).toEqual(["reject_all", "preferences"]);
  });

  it("hands listeners a copy that cannot change the choice in force", () => {
    const { flow, calls } = setUp();
    flow.accept(["analytics"], undefined, "api");
    const [, payload] = calls("announce")[0] as [string, Consent];
    payload.categories.push("marketing");
    expect(flow.allowed("marketing")).toBe(false);
    expect(flow.consent()!.categories).toEqual(["necessary", "analytics"]);
  });

  it("keeps GPC-denied categories off under Accept all", () => {
    const { flow } = setUp({ gpcDenied: ["marketing"] });
    flow.acceptAll("banner");
    expect(flow.consent()!.categories).toEqual(["necessary", "analytics"]);
  });

  it("keeps the consent id and first date of an earlier (even expired) choice", () => {
    const { flow } = setUp({ state: { previous: consentOf(["necessary"], [], { revision: 1 }) } });
    flow.rejectAll("banner");
    expect(flow.consent()).toMatchObject({ id: "kept-id", createdAt: "2026-01-01T00:00:00.000Z", revision: 2 });
    expect(flow.consent()!.updatedAt).toBe("2026-03-01T12:00:00.000Z");
  });

  it("on a withdrawn category: erases its declared cookies once, says so, and reloads when the config asks", () => {
    const { flow, calls } = setUp({
      config: { ...CONFIG, reloadOnWithdraw: true },
      state: { consent: consentOf(["necessary", "analytics", "marketing"], ["youtube"]) },
    });
    flow.accept(["marketing"], ["youtube"], "preferences");
    expect(calls("eraseDeclared")).toEqual([[{ cookies: ["_ga", "_gat_UA-*"], storage: ["ga:*"] }]]);
    expect(calls("announce")[1]).toEqual(["change", { granted: [], revoked: ["analytics"] }]);
    expect(calls("reload")).toHaveLength(1);
  });

  it("asks for the withdrawal's receipt before the reload, which waits for it (src/assent.ts)", () => {
    const { flow, names } = setUp({
      config: { ...CONFIG, reloadOnWithdraw: true },
      state: { consent: consentOf(["necessary", "analytics"]) },
    });
    const receiptsAndReloads = () => names().filter((name) => name == "sendReceipt" || name == "reload");
    flow.rejectAll("preferences");
    expect(receiptsAndReloads()).toEqual(["sendReceipt", "reload"]);
    flow.acceptAll("banner");
    flow.reset();
    expect(receiptsAndReloads()).toEqual(["sendReceipt", "reload", "sendReceipt", "sendReceipt", "reload"]);
  });

  it("asks for the receipts in the order of the choices when a change listener makes a choice of its own", () => {
    const { flow, calls, effects } = setUp();
    const announce = effects.announce;
    // A page's `on("change")` listener that rejects everything as soon as anything is granted.
    effects.announce = (event, payload) => {
      announce(event, payload);
      if (event == "change" && flow.consent()!.categories.length > 1) flow.rejectAll("api");
    };
    flow.acceptAll("banner");
    expect(calls("sendReceipt").map((call) => call[1])).toEqual(["accept_all", "reject_all"]);
  });

  it("does not erase or reload when a choice only grants more", () => {
    const { flow, calls } = setUp({
      config: { ...CONFIG, reloadOnWithdraw: true },
      state: { consent: consentOf(["necessary"]) },
    });
    flow.accept(["analytics"], undefined, "api");
    expect(calls("eraseDeclared")).toEqual([]);
    expect(calls("reload")).toEqual([]);
    expect(calls("announce")[1]).toEqual(["change", { granted: ["analytics"], revoked: [] }]);
  });
});

describe("choice flow: a placeholder's grant", () => {
  it("grants the frame's service alone: its category, the rest of it and its Consent Mode types stay off", () => {
    const { flow, calls, store } = setUp({ state: { consent: consentOf(["necessary", "analytics"], ["ga"]) } });
    flow.allowFrame("marketing", "youtube");
    expect(flow.allowed("analytics")).toBe(true);
    expect(flow.allowed("marketing", "youtube")).toBe(true);
    expect(flow.allowed("marketing")).toBe(false);
    expect(flow.allowed("marketing", "linkedin")).toBe(false);
    expect(flow.mayLoad({ category: "marketing" })).toBe(false);
    expect(store.get().consent).toMatchObject({ categories: ["necessary", "analytics"], services: ["ga", "youtube"] });
    expect(calls("gtag").at(-1)).toEqual([
      ["consent", "update", { security_storage: "granted", analytics_storage: "granted", ad_storage: "denied" }],
    ]);
    const [[receipt, action, source]] = calls("sendReceipt") as [[Consent, string, string]];
    expect([action, source]).toEqual(["custom", "placeholder"]);
    expect(receipt).toMatchObject({ categories: ["necessary", "analytics"], services: ["ga", "youtube"] });
  });

  it("on a first visit, grants only that service; a later choice replaces it", () => {
    const { flow } = setUp();
    flow.allowFrame("marketing", "youtube");
    expect(flow.consent()).toMatchObject({ categories: ["necessary"], services: ["youtube"] });
    expect(flow.allowed("marketing")).toBe(false);
    flow.rejectAll("banner");
    expect(flow.allowed("marketing", "youtube")).toBe(false);
  });

  it("grants the category when the frame names no service", () => {
    const { flow } = setUp();
    flow.allowFrame("analytics");
    expect(flow.allowed("analytics")).toBe(true);
    expect(flow.allowed("marketing")).toBe(false);
  });
});

describe("choice flow: reset", () => {
  it("erases the choice cookie and every optional category's declared cookies exactly once", () => {
    const { flow, calls, names } = setUp({ state: { consent: consentOf(["necessary", "analytics"], ["ga"]) } });
    flow.reset();
    expect(names()).toEqual(["eraseChoice", "eraseDeclared", "sendReceipt", "gtag", "announce:change"]);
    // Marketing was never granted, but withdrawal erases what it declared too.
    expect(calls("eraseDeclared")).toEqual([
      [{ cookies: ["_ga", "_gat_UA-*", "VISITOR_INFO1_LIVE", "li_*"], storage: ["ga:*"] }],
    ]);
  });

  it("sends a withdraw receipt under the same id, shows the banner and denies Consent Mode", () => {
    const { flow, calls, store } = setUp({ state: { consent: consentOf(["necessary", "analytics"], ["ga"]) } });
    flow.reset();
    const [[receipt, action, source]] = calls("sendReceipt") as [[Consent, string, string]];
    expect([action, source]).toEqual(["withdraw", "api"]);
    expect(receipt).toMatchObject({ id: "kept-id", categories: ["necessary"], services: [], updatedAt: NOW.toISOString() });
    expect(store.get()).toEqual({ consent: null, previous: null, view: "banner" });
    expect(calls("gtag")).toEqual([
      [["consent", "update", { security_storage: "granted", analytics_storage: "denied", ad_storage: "denied" }]],
    ]);
    expect(calls("announce")).toEqual([["change", { granted: [], revoked: ["analytics"] }]]);
    expect(calls("rescan")).toEqual([]);
  });

  it("without a choice in force sends no receipt and announces no change, but still cleans up", () => {
    const { flow, names } = setUp();
    flow.reset();
    expect(names()).toEqual(["eraseChoice", "eraseDeclared", "gtag"]);
  });
});

describe("choice flow: start and tagged content", () => {
  it("pushes the Consent Mode default as it is created, then the update of a stored choice", () => {
    const { started } = setUp({ state: { consent: consentOf(["necessary", "analytics"], ["ga"]) } });
    expect(started.map(([name, command]) => [name, ...(command as unknown[]).slice(0, 2)])).toEqual([
      ["gtag", "consent", "default"],
      ["gtag", "consent", "update"],
    ]);
    expect(started[1][1]).toEqual([
      "consent",
      "update",
      { security_storage: "granted", analytics_storage: "granted", ad_storage: "denied" },
    ]);
  });

  it("pushes only the default on a first visit, and shows the banner when nothing is open", () => {
    const { flow, started, store } = setUp();
    expect(started).toHaveLength(1);
    flow.promptIfUndecided();
    expect(store.get().view).toBe("banner");
  });

  it("does not prompt a visitor who has chosen, nor over the open preference center", () => {
    const decided = setUp({ state: { consent: consentOf(["necessary"]) } });
    decided.flow.promptIfUndecided();
    expect(decided.store.get().view).toBe("none");
    const customizing = setUp({ state: { view: "preferences" } });
    customizing.flow.promptIfUndecided();
    expect(customizing.store.get().view).toBe("preferences");
  });

  it("lets `!category` content load only once the visitor refused that category", () => {
    const { flow } = setUp();
    const adFree = { category: "marketing", negated: true };
    expect(flow.mayLoad(adFree)).toBe(false);
    expect(flow.mayLoad({ category: "necessary" })).toBe(true);
    flow.accept(["analytics"], undefined, "api");
    expect(flow.mayLoad(adFree)).toBe(true);
    expect(flow.mayLoad({ category: "analytics", service: "ga" })).toBe(true);
    expect(flow.mayLoad({ category: "marketing", service: "youtube" })).toBe(false);
    flow.acceptAll("banner");
    expect(flow.mayLoad(adFree)).toBe(false);
  });
});
