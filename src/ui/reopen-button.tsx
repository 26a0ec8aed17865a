import { h } from "preact";
import { renderIcon } from "./icon";

/**
 * The small floating button (`reopenButton: true`) that opens the preference
 * center once a choice exists; hidden, but kept, while a dialog is open so
 * focus can return to it.
 */
export function renderReopenButton(label: string, hidden: boolean, onClick: () => void) {
  return (
    <button type="button" class="re" aria-label={label} title={label} hidden={hidden} onClick={onClick}>
      {renderIcon(
        "M12 3a9 9 0 1 0 9 9 3 3 0 0 1-3-3 3 3 0 0 1-3-3 3 3 0 0 1-3-3zM8.5 11.5v.01M12 16v.01M15.5 14.5v.01M8 15.5v.01",
      )}
    </button>
  );
}
