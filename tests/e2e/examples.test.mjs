// The demo site (examples/site): Swedish and English, the declaration on the privacy page, the ES module page.
import { test, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { startHarness, settle, EXAMPLE_SITE, load, button, dialog, cookieNames, ran, waitFor } from "./helpers.mjs";

let h;
before(async () => (h = await startHarness({ siteRoot: EXAMPLE_SITE })));
after(() => h.close());
beforeEach(() => h.servers.clearLog());

test("Swedish home page: Godkänn alla / Avvisa alla / Anpassa, and Spara val in the preference center", async (t) => {
  const page = await h.newPage(t, { locale: "en-US" }); // <html lang="sv"> wins over the browser's language
  await load(page, h.url("/"));
  for (const name of ["Godkänn alla", "Avvisa alla", "Anpassa"]) await button(page, name).waitFor();
  assert.equal(await button(page, "Accept all").count(), 0);
  assert.ok(await page.getByText("Kakor på Kedjeverket").isVisible(), "the config's bannerTitle override");
  await button(page, "Anpassa").click();
  const prefs = dialog(page);
  await prefs.waitFor();
  for (const name of ["Godkänn alla", "Avvisa alla", "Spara val"]) await button(prefs, name).waitFor();
  for (const title of ["Nödvändiga", "Presentation och funktion", "Marknadsföring"]) {
    assert.ok(await prefs.getByText(title, { exact: true }).first().isVisible(), title);
  }
  assert.deepEqual(h.thirdPartyPaths(), []);
});

test("English home page: Accept all / Reject all / Customize; the banner links to the policy", async (t) => {
  const page = await h.newPage(t, { locale: "sv-SE" });
  await load(page, h.url("/en/"));
  for (const name of ["Accept all", "Reject all", "Customize"]) await button(page, name).waitFor();
  const policy = page.locator('a[href="/en/privacy"]').filter({ visible: true });
  assert.ok((await policy.count()) >= 1, "a visible link to /en/privacy");
  assert.ok(await page.getByText("Cookies at Kedjeverket").isVisible());
});

test("accepting on the demo runs its four third-party scripts and the video; withdrawing erases their cookies", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/en/"));
  assert.equal(await page.locator("[data-ran-list]").innerText(), "none");
  await button(page, "Accept all").click();
  await waitFor(async () => (await ran(page)).length === 4, "four scripts");
  assert.deepEqual([...(await ran(page))].sort(), ["Albacross", "Google Analytics", "LinkedIn Insight", "Pardot"]);
  await waitFor(async () => (await page.locator("[data-ran-list]").innerText()).includes("Pardot"), "the demo list");
  await waitFor(() => page.locator("iframe").getAttribute("src"), "the video");
  const names = await cookieNames(page);
  for (const name of [
    "_ga",
    "_gid",
    "_gat_UA-4711-1",
    "nQ_cookieId",
    "nQ_visitId",
    "visitor_id4711",
    "visitor_id4711-hash",
    "assent",
  ]) {
    assert.ok(names.includes(name), `${name} in ${names}`);
  }
  await page.getByRole("button", { name: "Withdraw consent" }).click();
  await button(page, "Accept all").waitFor();
  assert.deepEqual(await cookieNames(page), []);
});

test("Reject all on the Swedish page shows the !marketing note and loads nothing from the third party", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/"));
  await button(page, "Avvisa alla").click();
  await page.locator("[data-no-marketing]").waitFor();
  await settle(page);
  assert.deepEqual(h.thirdPartyPaths(), []);
});

for (const [path, sv] of [
  ["/integritet", true],
  ["/en/privacy", false],
]) {
  test(`privacy page ${path}: the declaration lists every category and cookie, visibly`, async (t) => {
    const page = await h.newPage(t);
    await load(page, h.url(path));
    const declaration = page.locator("[data-assent-declaration]");
    for (const title of sv
      ? ["Nödvändiga", "Presentation och funktion", "Marknadsföring"]
      : ["Strictly necessary", "Functional and performance", "Marketing"]) {
      assert.ok(await declaration.getByText(title, { exact: true }).first().isVisible(), title);
    }
    for (const name of [
      "ASP.NET_SessionId",
      "__RequestVerificationToken",
      "_gat_UA-*",
      "nQ_visitId",
      "UserMatchHistory",
      "VISITOR_INFO1_LIVE",
      "IDE",
    ]) {
      assert.ok(await declaration.getByText(name, { exact: true }).first().isVisible(), name);
    }
    assert.ok(await declaration.getByText("pi.pardot.com").first().isVisible());
    assert.ok(
      await declaration
        .getByText(sv ? "10 år" : "10 years")
        .first()
        .isVisible(),
    );
    // The page's "Cookie settings" button opens the preference center.
    await page
      .locator("main")
      .getByRole("link", { name: sv ? "Cookieinställningar" : "Cookie settings" })
      .click();
    await dialog(page).waitFor();
  });
}

test("ES module page: init() with a config from JavaScript; the box banner works and the tag runs", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/en/module"));
  await button(page, "Accept all").click();
  await waitFor(async () => (await ran(page)).includes("Google Analytics"), "the analytics stand-in");
  await waitFor(async () => (await page.locator("[data-consent-status]").innerText()).includes("marketing"), "the status line");
  assert.deepEqual(await page.errors(), []);
  assert.equal(await page.evaluate(() => typeof window.Assent), "undefined", "the module build defines no global");
});
