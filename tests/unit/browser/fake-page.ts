import { JSDOM, ResourceLoader, VirtualConsole, type AbortablePromise } from "jsdom";

/** A fake third party: response bodies by URL, each with an optional delay in ms. */
export type Routes = Record<string, { body: string; delay?: number }>;

export type FakePage = { window: Window & typeof globalThis & { log: string[] }; document: Document; requests: string[] };

/**
 * A page of its own with a fake network: bodies served with per-URL delays,
 * every request logged, unknown URLs answered with an error (a 404 to scripts).
 * Returns at once, while jsdom still reports readyState "loading".
 */
export function createFakePage(body: string, routes: Routes): FakePage {
  const requests: string[] = [];
  class FakeNetwork extends ResourceLoader {
    fetch(url: string): AbortablePromise<Buffer> {
      requests.push(url);
      const route = routes[url];
      const response = new Promise<Buffer>((resolve, reject) =>
        setTimeout(() => (route ? resolve(Buffer.from(route.body)) : reject(new Error("404 " + url))), route?.delay ?? 0),
      ) as AbortablePromise<Buffer>;
      response.abort = () => {};
      return response;
    }
  }
  const dom = new JSDOM(`<!doctype html><head></head><body>${body}</body>`, {
    url: "https://site.test/",
    runScripts: "dangerously",
    resources: new FakeNetwork(),
    // Keeps deliberate script errors and jsdom's "not implemented" notes out of the test output.
    virtualConsole: new VirtualConsole(),
  });
  const window = dom.window as unknown as FakePage["window"];
  window.log = [];
  return { window, document: window.document, requests };
}

/** The same page, resolved once it has loaded. */
export async function openFakePage(body: string, routes: Routes): Promise<FakePage> {
  const page = createFakePage(body, routes);
  await new Promise((resolve) => page.window.addEventListener("load", resolve));
  return page;
}
