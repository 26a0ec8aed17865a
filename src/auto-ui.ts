/**
 * dist/assent-ui.js, the UI of the split drop-in: Preact, the stylesheet and
 * the strings. Running it only hands them to the core (lazy-ui.ts), which
 * loaded it; it renders nothing by itself.
 */
// The stylesheet and the strings first in the file, where brotli packs them best (as in auto.ts).
import "../styles/assent.css?raw";
import { resolveUiText } from "./locales/ui-text";
import { mountUi } from "./ui/mount-ui";
import { createUiContext } from "./ui/ui-context";
import { UI_GLOBAL, type UiModule } from "./ui-loader";

(window as Window & { [UI_GLOBAL]?: UiModule })[UI_GLOBAL] = { mountUi, resolveUiText, createUiContext };
