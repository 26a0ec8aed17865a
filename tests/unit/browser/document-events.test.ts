import { describe, expect, it, vi } from "vitest";
import { dispatchAssentEvent } from "../../../src/browser/document-events";

describe("dispatchAssentEvent", () => {
  it("dispatches assent:consent on document with the payload as detail", () => {
    const detail = { id: "x", categories: ["analytics"] };
    const listener = vi.fn();
    document.addEventListener("assent:consent", listener);
    dispatchAssentEvent(document, "consent", detail);
    document.removeEventListener("assent:consent", listener);
    expect(listener).toHaveBeenCalledTimes(1);
    const event = listener.mock.calls[0][0] as CustomEvent;
    expect(event).toBeInstanceOf(CustomEvent);
    expect(event.detail).toBe(detail);
  });

  it("dispatches assent:change separately", () => {
    const consent = vi.fn();
    const change = vi.fn();
    document.addEventListener("assent:consent", consent);
    document.addEventListener("assent:change", change);
    dispatchAssentEvent(document, "change", { granted: ["a"], revoked: [] });
    document.removeEventListener("assent:consent", consent);
    document.removeEventListener("assent:change", change);
    expect(consent).not.toHaveBeenCalled();
    expect((change.mock.calls[0][0] as CustomEvent).detail).toEqual({ granted: ["a"], revoked: [] });
  });

  it("keeps going when a listener throws: no exception for Assent, later listeners still run", () => {
    // dispatchEvent reports the listener's exception on window instead of rethrowing it.
    const reported = vi.fn((event: ErrorEvent) => event.preventDefault());
    window.addEventListener("error", reported);
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const throwing = () => {
      throw new Error("site bug");
    };
    const after = vi.fn();
    document.addEventListener("assent:consent", throwing);
    document.addEventListener("assent:consent", after);
    expect(() => dispatchAssentEvent(document, "consent", {})).not.toThrow();
    document.removeEventListener("assent:consent", throwing);
    document.removeEventListener("assent:consent", after);
    window.removeEventListener("error", reported);
    error.mockRestore();
    expect(after).toHaveBeenCalledTimes(1);
    expect(reported).toHaveBeenCalledTimes(1);
    expect(reported.mock.calls[0][0].error).toEqual(new Error("site bug"));
  });
});
