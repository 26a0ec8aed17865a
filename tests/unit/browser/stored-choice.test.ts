import { describe, expect, it } from "vitest";
import { JSDOM } from "jsdom";
import { normalizeConfig } from "../../../src/core/config-defaults";
import { encodeConsent } from "../../../src/core/consent-codec";
import { eraseStoredChoice, readStoredChoice, writeStoredChoice } from "../../../src/browser/stored-choice";
import { writeCookie } from "../../../src/browser/cookie-jar";
import type { AssentConfig, Consent } from "../../../src/types";

const CONFIG = normalizeConfig({
  categories: [
    { id: "necessary", required: true, title: "Necessary" },
    { id: "marketing", title: "Marketing", services: [{ id: "ads", title: "Ads" }] },
  ],
} as AssentConfig);

const NOW = new Date("2026-06-01T12:00:00.000Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 864e5).toISOString();
const choice = (categories: string[], updatedAt: string): Consent => ({
  id: "Xq3vZ9lq0m2rN8c1aB4dEf",
  revision: 1,
  categories,
  services: categories.includes("marketing") ? ["ads"] : [],
  createdAt: daysAgo(30),
  updatedAt,
});
const acceptAll = choice(["necessary", "marketing"], daysAgo(20));
const rejectAll = choice(["necessary"], daysAgo(1));

/** A page on /shop/page of www.shop.example.se; `location` is where it is. */
function open() {
  const { document, location } = new JSDOM("", { url: "https://www.shop.example.se/shop/page" }).window;
  const set = (consent: Consent, options: { path?: string; domain?: string }) =>
    writeCookie(document, "assent", encodeConsent(consent, CONFIG), { days: 365, ...options });
  const values = () => document.cookie.split("; ").filter((c) => c.startsWith("assent="));
  return { document, location, set, values };
}

describe("the stored choice with stale cookies of the same name", () => {
  it("reads the latest valid choice, not the stale one on a longer path, and erases the stale one", () => {
    const page = open();
    page.set(acceptAll, { path: "/shop" }); // left by an older setting; the browser lists it first
    page.set(rejectAll, { path: "/" });
    expect(page.values()).toHaveLength(2);
    expect(readStoredChoice(page.document, CONFIG, NOW, page.location).consent).toEqual(rejectAll);
    expect(page.values()).toEqual([`assent=${encodeConsent(rejectAll, CONFIG)}`]);
    expect(readStoredChoice(page.document, CONFIG, NOW, page.location).consent).toEqual(rejectAll);
  });

  it("a new choice replaces every cookie of that name the page can reach, parent domain included", () => {
    const page = open();
    page.set(acceptAll, { path: "/shop" });
    page.set(acceptAll, { path: "/", domain: "shop.example.se" });
    writeStoredChoice(page.document, CONFIG, rejectAll, page.location, NOW);
    expect(page.values()).toEqual([`assent=${encodeConsent(rejectAll, CONFIG)}`]);
  });

  it("reset erases them all", () => {
    const page = open();
    page.set(acceptAll, { path: "/shop" });
    page.set(acceptAll, { path: "/shop/page" });
    page.set(rejectAll, { path: "/" });
    eraseStoredChoice(page.document, CONFIG, page.location);
    expect(page.values()).toEqual([]);
    expect(readStoredChoice(page.document, CONFIG, NOW, page.location).consent).toBeNull();
  });
});

describe("the __Host- cookie-name prefix", () => {
  it("writes a host-only, Secure cookie on Path=/ whatever the config says, which the browser keeps", () => {
    const written: string[] = [];
    const doc = {
      URL: "https://www.shop.example.se/",
      get cookie() {
        return "";
      },
      set cookie(text: string) {
        written.push(text);
      },
    } as unknown as Document;
    const config = normalizeConfig({ ...CONFIG, cookie: { name: "__Host-assent", domain: "shop.example.se", path: "/shop" } });
    writeStoredChoice(doc, config, rejectAll, { hostname: "www.shop.example.se", pathname: "/" }, NOW);
    const text = written.at(-1)!;
    expect(text).toMatch(/^__Host-assent=2\./);
    expect(text).toContain("; Path=/;");
    expect(text).toContain("; Secure");
    expect(text).not.toContain("Domain");

    const page = open();
    writeStoredChoice(page.document, config, rejectAll, page.location, NOW);
    expect(readStoredChoice(page.document, config, NOW, page.location).consent).toEqual(rejectAll);
  });
});
