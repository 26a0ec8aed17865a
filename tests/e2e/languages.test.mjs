// The UI in six languages that stress it (long German and Finnish words, Polish, Greek script, Arabic right to
// left, Irish), at 360 px and 1280 px, light and dark: it speaks the language, no text spills out of its box, Arabic
// is mirrored, and a left-to-right language on a `<html dir="rtl">` page stays left to right. Screenshots go to
// tests/e2e/screenshots/<engine>/languages/ for a person to look at (README, "Languages").
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { startHarness, SCREENSHOTS, CONFIG, configWith, load, button, dialog, animationsDone } from "./helpers.mjs";

const SHOTS = join(SCREENSHOTS, "languages");
const LANGUAGES = ["de", "fi", "pl", "el", "ar", "ga"];
const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];
/** The built strings of a language, as a page fetches them: what the UI must show. */
const strings = (code) => JSON.parse(readFileSync(new URL(`../../dist/locales/${code}.json`, import.meta.url), "utf8")).text;

/** Category titles in the test languages, as a site would declare them (the example config has sv and en only). */
const TITLES = {
  necessary: {
    de: "Unbedingt erforderlich",
    fi: "Välttämättömät",
    pl: "Niezbędne",
    el: "Απαραίτητα",
    ar: "ضرورية",
    ga: "Riachtanach",
  },
  functional: {
    de: "Funktionalität und Leistungsmessung",
    fi: "Toiminnallisuus ja suorituskyvynmittaus",
    pl: "Funkcjonalne i wydajnościowe",
    el: "Λειτουργικότητα και απόδοση",
    ar: "الوظائف والأداء",
    ga: "Feidhmiúlacht agus feidhmíocht",
  },
  marketing: { de: "Marketing", fi: "Markkinointi", pl: "Marketing", el: "Μάρκετινγκ", ar: "التسويق", ga: "Margaíocht" },
};

let h;
before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  h = await startHarness();
});
after(() => h.close());

/**
 * Serves the fixture page as `<html lang="{lang}" dir="{dir}">` with the example config offering `lang` besides English
 * (the fallback of the site's own texts, which have sv and en only) and `text` overrides, then loads it at `viewport`.
 */
async function show(page, lang, { dir, viewport = VIEWPORTS[0], text } = {}) {
  const categories = CONFIG.categories.map((category) => ({ ...category, title: { ...category.title, ...TITLES[category.id] } }));
  h.route("/consent.json", () => ({
    file: "consent.json",
    body: configWith({ languages: ["en", lang], categories, ...(text && { text }) }),
  }));
  h.route("/languages.html", (original) => ({
    file: original.file,
    body: original.body.toString().replace('<html lang="en">', `<html lang="${lang}"${dir ? ` dir="${dir}"` : ""}>`),
  }));
  await page.setViewport(viewport);
  await load(page, h.url("/languages.html"));
}

/**
 * Every box of Assent's UI (shadow roots of the banner/dialog and of placeholders, and the declaration in the page)
 * whose content is wider than the box, or that reaches outside the box that holds it or outside the viewport;
 * `[]` when all text fits. Runs in the page.
 */
function findOverflow() {
  const problems = [];
  const name = (el) =>
    `<${el.localName}${el.className ? "." + el.className : ""}> "${(el.textContent || el.getAttribute("aria-label") || "").trim().slice(0, 50)}"`;
  const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility != "hidden";
  /** The nearest ancestor with a box of its own (display: contents has none), across the shadow boundary. */
  const holder = (el) => {
    for (
      let up = el.parentElement || el.getRootNode().host;
      up;
      up = up.parentElement || (up.getRootNode() != document && up.getRootNode().host)
    ) {
      if (getComputedStyle(up).display != "contents") return up;
    }
    return null;
  };
  const roots = [
    ...[...document.querySelectorAll("[data-assent-root], [data-assent-placeholder]")].map((host) => host.shadowRoot),
    ...document.querySelectorAll("[data-assent-declaration]"),
  ];
  const selector =
    "button, input, a, h2, h3, h4, p, th, td, small, span, table, [role=region], [role=dialog], [role=dialog] > div, .ph";
  for (const root of roots) {
    for (const el of root.querySelectorAll(selector)) {
      if (!shown(el) || el.closest("caption")) continue;
      const box = el.getBoundingClientRect();
      if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
        problems.push(`${name(el)}: content ${el.scrollWidth} px wide in a box of ${el.clientWidth} px`);
      if (box.left < -1 || box.right > innerWidth + 1)
        problems.push(`${name(el)}: outside the viewport (${box.left}–${box.right})`);
      // A fixed box (banner, backdrop) is held by the viewport, checked above.
      const up = getComputedStyle(el).position != "fixed" && holder(el);
      if (up) {
        const outer = up.getBoundingClientRect();
        if (box.left < outer.left - 1 || box.right > outer.right + 1)
          problems.push(`${name(el)}: ${box.left}–${box.right} outside its container ${name(up)} ${outer.left}–${outer.right}`);
        // Downwards too, unless the container scrolls (the dialog's body, a long banner on a small screen).
        const scrolls = /auto|scroll/.test(getComputedStyle(up).overflowY);
        if (!scrolls && (box.top < outer.top - 1 || box.bottom > outer.bottom + 1))
          problems.push(
            `${name(el)}: ${box.top}–${box.bottom} outside its container ${name(up)} ${outer.top}–${outer.bottom} (vertically)`,
          );
      }
      // The text itself, not only the element: a word wider than a button spills out of it while the button keeps its width.
      if (el.matches("button, th, td, h2, h3, h4, p")) {
        const range = document.createRange();
        range.selectNodeContents(el);
        const text = range.getBoundingClientRect();
        if (text.width && (text.left < box.left - 1 || text.right > box.right + 1))
          problems.push(`${name(el)}: text ${text.left}–${text.right} spills out of its box ${box.left}–${box.right}`);
      }
    }
  }
  return problems;
}

