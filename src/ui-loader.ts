import type { NormalizedConfig } from "./core/config-defaults";
import type { UiText } from "./types";
import type { UiContext } from "./ui/ui-context";
import type { Ui, UiOptions } from "./ui/ui-types";

/** What the UI needs besides its context: the composition root hands these in. */
export type UiMountOptions = Omit<UiOptions, "context">;

/** The UI as Assent's composition root sees it: bundled, or loaded first (the split drop-in). */
export interface UiLoader {
  /** Mounts the UI over the session's store (see ui/mount-ui.tsx) in `language`. */
  mount(options: UiMountOptions, config: NormalizedConfig, language: string): Ui;
  /** The UI strings of `language` (what a receipt's textHash covers). */
  text(config: NormalizedConfig, language: string): Promise<UiText>;
}

/** What the UI file of the split drop-in (dist/assent-ui.js) hands to the core: the UI and its strings. */
export interface UiModule {
  mountUi(options: UiOptions): Ui;
  resolveUiText(config: NormalizedConfig, language: string): UiText;
  createUiContext(config: NormalizedConfig, text: UiText, language: string): UiContext;
}

/** Where dist/assent-ui.js leaves its UiModule for the core that loaded it. */
export const UI_GLOBAL = "__assentUi";

/** Mounts `module`'s UI in `language`. */
export function mountWith(module: UiModule, options: UiMountOptions, config: NormalizedConfig, language: string): Ui {
  const context = module.createUiContext(config, module.resolveUiText(config, language), language);
  return module.mountUi({ ...options, context });
}

/** A loader over a UI that is already here: the one-file drop-in and the ES module. */
export function loadedUi(module: UiModule): UiLoader {
  return {
    mount: (options, config, language) => mountWith(module, options, config, language),
    text: (config, language) => Promise.resolve(module.resolveUiText(config, language)),
  };
}
