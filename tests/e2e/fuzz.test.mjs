// The browser half of the config fuzzing (the Node half is tests/unit/core/fuzz.test.ts, same generators): 200
// generated configs, valid and invalid, each served to the drop-in in a real page with tagged content. Whatever
// the config, nothing is thrown into the page and the page's own script runs; under an invalid config nothing
// tagged runs or loads, even with a choice stored under a valid config; under a valid one nothing optional runs
// before consent.
import { test, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { configsArb } from "../fuzz/config-arbitraries.mjs";
import { validateConfig } from "../../dist/assent.mjs";
import { startHarness, settle, load, button, ran, waitFor, configWith, CONFIG } from "./helpers.mjs";

const SEED = 20261202;
const CONFIGS = 200;
// Configs per page load, one iframe each: 200 page loads would take minutes per engine.
const PER_PAGE = 40;

let h;
before(async () => (h = await startHarness()));
after(() => h.close());
beforeEach(() => h.servers.clearLog());

/** A config as the page receives it (JSON turns NaN into null), with the validator's verdict on it. */
function served(generated) {
  const text = JSON.stringify(generated);
  const config = JSON.parse(text);
  return { text, config, valid: validateConfig(config).length === 0 };
}

// About 1 in 40 generated configs is valid: the first CONFIGS / 2 of each kind from one seeded stream, taken in
// turns so that every page load gets both kinds.
const stream = fc.sample(configsArb, { seed: SEED, numRuns: 8000 }).map(served);
const validOnes = stream.filter((c) => c.valid).slice(0, CONFIGS / 2);
const invalidOnes = stream.filter((c) => !c.valid).slice(0, CONFIGS / 2);
const cases = validOnes
  .flatMap((valid, i) => [valid, invalidOnes[i]])
  .map(({ text, config, valid }, k) => ({
    k,
    text,
    valid,
    // Tagged content for every category the config names (a string id), whether it makes sense or not.
    categories: (Array.isArray(config.categories) ? config.categories : []).map((c, j) => ({
      j,
      id: c && typeof c.id == "string" ? c.id : "necessary",
      required: !!(c && c.required === true),
      service: c && Array.isArray(c.services) && c.services[0] && typeof c.services[0].id == "string" ? c.services[0].id : "",
    })),
  }));

const attribute = (text) => text.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
const mark = (name) => `(window.thirdPartyRan = window.thirdPartyRan || []).push(${JSON.stringify(name)})`;

/** One config's page: the drop-in with data-config, the page's own script, and tagged content of each kind. */
function framePage({ k, categories }) {
  const tagged = categories.map(({ j, id, service }) => {
    const category = `data-category="${attribute(id)}"`;
    const name = `f${k}c${j}`;
    return [
      `<script type="text/plain" ${category}>${mark(name + "inline")}</script>`,
      `<script type="text/plain" ${category} src="{{THIRD_PARTY}}/mark.js?name=${name}external"></script>`,
      service && `<script type="text/plain" ${category} data-service="${attribute(service)}">${mark(name + "service")}</script>`,
      `<iframe ${category} data-src="{{THIRD_PARTY}}/embed.html?fuzz=${name}" title="Video" width="40" height="30"></iframe>`,
      `<img ${category} data-src="{{THIRD_PARTY}}/pixel.gif?fuzz=${name}" alt="" width="1" height="1" />`,
    ].join("\n");
  });
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Fuzzed config ${k}</title>
    <script src="/dist/assent.js" data-config="/fuzz/config-${k}.json"></script>
  </head>
  <body>
    ${tagged.join("\n")}
    <script>window.pageScriptRan = true;</script>
  </body>
</html>`;
}

/**
 * The page that holds one batch of configs, an iframe each, all inside the viewport: Firefox and WebKit throttle
 * the timers and animation frames of frames scrolled out of view.
 */
const hostPage = (batch) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>Fuzz batch</title></head><body style="margin:0">${batch
    .map(({ k }) => `<iframe class="fuzzed" data-k="${k}" src="/fuzz/frame-${k}.html" width="150" height="100"></iframe>`)
    .join("")}</body></html>`;

/** What each frame of the batch saw, read from the host page (the frames share its origin). */
const frameStates = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("iframe.fuzzed")].map((frame) => {
      const win = frame.contentWindow;
      const doc = frame.contentDocument;
      return {
        k: Number(frame.dataset.k),
        ran: win.thirdPartyRan || [],
        pageScriptRan: win.pageScriptRan === true,
        errors: win.__e2eErrors || [],
        consent: win.Assent ? win.Assent.getConsent() : "no Assent",
        uiHosts: [...doc.querySelectorAll("*")].filter((el) => el.shadowRoot).length,
        reported: (win.__e2eErrors || []).some((e) => e.includes("Assent: invalid config")),
        loadedFrames: [...doc.querySelectorAll("iframe[src]")].length,
      };
    }),
  );