/** Where things sit, to tell a mirrored UI from one that is not. Runs in the page. */
function layoutFacts() {
  const root = document.querySelector("[data-assent-root]").shadowRoot;
  const mid = (el) => {
    const box = el.getBoundingClientRect();
    return box.left + box.width / 2;
  };
  /** "left" or "right": the side of its box that an element's text starts at. */
  const textSide = (el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const text = range.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    return text.left - box.left < box.right - text.right ? "left" : "right";
  };
  const region = root.querySelector("[role=region]");
  const dlg = root.querySelector("[role=dialog]");
  const facts = { dir: root.querySelector("[lang]").getAttribute("dir"), direction: getComputedStyle(region).direction };
  if (region.getClientRects().length) {
    facts.bannerButtons = [...region.querySelectorAll("button")].map(mid);
    facts.bannerTitleSide = textSide(region.querySelector("h2"));
  }
  if (dlg) {
    const close = dlg.querySelector("button[aria-label]");
    // The knob is the switch's ::before; a positioned box's computed `left` is its used value, so this is where it is drawn.
    const knob = (sw) =>
      parseFloat(getComputedStyle(sw, "::before").left) + parseFloat(getComputedStyle(sw, "::before").width) / 2;
    const switches = [...dlg.querySelectorAll("[role=switch]")].map((sw) => ({
      checked: sw.checked,
      knobSide: knob(sw) > sw.offsetWidth / 2 ? "right" : "left",
    }));
    const headers = [...dlg.querySelectorAll("thead th")].filter((th) => th.getClientRects().length);
    Object.assign(facts, {
      closeSide: mid(close) < mid(dlg) ? "left" : "right",
      dialogTitleSide: textSide(dlg.querySelector("h2")),
      switches,
      tableColumns: headers.slice(0, 2).map(mid),
      tableHeadings: [...dlg.querySelectorAll("thead th")].map((th) => th.textContent),
    });
  }
  return facts;
}

/** The same facts for the page's own parts: the placeholder's shadow root and the declaration's table. */
function pageFacts() {
  const ph = document.querySelector("[data-assent-placeholder]");
  const card = ph && ph.shadowRoot.querySelector("[dir]");
  const mid = (el) => {
    const box = el.getBoundingClientRect();
    return box.left + box.width / 2;
  };
  const section = document.querySelector("[data-assent-declaration] section");
  const headers = [...section.querySelectorAll("thead th")];
  return {
    placeholder: card && { dir: card.getAttribute("dir"), direction: getComputedStyle(card).direction, text: card.textContent },
    declaration: {
      dir: section.getAttribute("dir"),
      columns: headers.slice(0, 2).map(mid),
      text: headers.map((th) => th.textContent),
    },
  };
}

/** Increasing (left to right) or decreasing (right to left) x positions. */
const order = (xs) =>
  xs.every((x, i) => i == 0 || x > xs[i - 1]) ? "ltr" : xs.every((x, i) => i == 0 || x < xs[i - 1]) ? "rtl" : "mixed";

/** Banner, then the preference center with a category's services open; measured, optionally screenshot, closed again. */
async function checkBannerAndDialog(page, lang, shot) {
  const s = strings(lang);
  await button(page, s.acceptAll).waitFor();
  await animationsDone(page);
  assert.deepEqual(await page.evaluate(findOverflow), [], `${lang}: the banner's text fits its boxes`);
  if (shot) await page.screenshot(join(SHOTS, `banner-${shot}.png`));
  const banner = await page.evaluate(layoutFacts);
  await button(page, s.customize).click();
  const dlg = dialog(page);
  await dlg.waitFor();
  assert.equal(
    await dlg.getByRole("heading", { name: s.preferencesTitle, exact: true }).count(),
    1,
    `${lang}: the dialog's title`,
  );
  await button(dlg, s.services).first().click();
  await dlg.locator("table").first().waitFor();
  await animationsDone(page);
  assert.deepEqual(await page.evaluate(findOverflow), [], `${lang}: the preference center's text fits its boxes`);
  if (shot) await page.screenshot(join(SHOTS, `preferences-${shot}.png`));
  const facts = { ...banner, ...(await page.evaluate(layoutFacts)) };
  // The headings are hidden on a phone (each value is labelled instead), but they are there, in the language.
  assert.equal(facts.tableHeadings[0], s.cookieName, `${lang}: the cookie table's headings`);
  return facts;
}

