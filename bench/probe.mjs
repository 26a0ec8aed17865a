/**
 * The in-page probe, installed as an init script before any page script runs.
 * It never polls from the bench side (polling would add main-thread work to
 * the contender being measured); the bench awaits the promises it exposes.
 *
 * - Banner: a MutationObserver (on the document and on every shadow root,
 *   which document observers can't see into) notices when the contender's
 *   "Accept all" button is attached; from then on a requestAnimationFrame
 *   callback checks, just before each frame is painted, whether it is
 *   rendered and visible (box in the viewport, `checkVisibility` with opacity
 *   and visibility). The rAF time of the first frame in which it is visible is
 *   "banner visible" — the frame that paints it.
 * - Click: a capture listener on window records performance.now() when the
 *   click is dispatched, before any handler of the page sees it.
 * - Scripts: the stand-in scripts push `{ id, t }` onto `window.__benchRan`;
 *   the probe's push notifies waiters.
 *
 * `spec` = `{ selector, text }`: the Accept-all button, matched in the
 * document and in open shadow roots; `text` (optional) must equal its trimmed
 * text.
 */
export function installProbe(spec) {
  const roots = [document];
  const bench = {
    bannerDom: null,
    bannerVisible: null,
    click: null,
    ran: [],
  };
  window.__bench = bench;

  let bannerResolve;
  bench.banner = new Promise((resolve) => (bannerResolve = resolve));
  const ranWaiters = [];
  window.__benchRan = {
    push(entry) {
      bench.ran.push(entry);
      for (const w of ranWaiters.slice()) if (bench.ran.length >= w.n) w.resolve(bench.ran);
    },
  };
  bench.whenRan = (n) =>
    bench.ran.length >= n ? Promise.resolve(bench.ran) : new Promise((resolve) => ranWaiters.push({ n, resolve }));

  function find() {
    for (const root of roots) {
      for (const el of root.querySelectorAll(spec.selector)) {
        if (!spec.text || el.textContent.trim() === spec.text) return el;
      }
    }
    return null;
  }
  bench.findAccept = find;

  function isVisible(el) {
    if (!el || !el.isConnected) return false;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1 || r.bottom <= 0 || r.top >= innerHeight) return false;
    return el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  }

  let watching = false;
  function watchFrames() {
    if (watching) return;
    watching = true;
    const tick = () => {
      const el = find();
      if (isVisible(el)) {
        bench.bannerVisible = performance.now();
        bannerResolve(bench.bannerVisible);
        return;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }

  const observer = new MutationObserver(() => {
    if (bench.bannerDom !== null || !find()) return;
    bench.bannerDom = performance.now();
    observer.disconnect();
    watchFrames();
  });
  const observe = (root) => observer.observe(root, { childList: true, subtree: true, attributes: true });
  observe(document);

  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    if (init && init.mode === "open") {
      roots.push(root);
      if (bench.bannerDom === null) observe(root);
    }
    return root;
  };

  addEventListener(
    "click",
    () => {
      if (bench.click === null) bench.click = performance.now();
    },
    true,
  );
}
