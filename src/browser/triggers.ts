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
  const onEvent = (event: Event) => {
    // composedPath() rather than target.closest(): it also sees triggers inside the page's
    // own open shadow roots, where `target` is retargeted to the host
    // (https://dom.spec.whatwg.org/#dom-event-composedpath).
    const path = (event.composedPath() as Element[]).filter((node) => node.nodeType == 1);
    const at = path.findIndex((node) => node.hasAttribute(PREFERENCES_ATTRIBUTE));
    if (at < 0) return;
    if (event.type == "keydown") {
      const { key, repeat } = event as KeyboardEvent;
      // A native button or link inside (or as) the trigger fires its own click.
      if ((key != "Enter" && key != " ") || repeat || path.slice(0, at + 1).some((node) => node.matches(NATIVE_KEYS))) return;
    }
    event.preventDefault(); // a link's navigation; Space would scroll the page
    open(path[at]);
  };
  // Capture phase: a page handler that stops propagation can't swallow the trigger.
  const types = ["click", "keydown"];
  for (const type of types) doc.addEventListener(type, onEvent, true);
  return () => {
    for (const type of types) doc.removeEventListener(type, onEvent, true);
  };
}