async function closeDialog(page, lang) {
  await button(dialog(page), strings(lang).close).click();
  await dialog(page).waitFor({ state: "detached" });
}

// One page per colour scheme, the language switched by reloading: WebKit starts a browser for every page.
for (const colorScheme of ["light", "dark"]) {
  test(`${LANGUAGES.join(" ")} ${colorScheme}: banner and preference center at 360 and 1280 px, nothing overflows`, async (t) => {
    const page = await h.newPage(t, { colorScheme });
    for (const lang of LANGUAGES) {
      await show(page, lang);
      for (const viewport of VIEWPORTS) {
        await page.setViewport(viewport);
        const facts = await checkBannerAndDialog(page, lang, `${lang}-${viewport.width}-${colorScheme}`);
        if (lang == "ar" && viewport.width == 1280) {
          assert.equal(facts.dir, "rtl");
          assert.equal(facts.direction, "rtl");
          assert.equal(order(facts.bannerButtons), "rtl", "Accept all is the rightmost button, Customize the leftmost");
          assert.equal(facts.bannerTitleSide, "right");
          assert.equal(facts.dialogTitleSide, "right");
          assert.equal(facts.closeSide, "left", "the close button sits at the dialog's left");
          assert.equal(order(facts.tableColumns), "rtl", "the cookie table's first column is at the right");
          for (const sw of facts.switches) assert.equal(sw.knobSide, sw.checked ? "left" : "right", "the knob travels leftwards");
        }
        await closeDialog(page, lang);
      }
    }
    assert.deepEqual(await page.errors(), []);
  });
}

test('a left-to-right language on a <html dir="rtl"> page reads left to right', async (t) => {
  const page = await h.newPage(t);
  await show(page, "de", { dir: "rtl", viewport: VIEWPORTS[1] });
  const facts = await checkBannerAndDialog(page, "de");
  assert.equal(facts.dir, "ltr");
  assert.equal(facts.direction, "ltr");
  assert.equal(order(facts.bannerButtons), "ltr", "Alle akzeptieren is the leftmost button");
  assert.equal(facts.bannerTitleSide, "left");
  assert.equal(facts.dialogTitleSide, "left");
  assert.equal(facts.closeSide, "right");
  assert.equal(order(facts.tableColumns), "ltr");
  for (const sw of facts.switches) assert.equal(sw.knobSide, sw.checked ? "right" : "left", "the knob travels rightwards");
  const onPage = await page.evaluate(pageFacts);
  assert.equal(onPage.placeholder.direction, "ltr");
  assert.equal(onPage.declaration.dir, "ltr");
  assert.equal(order(onPage.declaration.columns), "ltr");
  await page.screenshot(join(SHOTS, "preferences-de-on-rtl-page-1280-light.png"));
});

// The placeholder of a held-back frame and the cookie declaration: mirrored in Arabic, and a long-word language.
for (const lang of ["ar", "fi"]) {
  test(`${lang}: the video placeholder and the cookie declaration`, async (t) => {
    const s = strings(lang);
    const page = await h.newPage(t);
    await show(page, lang);
    await button(page, s.rejectAll).click();
    for (const viewport of VIEWPORTS) {
      await page.setViewport(viewport);
      await animationsDone(page);
      assert.deepEqual(await page.evaluate(findOverflow), [], `${lang} at ${viewport.width} px: placeholder and declaration fit`);
      const facts = await page.evaluate(pageFacts);
      assert.ok(facts.placeholder.text.includes(s.placeholderButton), "the placeholder speaks the language");
      assert.ok(facts.declaration.text.includes(s.cookieName), "the declaration's table headings speak the language");
      const direction = lang == "ar" ? "rtl" : "ltr";
      assert.equal(facts.placeholder.direction, direction);
      assert.equal(facts.declaration.dir, direction);
      if (viewport.width == 1280)
        assert.equal(order(facts.declaration.columns), direction, "the table's first column is at the start");
      await page.screenshot(join(SHOTS, `page-${lang}-${viewport.width}-light.png`), { fullPage: true });
    }
  });
}

// A site's own long word in a button (config `text`): it breaks inside the button instead of spilling out of it.
test("a long German word in a button wraps inside it at 360 px", async (t) => {
  const page = await h.newPage(t);
  const long = "Datenschutzgrundverordnungseinstellungen";
  await show(page, "de", { text: { de: { customize: long, acceptAll: "Alle Verarbeitungszwecke akzeptieren" } } });
  const customize = button(page, long);
  await customize.waitFor();
  await animationsDone(page);
  assert.deepEqual(await page.evaluate(findOverflow), []);
  const box = await customize.boundingBox();
  assert.ok(box.width <= VIEWPORTS[0].width, `the button stays inside the viewport (${box.width} px)`);
  await page.screenshot(join(SHOTS, "banner-de-long-word-360-light.png"));
});
