// A tagged iframe: an in-place placeholder with a button that allows it; a stored choice loads it with no click.
import { test, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { startHarness, load, settle, button, dialog, categorySwitch, ran, waitFor } from "./helpers.mjs";

let h;
before(async () => (h = await startHarness()));
after(() => h.close());
beforeEach(() => h.servers.clearLog());

const allowButton = (page) => page.getByRole("button", { name: /allow/i });

/** The last Consent Mode update the page's dataLayer got. */
const lastConsentUpdate = (page) =>
  page.evaluate(() => [...window.dataLayer].reverse().find((a) => a[0] === "consent" && a[1] === "update")?.[2]);

test("the placeholder's button grants only its service: the frame loads, the rest of marketing stays blocked", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/tagged.html"));
  await allowButton(page).waitFor();
  assert.equal(await allowButton(page).count(), 1);
  const placeholder = page.getByText("YouTube").first();
  assert.ok(await placeholder.isVisible(), "the placeholder names the service");
  assert.deepEqual(h.thirdPartyPaths(), []);
  await allowButton(page).click();
  await waitFor(() => page.locator("iframe").getAttribute("src"), "the frame to load");
  assert.match(await page.locator("iframe").getAttribute("src"), /\/embed\.html\?v=fixture$/);
  assert.equal(await allowButton(page).count(), 0, "the placeholder is gone");
  await waitFor(() => h.thirdPartyPaths().some((p) => p.startsWith("/embed.html")), "the frame's request");
  await settle(page);

  assert.equal(await page.evaluate(() => window.Assent.allowed("marketing", "youtube")), true);
  assert.equal(await page.evaluate(() => window.Assent.allowed("marketing")), false);
  assert.equal(await page.evaluate(() => window.Assent.allowed("marketing", "pardot")), false);
  const consent = await page.evaluate(() => window.Assent.getConsent());
  assert.deepEqual([consent.categories, consent.services], [["necessary"], ["session", "assent", "youtube"]]);
  // No other marketing content: scripts, the pixel, and not one request for them.
  assert.ok(!(await ran(page)).some((name) => name === "pardot" || name === "albacross"));
  assert.equal(await page.locator("img[data-service=doubleclick]").getAttribute("src"), null);
  assert.deepEqual(
    h.thirdPartyPaths().filter((p) => !p.startsWith("/embed")),
    [],
  );
  // Google is not told that ads were consented to.
  const update = await lastConsentUpdate(page);
  for (const type of ["ad_storage", "ad_user_data", "ad_personalization"]) assert.equal(update[type], "denied", type);
  // One receipt: custom / placeholder, with that service.
  await waitFor(() => h.servers.receipts.length === 1, "the receipt");
  assert.deepEqual(
    [h.servers.receipts[0].action, h.servers.receipts[0].source, h.servers.receipts[0].services.includes("youtube")],
    ["custom", "placeholder", true],
  );
  // The same after a reload, from the cookie.
  await load(page, h.url("/tagged.html"));
  await waitFor(() => page.locator("iframe").getAttribute("src"), "the frame to load again");
  assert.equal(await page.evaluate(() => window.Assent.allowed("marketing")), false);
  assert.ok(!(await ran(page)).includes("pardot"));
});

test("the preference center shows marketing partly on (YouTube); a later Accept all replaces it", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/tagged.html"));
  await allowButton(page).click();
  await waitFor(() => page.locator("iframe").getAttribute("src"), "the frame to load");
  await page.evaluate(() => window.Assent.showPreferences());
  const prefs = dialog(page);
  await prefs.waitFor();
  assert.equal(await categorySwitch(prefs, "Marketing").isChecked(), false);
  assert.ok(await prefs.getByText("Partly on: YouTube").isVisible());
  await button(prefs, "Accept all").click();
  await waitFor(async () => (await ran(page)).includes("pardot"), "the rest of marketing");
  assert.equal(await page.evaluate(() => window.Assent.allowed("marketing")), true);
  assert.equal((await lastConsentUpdate(page)).ad_storage, "granted");
});

test("the preference center shows the consent id and the date of the choice once there is one, nothing before", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/tagged.html"));
  await button(page, "Customize").click();
  await dialog(page).waitFor();
  assert.equal(
    await dialog(page)
      .getByText(/consent ID/i)
      .count(),
    0,
    "no id before a choice",
  );
  await button(dialog(page), "Reject all").click();
  const { id, updatedAt } = await page.evaluate(() => window.Assent.getConsent());
  await page.evaluate(() => window.Assent.showPreferences());
  await dialog(page).waitFor();
  assert.ok(await dialog(page).getByText(`Your consent ID: ${id}`).isVisible());
  const date = new Date(updatedAt).toLocaleDateString("en", { year: "numeric", month: "long", day: "numeric" });
  assert.match(date, /^[A-Z][a-z]+ \d{1,2}, \d{4}$/, "English date format");
  assert.ok(await dialog(page).getByText(`Date of your choice: ${date}`).isVisible());
  await waitFor(() => h.servers.receipts.length === 1, "the receipt");
  assert.equal(h.servers.receipts[0].consentId, id, "the same id as in the receipts");
});

test("with a stored choice the frame loads at page load with no placeholder", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/tagged.html"));
  await button(page, "Accept all").click();
  await load(page, h.url("/tagged.html"));
  await waitFor(() => page.locator("iframe").getAttribute("src"), "the frame to load");
  assert.equal(await allowButton(page).count(), 0);
});

test("Reject all keeps the placeholder", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/tagged.html"));
  await button(page, "Reject all").click();
  await load(page, h.url("/tagged.html"));
  await allowButton(page).waitFor();
  assert.equal(await page.locator("iframe").getAttribute("src"), null);
  assert.deepEqual(h.thirdPartyPaths(), []);
});
