import { webcrypto } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createAssent } from "../../src/assent";
import { fitCookieToPlace } from "../../src/core/cookie-place";
import type { AssentConfig } from "../../src/types";
import { openFakePage } from "./browser/fake-page";

afterEach(() => vi.restoreAllMocks());

const place = { hostname: "www.site.test", pathname: "/shop/page" };

describe("fitCookieToPlace", () => {
  it("keeps a domain and path that cover the page", () => {
    for (const [domain, path] of [
      ["", "/"],
      [".site.test", "/shop"],
      ["site.test", "/shop/"],
      ["www.site.test", "/shop/page"],
    ])
      expect(fitCookieToPlace({ domain, path }, place)).toEqual({ cookie: { domain, path }, problems: [] });
  });

  it("drops a domain the host is not under and a path the page is not under, naming each", () => {
    for (const domain of ["evil.example", "ite.test", "shop.site.test"]) {
      const fitted = fitCookieToPlace({ domain, path: "/" }, place);
      expect(fitted.cookie.domain).toBe("");
      expect(fitted.problems).toEqual([expect.stringContaining(`cookie.domain "${domain}" does not cover`)]);
    }
    for (const path of ["/sho", "/blog", "/shop/page/deeper"]) {
      const fitted = fitCookieToPlace({ domain: "", path }, place);
      expect(fitted.cookie.path).toBe("/");
      expect(fitted.problems).toEqual([expect.stringContaining(`cookie.path "${path}" does not cover`)]);
    }
  });
});

describe("Assent with cookie settings that do not cover the page", () => {
  it("says so once on the console and still keeps the choice (host-only, Path=/)", async () => {
    const page = await openFakePage("", {});
    Object.defineProperty(page.window.crypto, "subtle", { value: webcrypto.subtle });
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const config: AssentConfig = {
      cookie: { domain: "evil.example", path: "/elsewhere" },
      categories: [
        { id: "necessary", required: true, title: "Necessary" },
        { id: "analytics", title: "Analytics" },
      ],
    };
    const assent = createAssent(page.window);
    assent.init(config);
    assent.acceptAll();
    expect(errors.mock.calls.map((call) => String(call[0]))).toEqual([
      expect.stringContaining('cookie.domain "evil.example" does not cover this page\'s host "site.test"'),
      expect.stringContaining('cookie.path "/elsewhere" does not cover this page\'s path "/"'),
    ]);
    expect(page.document.cookie).toMatch(/(^|; )assent=2\./);
    // The next page view reads the choice back.
    const again = createAssent(page.window);
    again.init(config);
    expect(again.allowed("analytics")).toBe(true);
  });
});