/** The config numbers (f<k>c<j>) in the third-party requests since the last clearLog. */
const thirdPartyNames = () =>
  h.thirdPartyPaths().map((path) => {
    const params = new URL(path, "http://x").searchParams;
    return params.get("name") || params.get("fuzz") || path;
  });

test(`the seeded generator gives ${CONFIGS / 2} valid and ${CONFIGS / 2} invalid configs (seed ${SEED})`, () => {
  assert.equal(cases.filter((c) => c.valid).length, CONFIGS / 2);
  assert.equal(cases.filter((c) => !c.valid).length, CONFIGS / 2);
});

/** The name prefixes of the tagged content of a config's required categories (see framePage). */
const requiredNames = (c) => c.categories.filter((x) => x.required).map((x) => `f${c.k}c${x.j}`);

for (let first = 0; first < CONFIGS; first += PER_PAGE) {
  const batch = cases.slice(first, first + PER_PAGE);
  test(`generated configs ${first}–${first + batch.length - 1}: no exception, the page runs, nothing leaks`, async (t) => {
    const page = await h.newPage(t);
    for (const c of batch) {
      h.route(`/fuzz/config-${c.k}.json`, () => ({ file: "consent.json", body: c.text }));
      h.route(`/fuzz/frame-${c.k}.html`, () => ({ file: "frame.html", body: framePage(c) }));
    }
    h.route("/fuzz/host.html", () => ({ file: "host.html", body: hostPage(batch) }));
    await load(page, h.url("/fuzz/host.html"));
    // Every frame has either shown its banner or reported its config (a locale may still be on its way), and a
    // valid config's required content has run (its external script comes from the third-party server in its time).
    const requiredRan = (s) => {
      const c = batch.find((x) => x.k === s.k);
      return !c.valid || requiredNames(c).every((name) => s.ran.includes(name + "inline") && s.ran.includes(name + "external"));
    };
    const states = await waitFor(
      async () => {
        const seen = await frameStates(page);
        return seen.every((s) => (s.uiHosts > 0 || s.reported) && requiredRan(s)) && seen;
      },
      "every frame's banner or error",
      20_000,
    ).catch(async (error) => {
      const stuck = (await frameStates(page)).filter((s) => !((s.uiHosts > 0 || s.reported) && requiredRan(s)));
      throw new Error(`${error.message}: ${JSON.stringify(stuck)}`);
    });
    assert.deepEqual(
      states.map((s) => s.k),
      batch.map((c) => c.k),
    );
    assert.deepEqual(await page.errors(), [], "the host page saw no error");
    const requested = thirdPartyNames();
    for (const c of batch) {
      const state = states.find((s) => s.k === c.k);
      const what = `config ${c.k} (${c.valid ? "valid" : "invalid"}): ${c.text.slice(0, 300)}`;
      assert.deepEqual(
        state.errors.filter((e) => e.startsWith("pageerror")),
        [],
        `nothing thrown into the page, ${what}`,
      );
      assert.equal(state.pageScriptRan, true, `the page's own script ran, ${what}`);
      assert.equal(state.consent, null, `no choice, ${what}`);
      const ownRequests = requested.filter((name) => name.startsWith(`f${c.k}c`));
      const { reported } = state;
      if (!c.valid) {
        assert.ok(reported, `the config's problems are on the console, ${what}`);
        assert.deepEqual(state.ran, [], `nothing tagged ran, ${what}`);
        assert.deepEqual(ownRequests, [], `no third-party request, ${what}`);
        assert.equal(state.loadedFrames, 0, `no tagged frame loaded, ${what}`);
        assert.equal(state.uiHosts, 0, `no banner, ${what}`);
        continue;
      }
      assert.ok(!reported, `a valid config is not reported invalid, ${what}`);
      assert.ok(state.uiHosts > 0, `the banner is there, ${what}`);
      // Before consent only a required category's content runs (all of it); nothing else runs or loads.
      const required = new Set(requiredNames(c));
      const optional = (name) => !required.has(name.replace(/(inline|external|service)$/, ""));
      assert.deepEqual(state.ran.filter(optional), [], `no optional script ran before consent, ${what}`);
      assert.deepEqual(ownRequests.filter(optional), [], `no optional third-party request before consent, ${what}`);
      for (const name of required) {
        assert.ok(state.ran.includes(name + "inline") && state.ran.includes(name + "external"), `${name} ran, ${what}`);
      }
    }
  });
}

