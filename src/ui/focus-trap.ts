// Every control our UI has; disabled switches are skipped, as the browser's Tab skips them.
const FOCUSABLE = "a[href],button,input:enabled";

/**
 * Keeps Tab and Shift+Tab inside `container` (a modal dialog): from the last
 * control Tab wraps to the first, from the first (or the container itself)
 * Shift+Tab wraps to the last, and from anywhere outside (the dimmed backdrop
 * after a click) focus comes back in. Call it from a keydown handler on the
 * container or an element around it.
 */
export function keepTabInside(event: KeyboardEvent, container: HTMLElement): void {
  // WebKitGTK reports Shift+Tab as key "Unidentified" (keyCode 9): https://github.com/marijnh/w3c-keyname/issues/13
  if (event.key != "Tab" && event.keyCode != 9) return;
  const items = Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE));
  // Inside a shadow root the document only sees the host: ask the root what has focus.
  // -1: the container itself, or something outside it.
  const active = (container.getRootNode() as Document | ShadowRoot).activeElement as HTMLElement | null;
  let at = items.indexOf(active as HTMLElement);
  if (at < 0 && active && active != container && container.contains(active)) {
    // Focus on something inside that is not a control: Firefox makes a scrolling box focusable
    // (https://bugzilla.mozilla.org/show_bug.cgi?id=1069739). Count it as sitting between the
    // controls around it, so Tab goes on to the next control instead of wrapping back to the first.
    at = items.filter((item) => item.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING).length - 0.5;
  }
  const last = items.length - 1;
  const wrapTo = event.shiftKey ? at <= 0 && items[last] : (at < 0 || at >= last) && items[0];
  if (wrapTo) {
    event.preventDefault();
    wrapTo.focus();
  }
}

/** The element that has focus, looking into open shadow roots (ours included), so focus can go back to it later. */
export function findFocused(doc: Document): HTMLElement | null {
  let el = doc.activeElement;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
  return el as HTMLElement | null;
}
