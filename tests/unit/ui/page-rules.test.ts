import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pickPageRules } from "../../../src/ui/page-rules";

// Read from disk: vitest hands `?raw` CSS imports over as "" unless its css option includes the file.
const css = readFileSync(join(__dirname, "../../../styles/assent.css"), "utf8");
const selectorsOf = (text: string) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .match(/[^{}]+(?=\{)/g)!
    .map((selector) => selector.trim())
    .filter((selector) => !selector.startsWith("@"));

describe("pickPageRules", () => {
  it("takes only rules scoped to Assent's attributes into the page", () => {
    const page = pickPageRules(css);
    expect(page).toContain("[data-assent-declaration]");
    expect(page).toContain("iframe[data-assent-hidden]");
    for (const selector of selectorsOf(page)) expect(selector).toMatch(/^(:where\()?\[data-assent-|^iframe\[data-assent-/);
  });

  it("leaves the shadow-root rules out", () => {
    const page = pickPageRules(css);
    expect(page).not.toContain(":host");
    expect(page).not.toContain(".btn");
  });

  it("gives nothing for a stylesheet without page rules", () => {
    expect(pickPageRules(".btn{color:red}")).toBe("");
  });
});
