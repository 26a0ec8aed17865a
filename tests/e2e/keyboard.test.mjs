// Keyboard only: reach the banner, open the preference center, Tab stays inside it, Escape closes it, focus returns.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startHarness, load, button, dialog, focusInfo, tabTo } from "./helpers.mjs";

let h;
before(async () => (h = await startHarness()));
after(() => h.close());

test("Tab reaches the banner; Customize opens a dialog that traps Tab and Shift+Tab; Escape returns to the banner", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/tagged.html"));
  await tabTo(page, "Customize");
  await page.press("Enter");
  await dialog(page).waitFor();
  let info = await focusInfo(page);
  assert.ok(info.inDialog, `focus moved into the dialog (on ${info.label})`);
  const visited = new Set();
  for (let i = 0; i < 30; i++) {
    await page.press("Tab");
    info = await focusInfo(page);
    assert.ok(info.inDialog, `Tab #${i + 1} left the dialog (focus on ${info.tag} "${info.label}")`);
    visited.add(info.label);
  }
  assert.ok(visited.size >= 4, `Tab visits the dialog's controls (${[...visited].join(" | ")})`);
  for (let i = 0; i < 30; i++) {
    await page.press("Shift+Tab");
    info = await focusInfo(page);
    assert.ok(info.inDialog, `Shift+Tab #${i + 1} left the dialog (focus on ${info.tag} "${info.label}")`);
  }
  await page.press("Escape");
  await dialog(page).waitFor({ state: "hidden" });
  await button(page, "Accept all").waitFor();
  assert.equal((await focusInfo(page)).label, "Customize", "focus returns to the button that opened it");
  assert.equal(await page.evaluate(() => window.Assent.getConsent()), null, "Escape records no choice");
});

test("a choice can be made with the keyboard alone: switch a category with Space, save with Enter", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/tagged.html"));
  await tabTo(page, "Customize");
  await page.press("Enter");
  await dialog(page).waitFor();
  const functional = dialog(page)
    .getByRole("switch", { name: "Functional and performance" })
    .or(dialog(page).getByRole("checkbox", { name: "Functional and performance" }));
  for (let i = 0; i < 40 && !(await functional.evaluate((el) => el.matches(":focus"))); i++) await page.press("Tab");
  await page.press("Space");
  assert.equal(await functional.isChecked(), true);
  await tabTo(page, "Save choices");
  await page.press("Enter");
  await dialog(page).waitFor({ state: "hidden" });
  const consent = await page.evaluate(() => window.Assent.getConsent());
  assert.deepEqual([...consent.categories].sort(), ["functional", "necessary"]);
});

test("opened from a data-assent-preferences link, Escape closes it and focus returns to the link", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/tagged.html"));
  await button(page, "Reject all").click();
  await tabTo(page, "Cookie settings");
  await page.press("Enter");
  await dialog(page).waitFor();
  assert.ok((await focusInfo(page)).inDialog);
  await page.press("Escape");
  await dialog(page).waitFor({ state: "hidden" });
  assert.equal((await focusInfo(page)).label, "Cookie settings");
  assert.equal(await button(page, "Accept all").count(), 0, "no banner once a choice exists");
});
