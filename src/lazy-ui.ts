/**
 * The UI of the split drop-in (dist/assent-core.js): loaded from
 * dist/assent-ui.js only when something must be shown — the banner or the
 * preference center, a reopen button, a placeholder for a blocked frame, a
 * cookie declaration. On a first visit (no valid choice) the download starts
 * at once, while the page is parsed, so the banner isn't a round trip late; a
 * returning visitor with nothing to show never loads it. See README "Loading".
 */
import { attempt, report } from "./core/report";
import { loadScript } from "./browser/load-script";
import type { Ui } from "./ui/ui-types";
import { deferredUi } from "./ui/deferred-ui";
import { mountWith, textWith, UI_GLOBAL, type UiLoader, type UiModule } from "./ui-loader";
import { RECEIPTS } from "./core/build-flags";

type UiHost = Window & { [UI_GLOBAL]?: UiModule };

/** The UI file next to the drop-in: `data-ui` on its script tag, else assent-ui.js beside its `src`. */
export function uiUrlOf(script: HTMLScriptElement | null): string | null {
  const own = script && (script.getAttribute("data-ui") || (script.src && new URL("assent-ui.js", script.src).href));
  return own || null;
}

/** A UiLoader that fetches dist/assent-ui.js (at `url`) the first time the UI is needed. */
export function lazyUi(win: Window, url: string | null, nonce: string): UiLoader {
  const host = win as UiHost;
  let loading: Promise<UiModule> | undefined;
  const load = () =>
    (loading ||= host[UI_GLOBAL]
      ? Promise.resolve(host[UI_GLOBAL])
      : url
        ? loadScript(win.document, url, nonce).then(() => host[UI_GLOBAL] || Promise.reject(Error(`${url} is not assent-ui.js`)))
        : Promise.reject(Error('the UI file is unknown: give the script tag data-ui="/path/to/assent-ui.js"')));

  return {
    mount(options, config, language, locale) {
      const { store } = options;
      let ui: Ui | undefined;
      /** Runs `use` with the mounted UI once it is here; a load failure is reported once per call. */
      const withUi = (use: (ui: Ui) => void) =>
        load()
          .then((module) => {
            ui ||= mountWith(module, options, config, language, locale);
            attempt(() => use(ui!));
          })
          .catch(report);
      const needed = () => {
        const { view, consent } = store.get();
        return view != "none" || (!!config.reopenButton && !!consent);
      };
      // No valid choice: the banner will be needed, so fetch the UI now, in parallel with the page.
      if (needed() || !store.get().consent) withUi(() => {});
      else {
        const stop = store.subscribe(() => {
          if (needed()) {
            stop();
            withUi(() => {});
          }
        });
      }
      return deferredUi(withUi);
    },
    // Only a receipt asks for the strings (assent.ts): a site build without receipts leaves this out.
    text: (config, language, locale) =>
      RECEIPTS ? load().then((module) => textWith(module, config, language, locale)) : Promise.reject(Error("no receipts")),
  };
}
