import { describe, expect, it } from "vitest";
import { CookieJar, JSDOM } from "jsdom";
import { currentPaths, eraseDeclared, findStorages } from "../../../src/browser/erase-declared";

const URL_HERE = "https://www.shop.example.se/a/b";
const names = (doc: Document) =>
  doc.cookie
    .split("; ")
    .filter(Boolean)
    .map((pair) => pair.split("=")[0])
    .sort();

/** A browser with the cookies analytics and ads leave behind, on this host, its parent domains and paths. */
function setUp() {
  const jar = new CookieJar();
  const open = (url: string) => new JSDOM("", { url, cookieJar: jar }).window;
  const win = open(URL_HERE);
  const doc = win.document;
  for (const cookie of [
    "_ga=GA1.2.3; Path=/; Domain=.example.se",
    "_ga=host-only; Path=/",
    "_gat_UA-1234-1=1; Path=/; Domain=.shop.example.se",
    "_gat_UA-9999-2=1; Path=/; Domain=www.shop.example.se",
    "visitor_id4711=x; Path=/a",
    "visitor_id4711-hash=y", // no Path: the page's directory, /a
    "visitor_id_deep=z; Path=/a/b",
    "keep_me=1; Path=/; Domain=.example.se",
    "assent=1.x; Path=/",
  ])
    doc.cookie = cookie;
  return { win, doc, open };
}

const patterns = { cookies: ["_ga", "_gat_UA-*", "visitor_id*"], storage: ["_ga_*", "chat:*"] };

describe("eraseDeclared", () => {
  it("erases matching cookies on the host, every parent domain and every path of the page", () => {
    const { win, doc, open } = setUp();
    expect(names(doc)).toContain("visitor_id_deep");
    const erased = eraseDeclared(doc, "www.shop.example.se", patterns, [], "/a/b");
    expect(erased.sort()).toEqual([
      "_ga",
      "_gat_UA-1234-1",
      "_gat_UA-9999-2",
      "visitor_id4711",
      "visitor_id4711-hash",
      "visitor_id_deep",
    ]);
    expect(names(doc)).toEqual(["assent", "keep_me"]);
    // Seen from other pages sharing the browser's cookies, the parent-domain cookies are gone too.
    expect(names(open("https://shop.example.se/").document)).toEqual(["keep_me"]);
    expect(names(open("https://example.se/a/b").document)).toEqual(["keep_me"]);
    expect(win.location.hostname).toBe("www.shop.example.se");
  });

  it("without the page's path, clears only cookies set on /", () => {
    const { doc } = setUp();
    eraseDeclared(doc, "www.shop.example.se", patterns, []);
    expect(names(doc)).toEqual(["assent", "keep_me", "visitor_id4711", "visitor_id4711-hash", "visitor_id_deep"]);
  });

  it("leaves every cookie alone when nothing is declared", () => {
    const { doc } = setUp();
    const before = doc.cookie;
    expect(eraseDeclared(doc, "www.shop.example.se", { cookies: [], storage: [] }, [], "/a/b")).toEqual([]);
    expect(doc.cookie).toBe(before);
  });

  it("removes matching localStorage and sessionStorage keys", () => {
    const { win, doc } = setUp();
    win.localStorage.setItem("_ga_ABC123", "1");
    win.localStorage.setItem("_ga_XYZ", "2");
    win.localStorage.setItem("cart", "3");
    win.sessionStorage.setItem("chat:session", "4");
    win.sessionStorage.setItem("_ga", "5");
    eraseDeclared(doc, "www.shop.example.se", patterns, findStorages(win), "/a/b");
    expect(Object.keys(win.localStorage)).toEqual(["cart"]);
    expect(Object.keys(win.sessionStorage)).toEqual(["_ga"]);
  });

  it("never throws when cookies or storage are blocked", () => {
    const blocked = {
      get length(): number {
        throw new DOMException("blocked", "SecurityError");
      },
    } as unknown as Storage;
    const { win } = setUp();
    win.localStorage.setItem("_ga_1", "1");
    const doc = {
      get cookie(): string {
        throw new DOMException("sandboxed", "SecurityError");
      },
      set cookie(_: string) {
        throw new DOMException("sandboxed", "SecurityError");
      },
    };
    expect(eraseDeclared(doc, "www.shop.example.se", patterns, [blocked, win.localStorage], "/")).toEqual([]);
    expect(win.localStorage.getItem("_ga_1")).toBeNull();
  });
});

describe("findStorages", () => {
  it("returns both storages, leaving out one the browser refuses", () => {
    const { win } = setUp();
    expect(findStorages(win)).toEqual([win.localStorage, win.sessionStorage]);
    const sandboxed = {
      get localStorage(): Storage {
        throw new DOMException("sandboxed", "SecurityError");
      },
      sessionStorage: win.sessionStorage,
    };
    expect(findStorages(sandboxed)).toEqual([win.sessionStorage]);
  });
});

describe("currentPaths", () => {
  it("lists / and every path down to the page", () => {
    expect(currentPaths("/")).toEqual(["/"]);
    expect(currentPaths("/a/b")).toEqual(["/", "/a", "/a/b"]);
    expect(currentPaths("/a/b/")).toEqual(["/", "/a", "/a/b"]);
    expect(currentPaths("")).toEqual(["/"]);
  });
});
