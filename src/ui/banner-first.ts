import css from "../../styles/assent.css?raw";
import { textDirection } from "../core/language";
import { attempt, report } from "../core/report";
import { deferredUi } from "./deferred-ui";
import { buildBanner } from "./light-banner";
import { createSheet, createShadowHost } from "./shadow-host";
import type { Ui, UiOptions } from "./ui-types";

/**
 * The UI of dist/assent-banner.js (README "Loading"): a first visit's banner
 * without Preact, and the whole UI (`loadWhole`, dist/assent-ui.js) only once
 * something else must be shown — the preference center, a placeholder, a cookie
 * declaration, a reopen button, or a blocking banner (which needs the focus trap
 * and scroll lock). Accept all and Reject all work from the banner alone, so a
 * visitor who never customises never downloads the rest. When the whole UI
 * arrives it draws everything from the store, and this banner goes.
 */
export function mountBannerFirst(options: UiOptions, loadWhole: () => Promise<{ mountUi(options: UiOptions): Ui }>): Ui {
  const { document: doc, config, language, store, actions, withContext } = options;
  let host: HTMLElement | undefined;
  let whole: Promise<Ui> | undefined;
  let taken = false;

  const removeBanner = () => {
    if (host) host.remove();
    host = undefined;
  };
  /** Loads and mounts the whole UI once; from then on it alone draws. */
  const wholeUi = () =>
    (whole ||= loadWhole().then((module) => {
      const ui = module.mountUi(options);
      taken = true;
      // Focus was on this banner (its Customize button): the whole UI's banner, drawn the same, gets it.
      const focused = host && doc.activeElement == host && host.shadowRoot!.activeElement;
      const index = focused ? [...host!.shadowRoot!.querySelectorAll(".btn")].indexOf(focused) : -1;
      removeBanner();
      if (index >= 0) {
        const root = doc.querySelector("[data-assent-root]");
        const twin = root && root.shadowRoot && root.shadowRoot.querySelectorAll<HTMLElement>(".bn .btn")[index];
        if (twin) twin.focus();
      }
      return ui;
    }));
  const withUi = (use: (ui: Ui) => void) =>
    wholeUi()
      .then((ui) => attempt(() => use(ui)))
      .catch(report);

  const show = () =>
    withContext((context) => {
      if (host || taken || store.get().view != "banner") return;
      const shell = createShadowHost(doc, "data-assent-root", config.theme, [createSheet(doc, css)]);
      shell.container.lang = language;
      // Always set, as in mount-ui.tsx: a left-to-right language on a right-to-left page still reads left to right.
      shell.container.dir = textDirection(language);
      shell.container.append(
        buildBanner(doc, context, {
          acceptAll: () => actions.acceptAll("banner"),
          rejectAll: () => actions.rejectAll("banner"),
          // The preference center comes with the whole UI: mount it first, so that closing it brings focus back.
          customize: () => withUi(() => actions.showPreferences()),
        }),
      );
      host = shell.host;
      doc.body.appendChild(host);
    });

  const update = () => {
    if (taken) return;
    const { view, consent } = store.get();
    if (view == "banner" && !config.blocking) {
      // Called from <head>: wait for <body>.
      if (doc.body) attempt(show);
      else doc.addEventListener("DOMContentLoaded", () => attempt(show), { once: true });
    } else if (view == "none" && !(config.reopenButton && consent)) removeBanner();
    else withUi(() => {});
  };
  store.subscribe(update);
  update();
  return deferredUi(withUi);
}
