import { describe, expect, it } from "vitest";
import { JSDOM, VirtualConsole } from "jsdom";
import { createAssent } from "../../src/assent";
import { consentFromCookies } from "../../src/core/read-choice";
import type { AssentConfig } from "../../src/types";

// Server and page agree: what the browser's Assent writes, a server reads back from the
// Cookie header as exactly what `getConsent()` answers on the page (README "Server rendering").

const CONFIG: AssentConfig = {
  categories: [
    { id: "necessary", required: true, title: "Necessary" },
    { id: "analytics", title: "Analytics", services: [{ id: "ga", title: "GA" }] },
    {
      id: "marketing",
      title: "Marketing",
      toggleServices: true,
      services: [
        { id: "youtube", title: "YouTube" },
        { id: "linkedin", title: "LinkedIn" },
      ],
    },
  ],
};

/** A page of a site; `cookie` is what the browser already keeps for it. */
function openPage(cookie = "") {
  const { window } = new JSDOM("<!doctype html><body></body>", {
    url: "https://site.test/",
    virtualConsole: new VirtualConsole(),
  });
  if (cookie) window.document.cookie = cookie;
  const assent = createAssent(window as unknown as Window);
  assent.init(CONFIG);
  return { assent, cookieHeader: () => window.document.cookie };
}

describe("consentFromCookies and the page's Assent", () => {
  it("agree after every kind of choice, and after a withdrawal", () => {
    const page = openPage();
    expect(consentFromCookies(page.cookieHeader(), CONFIG)).toBeNull();
    for (const choose of [
      () => page.assent.acceptAll(),
      () => page.assent.rejectAll(),
      () => page.assent.accept(["analytics"], ["youtube"]),
    ]) {
      choose();
      expect(page.assent.getConsent()).not.toBeNull();
      expect(consentFromCookies(page.cookieHeader(), CONFIG)).toEqual(page.assent.getConsent());
    }
    page.assent.reset();
    expect(consentFromCookies(page.cookieHeader(), CONFIG)).toBeNull();
  });

  it("a returning visitor's next page starts with the choice the server read", () => {
    const first = openPage();
    first.assent.accept(["marketing"], ["linkedin"]);
    const header = first.cookieHeader();
    const next = openPage(header.split("; ").find((c) => c.startsWith("assent="))!);
    expect(next.assent.getConsent()).toEqual(consentFromCookies(header, CONFIG));
    expect(next.assent.allowed("marketing", "linkedin")).toBe(true);
  });

  it("agree that a choice from an older revision no longer counts", () => {
    const page = openPage();
    page.assent.acceptAll();
    const cookie = page.cookieHeader();
    const raised = { ...CONFIG, revision: 2 };
    expect(consentFromCookies(cookie, raised)).toBeNull();
    const { window } = new JSDOM("", { url: "https://site.test/", virtualConsole: new VirtualConsole() });
    window.document.cookie = cookie;
    const next = createAssent(window as unknown as Window);
    next.init(raised);
    expect(next.getConsent()).toBeNull();
  });
});
