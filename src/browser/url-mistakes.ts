import { HELD_BACK, loadingAttributes } from "../core/loading-attributes";

/** Says once per element, on the console, which attribute of a tagged element loads before consent. */
export function createUrlMistakeWarner(): (el: Element) => void {
  const warned = new WeakSet<Element>();
  return (el) => {
    if (warned.has(el)) return;
    warned.add(el);
    const found = loadingAttributes(el.localName, (name) => el.getAttribute(name));
    // The element itself goes along, so the console can point at it. srcdoc and <object data> have no held-back
    // form: no advice here (every visitor downloads this line), `assent validate --html` gives one.
    const advice = HELD_BACK.includes(found[0]) ? "; use data-" + found[0] : "";
    if (found.length) console.warn(`Assent: tagged <${el.localName}> has ${found}, loaded before consent${advice}`, el);
  };
}
