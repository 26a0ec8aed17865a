import { afterEach, describe, expect, it, vi } from "vitest";
import { pushDataLayerEvent, pushGtag } from "../../../src/browser/data-layer";

afterEach(() => {
  delete window.assentGtm;
  delete window.dataLayer;
  delete window.gtag;
  vi.restoreAllMocks();
});

describe("pushGtag", () => {
  it("creates dataLayer and pushes a real arguments object, as gtag's snippet does", () => {
    pushGtag(window, ["consent", "default", { ad_storage: "denied" }]);
    expect(window.dataLayer).toHaveLength(1);
    const entry = window.dataLayer![0] as IArguments;
    expect(Object.prototype.toString.call(entry)).toBe("[object Arguments]");
    expect(Array.from(entry)).toEqual(["consent", "default", { ad_storage: "denied" }]);
  });

  it("appends to an existing dataLayer in call order", () => {
    window.dataLayer = [{ event: "gtm.js" }];
    pushGtag(window, ["set", "ads_data_redaction", true]);
    pushGtag(window, ["consent", "default", {}]);
    expect(window.dataLayer).toHaveLength(3);
    expect(Array.from(window.dataLayer[1] as IArguments)).toEqual(["set", "ads_data_redaction", true]);
    expect(Array.from(window.dataLayer[2] as IArguments)[1]).toBe("default");
  });

  it("calls the page's own gtag when there is one", () => {
    const gtag = vi.fn();
    window.gtag = gtag;
    pushGtag(window, ["consent", "update", { analytics_storage: "granted" }]);
    expect(gtag).toHaveBeenCalledWith("consent", "update", { analytics_storage: "granted" });
    expect(window.dataLayer).toBeUndefined();
  });

  it("never throws when the page's gtag does", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    window.gtag = () => {
      throw new Error("broken gtag");
    };
    expect(() => pushGtag(window, ["consent", "update", {}])).not.toThrow();
    expect(error).toHaveBeenCalled();
  });
});

describe("pushGtag with Assent's Tag Manager template on the page", () => {
  it("hands each consent update to the template, and pushes nothing itself", () => {
    const template = vi.fn();
    const gtag = vi.fn();
    window.assentGtm = template;
    window.gtag = gtag;
    pushGtag(window, ["consent", "update", { analytics_storage: "granted", ad_storage: "denied" }]);
    expect(template).toHaveBeenCalledWith({ analytics_storage: "granted", ad_storage: "denied" });
    expect(gtag).not.toHaveBeenCalled();
    expect(window.dataLayer).toBeUndefined();
  });

  it("drops the defaults and settings, which the template sets from its own fields", () => {
    const template = vi.fn();
    window.assentGtm = template;
    pushGtag(window, ["set", "ads_data_redaction", true]);
    pushGtag(window, ["consent", "default", { ad_storage: "denied", wait_for_update: 500 }]);
    expect(template).not.toHaveBeenCalled();
    expect(window.dataLayer).toBeUndefined();
  });

  it("never throws when the template's hand-off does", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    window.assentGtm = () => {
      throw new Error("permission denied");
    };
    expect(() => pushGtag(window, ["consent", "update", {}])).not.toThrow();
    expect(error).toHaveBeenCalled();
  });
});

describe("pushDataLayerEvent", () => {
  it("pushes the plain event object", () => {
    const event = { event: "assent_consent", assent: { categories: ["analytics"], services: [] } };
    pushDataLayerEvent(window, event);
    expect(window.dataLayer).toEqual([event]);
  });

  it("never throws on a dataLayer that can't be pushed to", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    window.dataLayer = Object.freeze([]) as unknown as unknown[];
    expect(() => pushDataLayerEvent(window, { event: "assent_consent" })).not.toThrow();
  });
});
