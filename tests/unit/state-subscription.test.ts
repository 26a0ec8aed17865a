import { afterEach, describe, expect, it, vi } from "vitest";
import { JSDOM, VirtualConsole } from "jsdom";
import { createAssent } from "../../src/assent";
import type { AssentConfig, Consent } from "../../src/types";

// Assent.subscribe(): the state subscription the framework adapters build on (README "JavaScript API").

const CONFIG: AssentConfig = {
  categories: [
    { id: "necessary", required: true, title: "Necessary" },
    { id: "analytics", title: "Analytics" },
  ],
};

function openPage(cookie = "") {
  const { window } = new JSDOM("<!doctype html><body></body>", {
    url: "https://site.test/",
    virtualConsole: new VirtualConsole(),
  });
  const win = window as unknown as Window;
  if (cookie) win.document.cookie = cookie;
  const events: Array<Consent | null> = [];
  win.document.addEventListener("assent:state", (e) => events.push((e as CustomEvent).detail));
  return { win, assent: createAssent(win), events };
}

/** A listener that records what it is told. */
const recorder = () => {
  const seen: Array<Consent | null> = [];
  return { seen, listener: (consent: Consent | null) => void seen.push(consent) };
};

afterEach(() => vi.restoreAllMocks());

describe("Assent.subscribe", () => {
  it("reports nothing before Assent starts, then the state at start (no choice yet)", () => {
    const page = openPage();
    const { seen, listener } = recorder();
    page.assent.subscribe(listener);
    expect(seen).toEqual([]);
    page.assent.init(CONFIG);
    expect(seen).toEqual([null]);
    expect(page.events).toEqual([null]);
  });

  it("reports at once to a listener that comes after the start, and a returning visitor's stored choice", () => {
    const first = openPage();
    first.assent.init(CONFIG);
    first.assent.acceptAll();
    const next = openPage(first.win.document.cookie);
    next.assent.init(CONFIG);
    const { seen, listener } = recorder();
    next.assent.subscribe(listener);
    expect(seen).toEqual([next.assent.getConsent()]);
    expect(seen[0]!.categories).toEqual(["necessary", "analytics"]);
  });

  it("reports every recorded choice and a withdrawal, where on('change') stays silent for one that changes nothing", () => {
    const page = openPage();
    page.assent.init(CONFIG);
    const { seen, listener } = recorder();
    const changes = vi.fn();
    page.assent.subscribe(listener);
    page.assent.on("change", changes);
    page.assent.rejectAll();
    page.assent.reset();
    // A refusal then a withdrawal grant and revoke no optional category: no "change" event, two reports.
    expect(changes).not.toHaveBeenCalled();
    expect(seen).toHaveLength(3);
    expect(seen[1]!.categories).toEqual(["necessary"]);
    expect(seen[2]).toBeNull();
    page.assent.acceptAll();
    expect(seen[3]).toEqual(page.assent.getConsent());
    expect(page.events).toEqual(seen);
  });

  it("waits for a fetched config before its first report", async () => {
    const page = openPage();
    let answer: (response: Response) => void = () => {};
    Object.assign(page.win, { fetch: () => new Promise<Response>((resolve) => (answer = resolve)) });
    Object.assign(page.win, { assentConfig: "/consent.json" });
    const { seen, listener } = recorder();
    page.assent.subscribe(listener);
    page.assent.init();
    expect(seen).toEqual([]);
    answer(new Response(JSON.stringify(CONFIG)));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toEqual([null]);
  });

  it("reports null with an invalid config, where everything stays blocked", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const page = openPage();
    const { seen, listener } = recorder();
    page.assent.subscribe(listener);
    page.assent.init({ categories: [{ id: "bad id", title: "x" }] });
    expect(seen).toEqual([null]);
  });

  it("stops after unsubscribing; a listener that throws stops neither the others nor Assent", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const page = openPage();
    page.assent.init(CONFIG);
    const { seen, listener } = recorder();
    const unsubscribe = page.assent.subscribe(() => {
      throw new Error("a broken listener");
    });
    const stop = page.assent.subscribe(listener);
    page.assent.acceptAll();
    expect(seen).toHaveLength(2);
    expect(error).toHaveBeenCalled();
    stop();
    unsubscribe();
    page.assent.rejectAll();
    expect(seen).toHaveLength(2);
    expect(page.assent.allowed("analytics")).toBe(false);
  });
});
