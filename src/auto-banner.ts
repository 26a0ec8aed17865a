/**
 * dist/assent-banner.js, the banner-first UI of the split drop-in (README "Loading"): the stylesheet,
 * the strings and a banner without Preact (ui/banner-first.ts). The core loads it as its UI file
 * (`data-ui`); it loads dist/assent-ui.js, from beside itself, only when more than the banner is needed.
 */
// The stylesheet and the strings first in the file, where brotli packs them best (as in auto.ts).
import "../styles/assent.css?raw";
import { resolveUiText } from "./locales/ui-text";
import { loadScript } from "./browser/load-script";
import { mountBannerFirst } from "./ui/banner-first";
import { createUiContext } from "./ui/ui-context";
import { UI_GLOBAL, type UiModule } from "./ui-loader";

const host = window as Window & { [UI_GLOBAL]?: UiModule };
// `currentScript` is only set while this script runs: read it now.
const script = document.currentScript as HTMLScriptElement | null;
const url = new URL("assent-ui.js", (script && script.src) || location.href).href;
let loading: Promise<UiModule> | undefined;
const loadWhole = () =>
  (loading ||= loadScript(document, url, (script && script.nonce) || "").then(() => {
    // assent-ui.js leaves its module where this one is: anything else there means the file is not it.
    const whole = host[UI_GLOBAL];
    return whole && whole != bannerFirst ? whole : Promise.reject(Error(`${url} is not assent-ui.js`));
  }));
const bannerFirst: UiModule = { mountUi: (options) => mountBannerFirst(options, loadWhole), resolveUiText, createUiContext };
host[UI_GLOBAL] = bannerFirst;
