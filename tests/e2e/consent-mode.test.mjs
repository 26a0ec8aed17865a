// Google Consent Mode v2: a default before any tag, an update after every choice, as `arguments` objects.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startHarness, load, button, waitFor } from "./helpers.mjs";

let h;
before(async () => (h = await startHarness()));
after(() => h.close());

const AD = ["ad_storage", "ad_user_data", "ad_personalization"];
const FUNCTIONAL = ["analytics_storage", "functionality_storage", "personalization_storage"];
const states = (types, state) => Object.fromEntries(types.map((type) => [type, state]));

const commands = (entries, kind) =>
  entries.filter((e) => e.arguments && e.arguments[0] === "consent" && e.arguments[1] === kind).map((e) => e.arguments[2]);

test("the default is in dataLayer before the first tag: required types granted, others denied", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/consent-mode.html"));
  const seen = await page.evaluate(() => window.seenByFirstTag);
  assert.ok(seen.length > 0, "dataLayer has entries");
  assert.ok(
    seen.every((e) => e.arguments || e.object),
    "only arguments objects and plain objects",
  );
  const defaults = commands(seen, "default");
  assert.equal(defaults.length, 1);
  assert.deepEqual(defaults[0], {
    ...states([...AD, ...FUNCTIONAL], "denied"),
    security_storage: "granted",
    wait_for_update: 500,
  });
  const sets = seen.filter((e) => e.arguments && e.arguments[0] === "set").map((e) => e.arguments.slice(1));
  assert.deepEqual(
    sets.find((s) => s[0] === "ads_data_redaction"),
    ["ads_data_redaction", true],
  );
  for (const update of commands(seen, "update")) {
    assert.ok(
      Object.entries(update).every(([k, v]) => v === "denied" || k === "security_storage"),
      "nothing granted before a choice",
    );
  }
});

test("Accept all pushes an update granting everything (before the tags run) and an assent_consent event", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/consent-mode.html"));
  await button(page, "Accept all").click();
  const seenByTag = await waitFor(() => page.evaluate(() => window.seenByAnalyticsTag), "the functional tag");
  const updates = commands(seenByTag, "update");
  assert.ok(updates.length >= 1, "an update reached dataLayer before the functional tag ran");
  assert.deepEqual(
    { ...updates.at(-1) },
    { ...updates.at(-1), ...states([...AD, ...FUNCTIONAL], "granted") },
    "the latest update grants the ad and functional types",
  );
  const entries = await page.evaluate(() => window.describeDataLayer());
  const event = entries.find((e) => e.object && e.object.event === "assent_consent");
  assert.ok(event, "an assent_consent event");
  assert.deepEqual([...event.object.assent.categories].sort(), ["functional", "marketing", "necessary"]);
  assert.ok(Array.isArray(event.object.assent.services));
  const rawKinds = await page.evaluate(() =>
    window.dataLayer.filter((e) => e && e[0] === "consent").map((e) => Object.prototype.toString.call(e)),
  );
  assert.ok(rawKinds.length >= 2 && rawKinds.every((k) => k === "[object Arguments]"), rawKinds.join());
});

test("Reject all pushes an update that denies every optional type", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/consent-mode.html"));
  await button(page, "Reject all").click();
  const update = await waitFor(
    async () => commands(await page.evaluate(() => window.describeDataLayer()), "update").at(-1),
    "an update",
  );
  for (const type of [...AD, ...FUNCTIONAL]) assert.equal(update[type], "denied", type);
  if ("security_storage" in update) assert.equal(update.security_storage, "granted");
});

test("a stored choice is pushed as an update on the next page, before its tags run", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/consent-mode.html"));
  await page.evaluate(() => window.Assent.accept(["functional"]));
  await load(page, h.url("/consent-mode.html"));
  const seenByTag = await waitFor(() => page.evaluate(() => window.seenByAnalyticsTag), "the functional tag");
  assert.equal(commands(seenByTag, "default").length, 1);
  const update = commands(seenByTag, "update").at(-1);
  assert.ok(update, "an update from the stored choice");
  for (const type of FUNCTIONAL) assert.equal(update[type], "granted", type);
  for (const type of AD) assert.equal(update[type], "denied", type);
});

test("with a fetched config, a safe default is pushed at once, before the config arrives", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/consent-mode-fetched.html"));
  const defaults = commands(await page.evaluate(() => window.seenByFirstTag), "default");
  assert.equal(defaults.length >= 1, true, "a default before the first tag");
  assert.deepEqual(
    { ...defaults[0] },
    { ...defaults[0], ...states([...AD, ...FUNCTIONAL], "denied"), security_storage: "granted" },
  );
});
