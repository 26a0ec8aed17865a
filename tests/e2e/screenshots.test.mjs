// Screenshots of the banner and the preference center (desktop and mobile, light and dark, Swedish and English)
// into tests/e2e/screenshots/ for a human to look at; asserts that the UI fits the viewport.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { startHarness, EXAMPLE_SITE, SCREENSHOTS, load, button, dialog, animationsDone } from "./helpers.mjs";

let h;
before(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  h = await startHarness({ siteRoot: EXAMPLE_SITE });
});
after(() => h.close());

const VIEWPORTS = { desktop: { width: 1280, height: 800 }, mobile: { width: 360, height: 740 } };
const LANGUAGES = { sv: { path: "/", customize: "Anpassa" }, en: { path: "/en/", customize: "Customize" } };

async function assertFits(locator, viewport, what) {
  await animationsDone(locator.page);
  const box = await locator.boundingBox();
  assert.ok(box, `${what} is rendered`);
  assert.ok(box.x >= 0 && box.x + box.width <= viewport.width + 0.5, `${what} fits the width (${JSON.stringify(box)})`);
  assert.ok(box.y >= 0 && box.y + box.height <= viewport.height + 0.5, `${what} fits the height (${JSON.stringify(box)})`);
}

for (const [device, viewport] of Object.entries(VIEWPORTS)) {
  for (const colorScheme of ["light", "dark"]) {
    for (const [lang, { path, customize }] of Object.entries(LANGUAGES)) {
      test(`${lang} ${device} ${colorScheme}`, async (t) => {
        const page = await h.newPage(t, { viewport, colorScheme });
        await load(page, h.url(path));
        const open = button(page, customize);
        await open.waitFor();
        await assertFits(open, viewport, "the Customize button");
        const name = `${lang}-${device}-${colorScheme}`;
        await page.screenshot(join(SCREENSHOTS, `banner-${name}.png`));
        await open.click();
        await dialog(page).waitFor();
        await assertFits(dialog(page), viewport, "the preference center");
        await page.screenshot(join(SCREENSHOTS, `preferences-${name}.png`));
        const expander = dialog(page).locator('[aria-expanded="false"], summary').first();
        if (await expander.count()) {
          await expander.click();
          await animationsDone(page);
          await page.screenshot(join(SCREENSHOTS, `preferences-expanded-${name}.png`));
        }
      });
    }
  }
}

test("privacy page declaration and the video placeholder", async (t) => {
  for (const colorScheme of ["light", "dark"]) {
    const page = await h.newPage(t, { viewport: VIEWPORTS.desktop, colorScheme });
    await load(page, h.url("/en/privacy"));
    await page.screenshot(join(SCREENSHOTS, `declaration-en-${colorScheme}.png`), { fullPage: true });
    await load(page, h.url("/"));
    await button(page, "Avvisa alla").click();
    await page.locator(".video").scrollIntoView();
    await animationsDone(page);
    await page.screenshot(join(SCREENSHOTS, `placeholder-sv-${colorScheme}.png`));
    await page.setViewport(VIEWPORTS.mobile);
    await page.screenshot(join(SCREENSHOTS, `placeholder-sv-mobile-${colorScheme}.png`));
    await page.close(); // WebKit runs one page at a time
  }
});
