// The banner is never a page's largest contentful paint (issue "Page-view cost"; bench/README.md, "Lighthouse"):
// its title and text are first painted at opacity 0 (styles/assent.css), which Chromium leaves out of LCP.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startHarness, load, button, animationsDone } from "./helpers.mjs";

let h;
before(async () => (h = await startHarness()));
after(() => h.close());

test("on a phone, a page whose own content is one heading: that heading, not the banner's text, is the LCP element", async (t) => {
  // Lighthouse's phone; the page is a single <h1>, so the banner's paragraph would be far the largest text.
  const page = await h.newPage(t, { viewport: { width: 412, height: 823 } });
  await load(page, h.url("/consent-mode.html"));
  await button(page, "Accept all").waitFor();

  // Every engine: the banner's title and text run a fade whose first frame is opacity 0.
  const startOpacity = await page.evaluate(() => {
    const host = [...document.querySelectorAll("*")].find((el) => el.shadowRoot && el.shadowRoot.querySelector(".bn"));
    const root = host.shadowRoot;
    const name = getComputedStyle(root.querySelector(".bn > :first-child")).animationName;
    const sheets = [...(root.adoptedStyleSheets || []), ...[...root.querySelectorAll("style")].map((style) => style.sheet)];
    const keyframes = sheets.flatMap((sheet) => [...sheet.cssRules]).find((rule) => rule.name === name && rule.findRule);
    const first = keyframes && keyframes.findRule("0%");
    return first ? first.style.opacity : `no keyframes for "${name}"`;
  });
  assert.equal(startOpacity, "0", "the banner's text fades in from opacity 0");

  await animationsDone(page);
  // Where the engine reports LCP (Chromium, Firefox): the largest contentful paint, the last candidate, is the page's
  // own heading. Both report an element inside Assent's shadow root as null. Firefox may first name the banner's
  // buttons (they show at once), smaller than the heading; the banner's paragraph, larger, never.
  const candidates = await page.evaluate(
    () =>
      new Promise((resolve) => {
        if (!PerformanceObserver.supportedEntryTypes.includes("largest-contentful-paint")) return resolve(null);
        const seen = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            seen.push(
              entry.element && !(entry.element.getRootNode() instanceof ShadowRoot)
                ? entry.element.localName
                : `Assent's UI (${Math.round(entry.size)} px²)`,
            );
        }).observe({ type: "largest-contentful-paint", buffered: true });
        setTimeout(() => resolve(seen), 300);
      }),
  );
  t.diagnostic(`${h.engine}: LCP candidates ${candidates ? candidates.join(", ") : "not reported by this engine"}`);
  if (candidates) assert.equal(candidates.at(-1), "h1");
});
