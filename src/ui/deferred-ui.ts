import type { Ui } from "./ui-types";

/**
 * A Ui whose calls wait for the real one: `withUi` hands it over once it is
 * loaded (lazy-ui.ts, the split drop-in's core; banner-first.ts, until the
 * preference center's file is here). A placeholder removed before the UI
 * arrived is never shown.
 */
export function deferredUi(withUi: (use: (ui: Ui) => void) => void): Ui {
  return {
    placeholder(frame, tag) {
      let remove: (() => void) | undefined;
      let removed = false;
      withUi((ui) => {
        if (!removed) remove = ui.placeholder(frame, tag);
      });
      return () => {
        removed = true;
        if (remove) remove();
      };
    },
    fillDeclarations(root) {
      if (root.querySelector("[data-assent-declaration]")) withUi((ui) => ui.fillDeclarations(root));
    },
  };
}
