/** Put this attribute on any element (link, button, menu item) to make it open the preference center. */
export const PREFERENCES_ATTRIBUTE = "data-assent-preferences";

// Elements that already turn Enter (and Space) into a click, or that need those keys for typing.
const NATIVE_KEYS = "a[href],button,input,select,textarea,summary,[contenteditable]";

/**
 * Makes every element with `data-assent-preferences` open the preference
 * center, including elements the page adds later: one click listener on the
 * document (a link's navigation, such as `href="#"`, is prevented), plus Enter
 * and Space for elements that aren't native buttons or links, such as
 * `<span role="button" tabindex="0" data-assent-preferences>`. `open` receives
 * the element, so focus can return to it. Returns the function that removes
 * the listeners.
 */
export function listenForPreferenceTriggers(doc: Document, open: (opener: Element) => void): () => void {
  const onClick = (event: Event) => {
    const trigger = findTrigger(event);
    if (!trigger) return;
    event.preventDefault();
    open(trigger);
  };
  const onKeydown = (event: Event) => {
    const { key, repeat } = event as KeyboardEvent;
    if ((key !== "Enter" && key !== " ") || repeat) return;
    const trigger = findTrigger(event);
    // A native button or link inside (or as) the trigger will fire its own click.
    if (!trigger || nativeKeyTarget(event, trigger)) return;
    event.preventDefault(); // Space would scroll the page
    open(trigger);
  };
  // Capture phase: a page handler that stops propagation can't swallow the trigger.
  doc.addEventListener("click", onClick, true);
  doc.addEventListener("keydown", onKeydown, true);
  return () => {
    doc.removeEventListener("click", onClick, true);
    doc.removeEventListener("keydown", onKeydown, true);
  };
}

// composedPath() rather than target.closest(): it also sees triggers inside the page's
// own open shadow roots, where `target` is retargeted to the host
// (https://dom.spec.whatwg.org/#dom-event-composedpath).
function findTrigger(event: Event): Element | undefined {
  return pathOf(event).find((node) => node.hasAttribute(PREFERENCES_ATTRIBUTE));
}

function nativeKeyTarget(event: Event, trigger: Element): boolean {
  const path = pathOf(event);
  return path.slice(0, path.indexOf(trigger) + 1).some((node) => node.matches(NATIVE_KEYS));
}

function pathOf(event: Event): Element[] {
  return (event.composedPath() as Element[]).filter((node) => node.nodeType === 1);
}
