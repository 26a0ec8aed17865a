import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseLinks, type TextPart } from "../../../src/core/text-links";

/** What a visitor would read back: links as their markdown, text as itself. */
const joinParts = (parts: TextPart[]) =>
  parts.map((part) => (typeof part == "string" ? part : `[${part.label}](${part.href})`)).join("");

describe("parseLinks", () => {
  it("returns plain text as one part, and nothing for an empty text", () => {
    expect(parseLinks("We use cookies.")).toEqual(["We use cookies."]);
    expect(parseLinks("")).toEqual([]);
  });

  it("turns [label](url) into a link between the text around it", () => {
    expect(parseLinks("Read our [privacy policy](https://example.com/privacy) first.")).toEqual([
      "Read our ",
      { label: "privacy policy", href: "https://example.com/privacy" },
      " first.",
    ]);
  });

  it("finds several links, also back to back", () => {
    expect(parseLinks("[a](/a)[b](mailto:dpo@example.com) and [c](http://c.example)")).toEqual([
      { label: "a", href: "/a" },
      { label: "b", href: "mailto:dpo@example.com" },
      " and ",
      { label: "c", href: "http://c.example" },
    ]);
  });

  it.each([
    "/privacy",
    "./privacy",
    "../privacy",
    "privacy.html",
    "#cookies",
    "?lang=sv",
    "//cdn.example.com/p",
    "HTTPS://EXAMPLE.COM",
    "policy/v2:old",
  ])("accepts the URL %s", (href) => {
    expect(parseLinks(`[policy](${href})`)).toEqual([{ label: "policy", href }]);
  });

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert`1`",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox",
    "tel:+4612345",
    " javascript:alert(1)",
    "\u0001javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "&#106;avascript:alert(1)",
    "javascript&colon;alert(1)",
    "&#x6A;avascript&#58alert(1)",
    "jav&#x09;ascript:alert(1)",
  ])("keeps [label](%j) as plain text", (href) => {
    const text = `Click [here](${href}) now`;
    const parts = parseLinks(text);
    expect(parts.every((part) => typeof part == "string")).toBe(true);
    expect(parts.join("")).toBe(text);
  });

  it("does not let a refused link hide a good one after it", () => {
    expect(parseLinks("[x](javascript:void 0) [ok](/ok)")).toEqual(["[x](javascript:void 0) ", { label: "ok", href: "/ok" }]);
  });

  it("keeps HTML in labels and text as text", () => {
    expect(parseLinks('<b>hi</b> [<img src=x onerror="alert(1)">](/p)')).toEqual([
      "<b>hi</b> ",
      { label: '<img src=x onerror="alert(1)">', href: "/p" },
    ]);
  });

  it("always gives back the text it was given, and only safe links", () => {
    const piece = fc.oneof(fc.string(), fc.constantFrom("[", "]", "(", ")", ":", "javascript:", "https:", "/", "&#", "\t", " "));
    fc.assert(
      fc.property(fc.array(piece), (pieces) => {
        const text = pieces.join("");
        const parts = parseLinks(text);
        expect(joinParts(parts)).toBe(text);
        for (const part of parts) {
          if (typeof part == "string") continue;
          expect(part.href).not.toMatch(/^\s|[\s\x00-\x1f]/);
          expect(/^(https?|mailto):/i.test(part.href) || !/^[^/?#]*:/.test(part.href)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
