import type { ConsentReceipt } from "../types";

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
