import type { Consent, ConsentAction, ConsentReceipt, ConsentSource } from "../types";
import { buildReceipt } from "../core/receipt";
import { report } from "../core/report";
import { sha256Hex } from "./sha256";

/**
 * Sends a proof-of-consent receipt to `consentLog.endpoint` as JSON, without
 * delaying the page: `navigator.sendBeacon` (which the browser completes even
 * when the visitor navigates away), else `fetch` with `keepalive`. The
 * endpoint's answer is ignored and a failing endpoint never affects the page:
 * this never throws and never rejects.
 */
export function sendReceipt(win: Window, endpoint: string, receipt: ConsentReceipt): void {
  const body = JSON.stringify(receipt);
  const type = "application/json";
  try {
    // Chrome 59–80 threw a SecurityError for a Blob whose type is not CORS-safelisted
    // (application/json, https://crbug.com/490015), and sendBeacon returns false when the
    // browser won't queue the data (https://w3c.github.io/beacon/#sec-sendBeacon-method):
    // both fall through to fetch.
    if (win.navigator.sendBeacon(endpoint, new Blob([body], { type }))) return;
  } catch {
    // fall back to fetch below
  }
  try {
    win
      .fetch(endpoint, {
        method: "POST",
        body,
        headers: { "content-type": type },
        keepalive: true,
        credentials: "same-origin",
      })
      .catch(() => {});
  } catch {
    // No fetch either (or it threw synchronously): the receipt is lost, the page goes on.
  }
}

/** How long a reload waits at most for the receipts before it (the first hash, the beacon: usually under 50 ms). */
const RECEIPT_WAIT_MS = 1000;

export interface ReceiptSender {
  /** Asks for one receipt: it is sent in a task of its own. */
  send(consent: Consent, action: ConsentAction, source: ConsentSource): void;
  /**
   * Resolves once every receipt asked for so far is handed to the browser (a beacon outlives the page), or after
   * RECEIPT_WAIT_MS: `reloadOnWithdraw` reloads then, so that the withdrawal's receipt is not lost with the page.
   */
  handedOver(): Promise<unknown>;
}

/**
 * The receipts of one page: `send` is the choice flow's `sendReceipt` effect and `handedOver` what its
 * `reload` waits for. With `consentLog`, each `send` sends one receipt; without it, nothing happens. The hash of what the
 * visitor was shown (`shown()`, see `shownText`; a promise while the split drop-in's UI strings load)
 * is computed once, on the first receipt.
 */
export function createReceiptSender(
  win: Window,
  consentLog: { endpoint: string } | undefined,
  language: string,
  shown: () => string | Promise<string>,
): ReceiptSender {
  let last: Promise<unknown> = Promise.resolve();
  const handedOver = () => Promise.race([last, new Promise((resolve) => win.setTimeout(resolve, RECEIPT_WAIT_MS))]);
  if (!consentLog) return { send() {}, handedOver };
  const { endpoint } = consentLog;
  let textHash: Promise<string> | undefined;
  const send = (consent: Consent, action: ConsentAction, source: ConsentSource) =>
    (textHash ||= Promise.resolve(shown()).then((text) => sha256Hex(text, win.crypto && win.crypto.subtle)))
      .then((hash) =>
        sendReceipt(
          win,
          endpoint,
          buildReceipt({ consent, action, source, language, textHash: hash, href: win.location.href, now: new Date() }),
        ),
      )
      .catch(report);
  return {
    send(consent, action, source) {
      // In a task of its own, after the click's: the visitor does not wait for the proof, and in Chromium the Blob
      // and the beacon alone took 5-25 ms of it (tests/e2e/many.test.mjs). Timers keep the order of the receipts,
      // and each waits for the same hash, so the last one out is the last handed over.
      last = new Promise((resolve) => win.setTimeout(resolve)).then(() => send(consent, action, source));
    },
    handedOver,
  };
}
