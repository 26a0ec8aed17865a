// axe-core on the banner and the open preference center (light and dark): no serious or critical violations.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { startHarness, load, button, dialog, animationsDone } from "./helpers.mjs";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let h;
before(async () => (h = await startHarness()));
after(() => h.close());

async function seriousViolations(page) {
  // Contrast is checked on the UI at rest, not halfway through the banner text's fade-in (styles/assent.css).
  await animationsDone(page);
  await page.evaluate((source) => {
    const script = document.createElement("script");
    script.textContent = source;
    document.head.append(script);
  }, AXE);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
}

for (const colorScheme of ["light", "dark"]) {
  test(`banner, ${colorScheme}`, async (t) => {
    const page = await h.newPage(t, { colorScheme });
    await load(page, h.url("/tagged.html"));
    await button(page, "Accept all").waitFor();
    assert.deepEqual(await seriousViolations(page), []);
  });

  test(`preference center with a category expanded, ${colorScheme}`, async (t) => {
    const page = await h.newPage(t, { colorScheme });
    await load(page, h.url("/tagged.html"));
    await button(page, "Customize").click();
    const prefs = dialog(page);
    await prefs.waitFor();
    // Expand the first expandable section so the cookie tables are scanned too.
    const expander = prefs.locator('[aria-expanded="false"]').first();
    if (await expander.count()) await expander.click();
    assert.deepEqual(await seriousViolations(page), []);
  });
}
