import { describe, expect, it, vi } from "vitest";
import { localeSource } from "../../../src/browser/fetch-locale";
import { de } from "../../../src/locales/de";

/** A window whose fetch answers every URL with `status` and `body`, and records the URLs. */
function fakeWindow(status = 200, body: unknown = de) {
  const urls: string[] = [];
  const fetch = vi.fn(async (url: string) => {
    urls.push(url);
    return { ok: status < 400, status, url, json: async () => body };
  });
  return { win: { fetch } as unknown as Window, urls, fetch };
}

describe("localeSource", () => {
  it("needs nothing for the bundled languages and for languages without built-in strings", () => {
    const { win } = fakeWindow();
    for (const language of ["en", "en-GB", "sv-SE", "ja", "he"])
      expect(localeSource(win, "https://cdn.example/assent/assent.js", language, () => {})).toBeUndefined();
  });

  it("fetches locales/<code>.json next to the script, once, by the primary subtag", async () => {
    const { win, urls, fetch } = fakeWindow();
    const source = localeSource(win, "https://cdn.example/assent@1/dist/assent.js", "de-AT", () => {})!;
    const [first, second] = await Promise.all([source(), source()]);
    expect(first).toEqual(de);
    expect(second).toBe(first);
    expect(urls).toEqual(["https://cdn.example/assent@1/dist/locales/de.json"]);
    expect(fetch).toHaveBeenCalledWith(urls[0], { credentials: "same-origin" });
    const norwegian = fakeWindow();
    await localeSource(norwegian.win, "https://site.example/a/assent.js", "no", () => {})!();
    expect(norwegian.urls).toEqual(["https://site.example/a/locales/nb.json"]);
  });

  it("reports a failed fetch and gives undefined (the UI then speaks English)", async () => {
    const report = vi.fn();
    const { win } = fakeWindow(404);
    expect(await localeSource(win, "https://site.example/assent.js", "fi", report)!()).toBeUndefined();
    expect(String(report.mock.calls[0][0])).toContain("locales/fi.json did not load as JSON (HTTP 404)");
    const inline = vi.fn();
    expect(await localeSource(fakeWindow().win, undefined, "fi", inline)!()).toBeUndefined();
    expect(inline).toHaveBeenCalledTimes(1);
  });
});
