import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The README's size claim is the size-limit budget CI enforces, so the two can't drift apart.
const ROOT = join(__dirname, "../..");
const budgets: Array<{ path: string; limit: string }> = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"))[
  "size-limit"
];
const readme = readFileSync(join(ROOT, "README.md"), "utf8");

describe("README", () => {
  it("states the drop-in's size budget exactly as package.json enforces it", () => {
    const dropIn = budgets.find((budget) => budget.path === "dist/assent.js");
    expect(dropIn).toBeDefined();
    expect(readme).toContain(`at most ${dropIn!.limit} brotli`);
  });

  it("gives the two commands a newcomer needs", () => {
    expect(readme).toContain("npm install && npm start");
    expect(readme).toContain("npm test");
  });
});
