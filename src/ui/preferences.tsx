import { h } from "preact";
import type { Choice } from "../core/consent-rules";
import type { Consent } from "../types";
import { renderConsentRecord } from "./consent-record";
import { renderCategory, type SwitchHandlers } from "./category-switch";
import { renderChoiceButtons } from "./choice-buttons";
import { renderIcon } from "./icon";
import { renderParagraph } from "./rich-text";
import { fillTokens, listCategories } from "./text-tokens";
import type { UiContext } from "./ui-context";

/** Id of the dialog's heading, which names the dialog (unique inside our shadow root). */
export const PREFERENCES_HEADING = "assent-pt";

/** Everything the preference center can do. */
export interface PreferencesHandlers extends SwitchHandlers {
  acceptAll(): void;
  rejectAll(): void;
  save(): void;
  close(): void;
  /** Escape and Tab on the backdrop or anywhere in the dialog (its first child). */
  keyDown(event: KeyboardEvent): void;
}

/**
 * The preference center: a modal dialog (`role="dialog"`, `aria-modal`, named
 * by its heading) over a dimmed page, with one switch per category, a notice
 * when Global Privacy Control kept categories off, and Accept all, Reject all
 * and Save choices. `choice` is what is switched on right now, `open` the
 * categories whose services are shown.
 */
export function renderPreferences(
  ctx: UiContext,
  choice: Choice,
  open: string[],
  gpcDenied: string[],
  on: PreferencesHandlers,
  consent: Consent | null = null,
) {
  const { config, text } = ctx;
  const denied = listCategories(ctx, (category) => gpcDenied.includes(category.id));
  return (
    // The backdrop takes focus when clicked (tabindex -1), so Tab and Escape still reach the handler.
    <div class="scrim" tabIndex={-1} onKeyDown={on.keyDown}>
      <div class="dlg" role="dialog" aria-modal="true" aria-labelledby={PREFERENCES_HEADING} tabIndex={-1}>
        <h2 id={PREFERENCES_HEADING}>{text.preferencesTitle}</h2>
        <button type="button" class="x" aria-label={text.close} onClick={on.close}>
          {renderIcon("M6 6l12 12M18 6L6 18")}
        </button>
        <div class="db">
          {renderParagraph(ctx, text.preferencesBody, config.policyUrl)}
          {denied && <p class="note">{fillTokens(text.gpcHonoured, { categories: denied })}</p>}
          {config.categories.map((category) => renderCategory(ctx, category, choice, open.includes(category.id), on))}
          {renderConsentRecord(ctx, consent)}
        </div>
        {renderChoiceButtons([
          [text.acceptAll, on.acceptAll],
          [text.rejectAll, on.rejectAll],
          [text.save, on.save],
        ])}
      </div>
    </div>
  );
}
