import { afterEach, describe, expect, it, vi } from "vitest";
import { createReceiptSender, sendReceipt } from "../../../src/browser/send-receipt";
import type { Consent, ConsentReceipt } from "../../../src/types";

const receipt: ConsentReceipt = {
  consentId: "abc",
  revision: 1,
  categories: ["necessary"],
  services: [],
  action: "reject_all",
  source: "banner",
  language: "en",
  textHash: "00",
  url: "https://shop.example/",
  timestamp: "2025-01-01T00:00:00.000Z",
};

/** A window whose navigator and fetch are the given fakes. */
const fakeWindow = (sendBeacon: unknown, fetch: unknown) => ({ navigator: { sendBeacon }, fetch }) as unknown as Window;

// jsdom's Blob has no .text(); FileReader reads it.
const readBlob = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });

afterEach(() => vi.restoreAllMocks());

describe("sendReceipt", () => {
  it("sends the receipt as a JSON blob with sendBeacon", async () => {
    const beacon = vi.fn((_url: string, _data: Blob) => true);
    const fetch = vi.fn();
    sendReceipt(fakeWindow(beacon, fetch), "/consent-receipts", receipt);
    expect(beacon).toHaveBeenCalledTimes(1);
    const [url, blob] = beacon.mock.calls[0];
    expect(url).toBe("/consent-receipts");
    expect(blob.type).toBe("application/json");
    expect(JSON.parse(await readBlob(blob))).toEqual(receipt);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("falls back to fetch with keepalive when sendBeacon won't queue it", () => {
    const fetch = vi.fn(() => Promise.resolve(new Response(null)));
    sendReceipt(
      fakeWindow(() => false, fetch),
      "/consent-receipts",
      receipt,
    );
    expect(fetch).toHaveBeenCalledWith("/consent-receipts", {
      method: "POST",
      body: JSON.stringify(receipt),
      headers: { "content-type": "application/json" },
      keepalive: true,
      credentials: "same-origin",
    });
  });

  it("falls back to fetch when sendBeacon is missing or throws", () => {
    const fetch = vi.fn(() => Promise.resolve(new Response(null)));
    sendReceipt(fakeWindow(undefined, fetch), "/r", receipt);
    sendReceipt(
      fakeWindow(() => {
        throw new DOMException("not CORS-safelisted", "SecurityError");
      }, fetch),
      "/r",
      receipt,
    );
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("never throws or leaves a rejection when everything fails", async () => {
    const unhandled = vi.fn();
    process.on("unhandledRejection", unhandled);
    const boom = () => {
      throw new Error("boom");
    };
    expect(() => sendReceipt(fakeWindow(boom, boom), "/r", receipt)).not.toThrow();
    expect(() =>
      sendReceipt(
        fakeWindow(
          () => false,
          () => Promise.reject(new Error("offline")),
        ),
        "/r",
        receipt,
      ),
    ).not.toThrow();
    expect(() => sendReceipt(fakeWindow(undefined, undefined), "/r", receipt)).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 0));
    process.off("unhandledRejection", unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });
});

describe("createReceiptSender: what a reload waits for", () => {
  const consent: Consent = {
    id: "abc",
    revision: 1,
    categories: ["necessary"],
    services: [],
    createdAt: "2025-01-01T00:00:00.000Z",
    updatedAt: "2025-01-01T00:00:00.000Z",
  };
  /** A page whose beacons are always queued, with the real crypto and the (real or fake) timers. */
  const page = () => {
    const win = {
      navigator: { sendBeacon: () => true },
      setTimeout: (run: () => void, ms?: number) => setTimeout(run, ms),
      crypto,
      location: { href: "https://shop.example/" },
    };
    return { win: win as unknown as Window };
  };
  const beacons = (win: Window) => vi.spyOn(win.navigator, "sendBeacon");

  it("resolves once the receipts asked for so far are handed to the browser, in order", async () => {
    const { win } = page();
    const spy = beacons(win);
    const receipts = createReceiptSender(win, { endpoint: "/r" }, "en", () => "shown text");
    receipts.send(consent, "accept_all", "banner");
    receipts.send(consent, "reject_all", "preferences");
    expect(spy).not.toHaveBeenCalled();
    await receipts.handedOver();
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it("does not wait longer than a second for a text hash that never comes", async () => {
    vi.useFakeTimers();
    try {
      const { win } = page();
      const spy = beacons(win);
      const receipts = createReceiptSender(win, { endpoint: "/r" }, "en", () => new Promise<string>(() => {}));
      receipts.send(consent, "reject_all", "preferences");
      let done = false;
      void receipts.handedOver().then(() => (done = true));
      await vi.advanceTimersByTimeAsync(999);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(done).toBe(true);
      expect(spy).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it("without consentLog sends nothing and does not hold a reload back", async () => {
    vi.useFakeTimers();
    try {
      const { win } = page();
      const spy = beacons(win);
      const receipts = createReceiptSender(win, undefined, "en", () => "shown text");
      receipts.send(consent, "reject_all", "preferences");
      // Resolves with no timer run: it would never resolve here if it waited for one.
      await receipts.handedOver();
      expect(spy).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});
