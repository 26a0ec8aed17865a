/**
 * dist/assent-core.js, the split drop-in: everything that must run
 * synchronously in `<head>` — the config, Consent Mode's defaults, holding
 * back and reviving tagged content, the stored choice, `window.Assent` — and
 * none of the UI, which lazy-ui.ts loads from dist/assent-ui.js (next to this
 * file, or `data-ui`) only when something must be shown. Same behaviour and
 * API as dist/assent.js (auto.ts); see README "Loading".
 */
import type { AssentConfig } from "./types";
import { createAssent, pageAssent } from "./assent";
import { lazyUi, uiUrlOf } from "./lazy-ui";
import { PREBUILT_CONFIG } from "./core/build-flags";

/**
 * In a site build's core, `assent build` writes the site's config (validated, its defaults filled) in
 * place of this name (src/cli/site-build.ts); the other builds never read it.
 */
declare const ASSENT_SITE_CONFIG: AssentConfig;

// One Assent per page, as with auto.ts.
if (!window.Assent) {
  // `currentScript` is only set while this script runs synchronously: read it now.
  const script = document.currentScript as HTMLScriptElement | null;
  const ui = lazyUi(window, uiUrlOf(script), (script && script.nonce) || "");
  const assent = pageAssent(window, () => createAssent(window, script, ui));
  window.Assent = assent;
  assent.init(PREBUILT_CONFIG ? ASSENT_SITE_CONFIG : undefined);
}
