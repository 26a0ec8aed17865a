import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { AssentConfig } from "../../../src/types";
import { createUrlMatcher, lintUrlPatterns, listUrlPatterns, parsePattern } from "../../../src/core/url-patterns";

const config = (services: Array<{ id: string; urls: string[] }>, category = "marketing"): AssentConfig => ({
  categories: [{ id: category, title: "M", services: services.map((s) => ({ ...s, title: s.id })) }],
});
const matcherOf = (urls: string[]) => createUrlMatcher(listUrlPatterns(config([{ id: "svc", urls }])));
const owner = { category: "marketing", service: "svc" };

describe("URL patterns", () => {
  it.each([
    ["*.hotjar.com", "https://static.hotjar.com/c/hotjar-1.js?sv=6"],
    ["*.hotjar.com", "https://a.b.hotjar.com/"],
    ["*.hotjar.com", "https://hotjar.com/x"],
    ["www.googletagmanager.com/gtag/js", "https://www.googletagmanager.com/gtag/js?id=G-XXXX"],
    ["www.googletagmanager.com/gtag/js", "//www.googletagmanager.com/gtag/js#frag"],
    ["WWW.YouTube.com/embed", "http://www.youtube.com/embed/abc"],
    ["https://connect.facebook.net/en_US/", "http://connect.facebook.net/en_US/fbevents.js"],
    ["127.0.0.1:4000", "http://127.0.0.1:4000/analytics.js"],
    ["127.0.0.1", "http://127.0.0.1:4000/analytics.js"],
    ["bücher.example", "https://xn--bcher-kva.example/"],
    ["maps.google.com/maps*", "https://maps.google.com/maps?q=x"],
  ])("%s matches %s", (pattern, url) => {
    expect(matcherOf([pattern])(url, "https://site.test/")).toEqual(owner);
  });

  it.each([
    ["*.hotjar.com", "https://nothotjar.com/"],
    ["*.hotjar.com", "https://hotjar.com.evil.test/"],
    ["www.googletagmanager.com/gtag/js", "https://www.googletagmanager.com/gtm.js?id=GTM-1"],
    ["www.googletagmanager.com/gtag/js", "https://googletagmanager.com/gtag/js"],
    ["www.example.com/Path", "https://www.example.com/path"],
    ["127.0.0.1:4000", "http://127.0.0.1:4001/analytics.js"],
    ["example.com", "/relative/example.com/x.js"],
    ["example.com", "data:text/javascript,example.com"],
    ["example.com", "http://[not a url"],
  ])("%s does not match %s", (pattern, url) => {
    expect(matcherOf([pattern])(url, "https://site.test/")).toBeUndefined();
  });

  it("resolves relative URLs against the base: the page's own host matches only when listed", () => {
    const match = matcherOf(["site.test/vendor/"]);
    expect(match("/vendor/tag.js", "https://site.test/page")).toEqual(owner);
    expect(match("/other.js", "https://site.test/page")).toBeUndefined();
  });

  it("gives the first matching service in config order, with its category", () => {
    const two: AssentConfig = {
      categories: [
        { id: "analytics", title: "A", services: [{ id: "ga", title: "GA", urls: ["www.google-analytics.com"] }] },
        { id: "ads", title: "B", services: [{ id: "ads", title: "Ads", urls: ["*.google-analytics.com", "ads.test"] }] },
      ],
    };
    const match = createUrlMatcher(listUrlPatterns(two));
    expect(match("https://www.google-analytics.com/g/collect")).toEqual({ category: "analytics", service: "ga" });
    expect(match("https://region1.google-analytics.com/g/collect")).toEqual({ category: "ads", service: "ads" });
    expect(match("https://ads.test/pixel.gif")).toEqual({ category: "ads", service: "ads" });
  });

  it("reads what can never match as null", () => {
    for (const bad of ["", "   ", "*.", "exa*mple.com", "example .com", "http://", "*.*.example.com", "[::1"])
      expect(parsePattern(bad), bad).toBeNull();
    expect(parsePattern("example.com")).toEqual({ host: "example.com", subdomains: false, port: false, path: "/" });
  });

  it("never throws and never matches a host outside the pattern, whatever the URL", () => {
    const match = matcherOf(["*.tracker.test/collect"]);
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const found = match(url);
        const host = new URL(url).hostname;
        expect(!!found).toBe(
          (host == "tracker.test" || host.endsWith(".tracker.test")) && new URL(url).pathname.startsWith("/collect"),
        );
      }),
    );
    fc.assert(fc.property(fc.string(), (text) => void match(text, "https://site.test/")));
  });
});

describe("lintUrlPatterns", () => {
  it("warns about a pattern that can never match, naming its path", () => {
    expect(lintUrlPatterns(config([{ id: "a", urls: ["ok.test", "bad host.test"] }]))).toEqual([
      { path: "categories[0].services[0].urls[1]", message: expect.stringContaining("can never match") },
    ]);
  });

  it("warns about a pattern that overlaps another service's, not one of the same service", () => {
    const warnings = lintUrlPatterns(
      config([
        { id: "ga", urls: ["www.googletagmanager.com/gtag/", "www.googletagmanager.com/gtag/js"] },
        { id: "gtm", urls: ["*.googletagmanager.com/gtag/js", "www.googletagmanager.com/gtm.js"] },
        { id: "other", urls: ["cdn.test:8080", "cdn.test:9090/x"] },
      ]),
    );
    expect(warnings).toEqual([
      {
        path: "categories[0].services[1].urls[0]",
        message: expect.stringContaining('overlaps categories[0].services[0].urls[0] (service "ga")'),
      },
    ]);
  });

  it("is quiet for a config without urls", () => {
    expect(lintUrlPatterns(config([{ id: "a", urls: [] }]))).toEqual([]);
  });
});
