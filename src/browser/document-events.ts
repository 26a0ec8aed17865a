import { attempt } from "../core/report";

/**
 * Dispatches `assent:consent`, `assent:change` or `assent:state` on `document`, with the same
 * object the `Assent.on()` and `Assent.subscribe()` listeners get as `event.detail`:
 * `document.addEventListener("assent:consent", (e) => e.detail.categories)`.
 * Never throws.
 */
export function dispatchAssentEvent(doc: Document, name: "consent" | "change" | "state", detail: unknown): void {
  // A listener that throws can't break Assent: dispatchEvent reports the exception
  // (to window "error" and the console) and carries on with the next listener,
  // https://dom.spec.whatwg.org/#concept-event-listener-inner-invoke
  attempt(() => doc.dispatchEvent(new CustomEvent("assent:" + name, { detail })));
}
