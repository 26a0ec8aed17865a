import type { Choice } from "../core/consent-rules";
import { CategorySwitch, type SwitchHandlers } from "./category-switch";
import { ChoiceButtons } from "./choice-buttons";
import { RichText, safeHref } from "./rich-text";
import { fillTokens, listTitles } from "./text-tokens";
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
 * and Save choices. `choice` is what is switched on right now.
 */
export function Preferences(props: { ctx: UiContext; choice: Choice; open: string[]; gpcDenied: string[]; on: PreferencesHandlers }) {
  const { ctx, choice, open, gpcDenied, on } = props;
  const { config, text, local, language } = ctx;
  const denied = config.categories.filter((category) => gpcDenied.includes(category.id)).map((category) => local(category.title));
  const policy = safeHref(local(config.policyUrl));
  return (
    // The backdrop takes focus when clicked (tabindex -1), so Tab and Escape still reach the handler.
    <div class="scrim" tabIndex={-1} onKeyDown={on.keyDown}>
      <div class="dlg" role="dialog" aria-modal="true" aria-labelledby={PREFERENCES_HEADING} tabIndex={-1}>
        <div class="dh">
          <h2 id={PREFERENCES_HEADING}>{text.preferencesTitle}</h2>
          <button type="button" class="x" aria-label={text.close} onClick={on.close}>
            <svg viewBox="0 0 24 24" aria-hidden="true">
              <path d="M6 6l12 12M18 6L6 18" />
            </svg>
          </button>
        </div>
        <div class="db">
          <p>
            <RichText text={text.preferencesBody} />
            {policy && " "}
            {policy && <a href={policy}>{text.policyLink}</a>}
          </p>
          {denied.length > 0 && <p class="note">{fillTokens(text.gpcHonoured, { categories: listTitles(denied, language) })}</p>}
          {config.categories.map((category) => (
            <CategorySwitch ctx={ctx} category={category} choice={choice} open={open.includes(category.id)} on={on} />
          ))}
        </div>
        <div class="df">
          <ChoiceButtons
            buttons={[
              [text.acceptAll, on.acceptAll],
              [text.rejectAll, on.rejectAll],
              [text.save, on.save],
            ]}
          />
        </div>
      </div>
    </div>
  );
}
