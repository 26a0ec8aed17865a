import { h } from "preact";

/**
 * The row of choice buttons (Accept all, Reject all, Customize / Save choices).
 * Every button gets the same element, class and size, so none is nudged:
 * rejecting looks exactly as easy as accepting.
 */
export function renderChoiceButtons(buttons: Array<[label: string, onClick: () => void]>) {
  return (
    <div class="bt">
      {buttons.map(([label, onClick]) => (
        <button type="button" class="btn" onClick={onClick}>
          {label}
        </button>
      ))}
    </div>
  );
}