/** Reloads the page and waits until the new document has loaded and the network has settled. */
async function reload(page) {
  await page.evaluate(() => (window.beforeReload = true));
  await page.reload();
  await waitFor(() => page.evaluate(() => !window.beforeReload && document.readyState === "complete"), "the reloaded page");
  await settle(page);
}

/**
 * Third-party paths requested since the reloaded page asked for its config: the page before it may still finish a
 * request of its own while the reload starts, and nothing tagged can load before the config has arrived.
 */
function requestsAfterConfig() {
  const { requests } = h.servers;
  const asked = requests.findLast((r) => r.origin === "site" && r.path.startsWith("/consent.json"));
  if (!asked) return ["(the page never asked for /consent.json)"];
  return requests.filter((r) => r.origin === "third" && r.time >= asked.time).map((r) => r.path);
}

/** The Consent Mode commands the page's dataLayer got, as [command, type, states]. */
const consentCommands = (page) =>
  page.evaluate(() => (window.dataLayer || []).filter((e) => e && e[0] === "consent").map((e) => [e[0], e[1], e[2]]));

/** The page's API answers: the choice and whether a category is allowed. */
const apiAnswers = (page) =>
  page.evaluate(() => ({
    consent: window.Assent.getConsent(),
    functional: window.Assent.allowed("functional"),
    marketing: window.Assent.allowed("marketing"),
  }));

// Invalid configs that keep the categories and services of examples/consent.json in order: the stored choice's
// cookie would read back under each one if the validator's verdict were not final.
const categoriesWith = (patch) => CONFIG.categories.map((category, i) => (i === 1 ? { ...category, ...patch } : category));
const INVALID_VARIANTS = {
  "a language tag with an underscore": configWith({ languages: ["sv_SE", "en"] }),
  "a language named after an Object.prototype member": configWith({ languages: ["constructor"] }),
  "a cookie path that injects an attribute": configWith({ cookie: { ...CONFIG.cookie, path: "/; Path=/elsewhere" } }),
  "a cookie lifetime of a tenth of a second": configWith({ cookie: { ...CONFIG.cookie, expiresDays: 1e-6 } }),
  "an unknown category in globalPrivacyControl.deny": configWith({ globalPrivacyControl: { deny: ["no-such-category"] } }),
  "a category title that is a number": configWith({ categories: categoriesWith({ title: 42 }) }),
};

test("an invalid config never yields a session, even with an Accept all stored under the valid one", async (t) => {
  const page = await h.newPage(t);
  await load(page, h.url("/tagged.html"));
  await button(page, "Accept all").click();
  await waitFor(async () => (await ran(page)).includes("pardot"), "the marketing scripts");
  // Control: under the valid config the stored choice is in force at the next page load.
  await reload(page);
  assert.ok((await ran(page)).includes("pardot"), "the stored choice runs marketing under the valid config");
  assert.equal((await apiAnswers(page)).marketing, true);
  assert.ok((await consentCommands(page)).some(([, type, states]) => type === "update" && states.ad_storage === "granted"));
  for (const [defect, text] of Object.entries(INVALID_VARIANTS)) {
    assert.notDeepEqual(validateConfig(JSON.parse(text)), [], `${defect} is invalid`);
    h.route("/consent.json", () => ({ file: "consent.json", body: text }));
    h.servers.clearLog();
    await reload(page);
    const errors = await page.errors();
    assert.ok(
      errors.some((e) => e.includes("Assent: invalid config")),
      `${defect}: reported (${errors.join(" | ")})`,
    );
    assert.deepEqual(
      errors.filter((e) => e.startsWith("pageerror")),
      [],
      `${defect}: nothing thrown into the page`,
    );
    assert.equal(await page.evaluate(() => window.pageScriptRan), true, `${defect}: the page's own script ran`);
    assert.deepEqual(await apiAnswers(page), { consent: null, functional: false, marketing: false }, defect);
    assert.deepEqual(await ran(page), [], `${defect}: no tagged script ran`);
    assert.deepEqual(requestsAfterConfig(), [], `${defect}: no third-party request`);
    // Only the stand-in default sent while the config was on its way: all denied but security_storage (as
    // src/core/consent-mode.ts explains), and no update.
    const commands = await consentCommands(page);
    assert.deepEqual(
      commands.map(([, type]) => type),
      ["default"],
      `${defect}: one default, no update`,
    );
    const granted = Object.keys(commands[0][2]).filter((type) => commands[0][2][type] === "granted");
    assert.deepEqual(granted, ["security_storage"], `${defect}: nothing optional granted`);
  }
});
