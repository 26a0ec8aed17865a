import type { ChoiceFlow } from "../core/choice-flow";
import type { NormalizedConfig } from "../core/config-defaults";
import type { Store } from "../core/store";
import type { AssentApi } from "../types";
import type { UiContext } from "./ui-context";

/**
 * What the UI asks the rest of Assent to do: the choice flow's choices and the
 * API's view methods. The UI itself never records anything.
 */
export type UiActions = Pick<ChoiceFlow, "acceptAll" | "rejectAll" | "accept" | "allowFrame"> &
  Pick<AssentApi, "showBanner" | "showPreferences" | "hide">;

/** What `mountUi` works with; everything is handed in, so tests pass jsdom objects and spies. */
export interface UiOptions {
  document: Document;
  config: NormalizedConfig;
  /** The language the UI is shown in. */
  language: string;
  /**
   * Hands `use` the config, the UI strings and the language: at once for English and Swedish, after
   * a fetch for another built-in language. Asked for only when something must be shown.
   */
  withContext(use: (context: UiContext) => void): void;
  store: Store;
  actions: UiActions;
  /** Categories Global Privacy Control keeps off; [] when the browser sends no signal. */
  gpcDenied: string[];
}

/** What the rest of Assent asks of the UI besides the store's `view`. */
export interface Ui {
  /** Puts a placeholder in place of a blocked iframe; returns the function that removes it. */
  placeholder(frame: HTMLIFrameElement, tag: { category: string; service?: string }): () => void;
  /** Fills every [data-assent-declaration] element under root. */
  fillDeclarations(root: ParentNode): void;
}
