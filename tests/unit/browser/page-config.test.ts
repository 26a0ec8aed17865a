import { afterEach, describe, expect, it, vi } from "vitest";
import { readPageConfig } from "../../../src/browser/page-config";
import { fetchJson } from "../../../src/browser/fetch-json";

const script = (attributes: Record<string, string>, text = "") => {
  const element = document.createElement("script");
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.textContent = text;
  document.head.append(element);
  return element;
};

afterEach(() => {
  document.head.innerHTML = "";
  delete window.assentConfig;
});

describe("readPageConfig", () => {
  it("reads the inline JSON script", () => {
    script({ type: "application/json", id: "assent-config" }, '{ "categories": [{ "id": "analytics", "title": "A" }] }');
    expect(readPageConfig(document, window, null)).toEqual({ config: { categories: [{ id: "analytics", title: "A" }] } });
  });

  it("reports broken inline JSON clearly instead of throwing", () => {
    script({ type: "application/json", id: "assent-config" }, "{ categories: [ }");
    const source = readPageConfig(document, window, null) as { error: string };
    expect(source.error).toMatch(/assent-config/);
    expect(source.error).toMatch(/JSON/);
  });

  it("reads data-config from Assent's own script as a URL", () => {
    const own = script({ src: "/assent.js", "data-config": "/consent.json" });
    expect(readPageConfig(document, window, own)).toEqual({ url: "/consent.json" });
  });

  it("finds a data-config script when currentScript is unknown", () => {
    script({ src: "/assent.js", "data-config": "/consent.json" });
    expect(readPageConfig(document, window, null)).toEqual({ url: "/consent.json" });
  });

  it("reads window.assentConfig", () => {
    window.assentConfig = { categories: [] };
    expect(readPageConfig(document, window, null)).toEqual({ config: { categories: [] } });
  });

  it("reads a string in window.assentConfig as a URL to fetch, as the Tag Manager template sets it", () => {
    window.assentConfig = "/consent.json";
    expect(readPageConfig(document, window, null)).toEqual({ url: "/consent.json" });
  });

  it("is null when the page has no config", () => {
    expect(readPageConfig(document, window, script({ src: "/assent.js" }))).toBeNull();
  });

  it("prefers the inline script, then data-config, then window.assentConfig", () => {
    window.assentConfig = { categories: [], revision: 3 };
    const own = script({ src: "/assent.js", "data-config": "/consent.json" });
    expect(readPageConfig(document, window, own)).toEqual({ url: "/consent.json" });
    script({ type: "application/json", id: "assent-config" }, '{ "revision": 1, "categories": [] }');
    expect(readPageConfig(document, window, own)).toEqual({ config: { revision: 1, categories: [] } });
  });
});

describe("fetchJson", () => {
  const fakeWindow = (fetch: unknown) => ({ fetch }) as unknown as Window;

  it("fetches same-origin and parses the JSON", async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response('{ "categories": [] }', { status: 200 })));
    await expect(fetchJson(fakeWindow(fetch), "/consent.json")).resolves.toEqual({ categories: [] });
    expect(fetch).toHaveBeenCalledWith("/consent.json", { credentials: "same-origin" });
  });

  it("rejects with the status on a non-2xx answer", async () => {
    const fetch = () => Promise.resolve(new Response("not here", { status: 404 }));
    await expect(fetchJson(fakeWindow(fetch), "/consent.json")).rejects.toThrow(/404/);
  });

  it("rejects with a clear error when the body isn't JSON", async () => {
    const fetch = () => Promise.resolve(new Response("<html>", { status: 200 }));
    await expect(fetchJson(fakeWindow(fetch), "/consent.json")).rejects.toThrow(/consent\.json.*JSON/);
  });

  it("rejects when the network fails", async () => {
    const fetch = () => Promise.reject(new TypeError("Failed to fetch"));
    await expect(fetchJson(fakeWindow(fetch), "/consent.json")).rejects.toThrow("Failed to fetch");
  });
});
