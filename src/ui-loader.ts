import type { NormalizedConfig } from "./core/config-defaults";
import type { Locale } from "./core/list-titles";
import type { LocaleSource } from "./browser/fetch-locale";
import type { UiText } from "./types";
import type { UiContext } from "./ui/ui-context";
import type { Ui, UiOptions } from "./ui/ui-types";
import { PREBUILT_CONFIG } from "./core/build-flags";

/** What the UI needs besides its config, language and strings: the composition root hands these in. */
export type UiMountOptions = Omit<UiOptions, "config" | "language" | "withContext">;

/** The UI as Assent's composition root sees it: bundled, or loaded first (the split drop-in). */
export interface UiLoader {
  /**
   * Mounts the UI over the session's store (see ui/mount-ui.tsx) in `language`; `locale` gives the
   * fetched strings of a language that is not in the UI bundle (src/browser/fetch-locale.ts).
   */
  mount(options: UiMountOptions, config: NormalizedConfig, language: string, locale?: LocaleSource): Ui;
  /** The UI strings of `language` (what a receipt's textHash covers). */
  text(config: NormalizedConfig, language: string, locale?: LocaleSource): Promise<UiText>;
}

/** What the UI file of the split drop-in (dist/assent-ui.js) hands to the core: the UI and its strings. */
export interface UiModule {
  mountUi(options: UiOptions): Ui;
  resolveUiText(config: NormalizedConfig, language: string, locale?: Locale): Required<Locale>;
  createUiContext(config: NormalizedConfig, strings: Required<Locale>, language: string): UiContext;
}

/** Where dist/assent-ui.js leaves its UiModule for the core that loaded it. */
export const UI_GLOBAL = "__assentUi";

/**
 * Mounts `module`'s UI in `language`. The strings are built once, when the UI first needs them: at
 * once for a bundled language, after the fetch of `locale` for another (see fetch-locale.ts).
 */
export function mountWith(
  module: UiModule,
  options: UiMountOptions,
  config: NormalizedConfig,
  language: string,
  locale?: LocaleSource,
): Ui {
  let context: UiContext | undefined;
  const build = (fetched?: Locale) =>
    (context ||= module.createUiContext(config, module.resolveUiText(config, language, fetched), language));
  const withContext = (use: (context: UiContext) => void) =>
    // A site build's UI holds its config's languages: it never fetches one (assent.ts passes no `locale`).
    context || PREBUILT_CONFIG || !locale ? use(build()) : void locale().then((fetched) => use(build(fetched)));
  return module.mountUi({ ...options, config, language, withContext });
}

/** The UI strings of `language`, with the fetched ones when it is not in the bundle. */
export const textWith = (module: UiModule, config: NormalizedConfig, language: string, locale?: LocaleSource) =>
  Promise.resolve(locale && locale()).then((fetched) => module.resolveUiText(config, language, fetched).text);

/** A loader over a UI that is already here: the one-file drop-in and the ES module. */
export function loadedUi(module: UiModule): UiLoader {
  return {
    mount: (options, config, language, locale) => mountWith(module, options, config, language, locale),
    text: (config, language, locale) => textWith(module, config, language, locale),
  };
}
