import { describe, expect, it } from "vitest";
import { CookieJar, JSDOM } from "jsdom";
import { eraseCookie, readCookie, readCookieNames, writeCookie } from "../../../src/browser/cookie-jar";

/** A page's document; pages given the same jar share cookies like tabs of one browser. */
const open = (url = "https://www.shop.example.se/a/b", cookieJar?: CookieJar) =>
  new JSDOM("", { url, cookieJar }).window.document;

/** A document that remembers the strings written to document.cookie. */
const recorder = (cookie = "") => {
  const written: string[] = [];
  return {
    written,
    get cookie() {
      return cookie;
    },
    set cookie(text: string) {
      written.push(text);
    },
  };
};

describe("readCookie", () => {
  it("reads a cookie by its exact name, or null", () => {
    const doc = { cookie: "ab=1; a=2; assent=1.x.y; b" };
    expect(readCookie(doc, "a")).toBe("2");
    expect(readCookie(doc, "assent")).toBe("1.x.y");
    expect(readCookie(doc, "assen")).toBeNull();
    expect(readCookie({ cookie: "" }, "a")).toBeNull();
  });

  it("survives malformed cookie strings", () => {
    const doc = { cookie: " ;; =orphan;  a = 1 ; flag; b=x=y;c=; " };
    expect(readCookie(doc, "a")).toBe("1");
    expect(readCookie(doc, "b")).toBe("x=y");
    expect(readCookie(doc, "c")).toBe("");
    expect(readCookie(doc, "flag")).toBeNull();
    expect(readCookieNames(doc)).toEqual(["", "a", "", "b", "c"]);
  });

  it("%-decodes values, and gives broken %-sequences back as they are", () => {
    expect(readCookie({ cookie: "a=hello%20world%3B" }, "a")).toBe("hello world;");
    expect(readCookie({ cookie: "a=100%; b=%E0%A4%A" }, "a")).toBe("100%");
    expect(readCookie({ cookie: "a=100%; b=%E0%A4%A" }, "b")).toBe("%E0%A4%A");
  });

  it("returns null when the browser refuses to show cookies", () => {
    const doc = {
      get cookie(): string {
        throw new DOMException("sandboxed", "SecurityError");
      },
    };
    expect(readCookie(doc, "a")).toBeNull();
    expect(readCookieNames(doc)).toEqual([]);
  });
});

describe("writeCookie", () => {
  it("writes a cookie the page reads back, whatever the value", () => {
    const doc = open();
    writeCookie(doc, "assent", "1.a~b.c", { days: 365 });
    writeCookie(doc, "other", "semi;colon, space=é", { days: 1 });
    expect(readCookie(doc, "assent")).toBe("1.a~b.c");
    expect(readCookie(doc, "other")).toBe("semi;colon, space=é");
  });

  it("writes SameSite=Lax explicitly, Path=/ and the lifetime in seconds", () => {
    const doc = recorder();
    writeCookie(doc, "assent", "v", { days: 365 });
    expect(doc.written).toEqual(["assent=v; Max-Age=31536000; Path=/; SameSite=Lax"]);
  });

  it("adds Secure, Domain, Path and SameSite when asked", () => {
    const doc = recorder();
    writeCookie(doc, "assent", "v", { days: 180, secure: true, domain: ".example.se", path: "/shop", sameSite: "Strict" });
    expect(doc.written[0]).toBe("assent=v; Max-Age=15552000; Path=/shop; Domain=.example.se; SameSite=Strict; Secure");
  });

  it("always makes SameSite=None cookies Secure, which browsers require", () => {
    const doc = recorder();
    writeCookie(doc, "assent", "v", { days: 1, sameSite: "None" });
    expect(doc.written[0]).toMatch(/; SameSite=None; Secure$/);
  });

  it("shares the choice with sibling subdomains when given a parent domain", () => {
    const jar = new CookieJar();
    writeCookie(open("https://www.shop.example.se/", jar), "assent", "shared", { days: 1, domain: ".shop.example.se" });
    writeCookie(open("https://www.shop.example.se/", jar), "local", "host-only", { days: 1 });
    const sibling = open("https://cart.shop.example.se/", jar);
    expect(readCookie(sibling, "assent")).toBe("shared");
    expect(readCookie(sibling, "local")).toBeNull();
    expect(readCookie(open("https://example.se/", jar), "assent")).toBeNull();
  });

  it("does not throw when the browser refuses cookies", () => {
    const doc = {
      get cookie() {
        return "";
      },
      set cookie(_: string) {
        throw new DOMException("sandboxed", "SecurityError");
      },
    };
    expect(() => writeCookie(doc, "assent", "v", { days: 1 })).not.toThrow();
    expect(() => eraseCookie(doc, "assent")).not.toThrow();
  });
});

describe("eraseCookie", () => {
  it("erases a host-only cookie, and a domain cookie only with its domain", () => {
    const jar = new CookieJar();
    const doc = open("https://www.shop.example.se/", jar);
    writeCookie(doc, "assent", "mine", { days: 1 });
    writeCookie(doc, "wide", "parent", { days: 1, domain: ".example.se" });
    eraseCookie(doc, "assent");
    eraseCookie(doc, "wide");
    expect(readCookie(doc, "assent")).toBeNull();
    expect(readCookie(doc, "wide")).toBe("parent");
    eraseCookie(doc, "wide", { domain: "example.se" });
    expect(readCookie(doc, "wide")).toBeNull();
  });

  it("erases a cookie only on the path it was set with", () => {
    const doc = open("https://www.shop.example.se/a/b");
    doc.cookie = "deep=1; Path=/a";
    eraseCookie(doc, "deep");
    expect(readCookie(doc, "deep")).toBe("1");
    eraseCookie(doc, "deep", { path: "/a" });
    expect(readCookie(doc, "deep")).toBeNull();
  });

  it("erases __Host- and __Secure- cookies, which need the Secure attribute", () => {
    const doc = open();
    doc.cookie = "__Host-id=1; Path=/; Secure";
    doc.cookie = "__Secure-id=2; Path=/; Secure";
    expect(readCookieNames(doc)).toEqual(["__Host-id", "__Secure-id"]);
    eraseCookie(doc, "__Host-id");
    eraseCookie(doc, "__Secure-id");
    expect(doc.cookie).toBe("");
  });
});
