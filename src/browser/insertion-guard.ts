import { hasOwn } from "../core/checks";
import { attempt } from "../core/report";
import { URL_ELEMENTS, urlAttributeOf, type HoldBack } from "./hold-back";

// The DOM's prototypes are patched by member name, whatever their types: `unknown` would only add casts here.
/* eslint-disable @typescript-eslint/no-explicit-any */
type Fn = (this: any, ...args: any[]) => any;

// Every DOM method that inserts nodes a script hands it. A script inserted by a script is prepared, and fetched, during
// the insertion itself (https://html.spec.whatwg.org/multipage/scripting.html#script-processing-model: "becomes
// connected"), before any MutationObserver hears of it, so these methods themselves must look first.
const INSERTING: Array<[string, string]> = [
  ["Node", "appendChild insertBefore replaceChild"],
  ["Element", "append prepend before after replaceWith replaceChildren insertAdjacentElement"],
  ["CharacterData", "before after replaceWith"],
];
// The URL properties whose setter starts a fetch (or, for a script, a run) on an element already in the document.
const URL_PROPERTIES: Array<[string, string]> = [
  ["HTMLScriptElement", "src"],
  ["HTMLIFrameElement", "src"],
  ["HTMLImageElement", "src"],
  ["HTMLEmbedElement", "src"],
  ["HTMLMediaElement", "src"],
  ["HTMLSourceElement", "src"],
  ["HTMLLinkElement", "href"],
];
// insertAdjacentHTML's positions, each as the member that inserts there.
const POSITIONS: { [position: string]: string } = {
  beforebegin: "before",
  afterbegin: "prepend",
  beforeend: "append",
  afterend: "after",
};

/**
 * Patches the page's DOM so that nothing a script inserts — by any insertion method, by markup (`innerHTML`,
 * `outerHTML`, `insertAdjacentHTML`) or by setting a URL (`src`/`href`/`setAttribute`) — is requested before
 * `holdBack` has had its say. The page's own calls behave as before: same arguments, same result, same errors.
 * `mentions(html)` is a cheap test that markup may hold a matching URL at all. Returns the function that restores
 * every patched member.
 */
export function guardInsertions(win: any, holdBack: HoldBack, mentions: (html: string) => boolean): () => void {
  const restores: Array<() => void> = [];
  const originals: { [name: string]: Fn } = {};
  const patch = (type: string, name: string, wrap: (original: Fn) => Fn) => {
    const proto = win[type] && win[type].prototype;
    const original = proto && proto[name];
    if (typeof original != "function") return;
    originals[name] ||= original;
    proto[name] = wrap(original);
    restores.push(() => (proto[name] = original));
  };
  const setter = (type: string, name: string, wrap: (set: Fn) => Fn) => {
    const proto = win[type] && win[type].prototype;
    const descriptor = proto && Object.getOwnPropertyDescriptor(proto, name);
    if (!descriptor || !descriptor.set) return;
    Object.defineProperty(proto, name, { ...descriptor, set: wrap(descriptor.set) });
    restores.push(() => Object.defineProperty(proto, name, descriptor));
  };

  /** Holds back what an inserted node or fragment brings: the node itself and everything under it. */
  const check = (node: any) =>
    attempt(() => {
      if (!node || (node.nodeType != 1 && node.nodeType != 11)) return;
      if (node.nodeType == 1) holdBack(node);
      if (node.firstElementChild) node.querySelectorAll(URL_ELEMENTS).forEach((el: Element) => holdBack(el));
    });
  for (const [type, names] of INSERTING)
    for (const name of names.split(" "))
      patch(
        type,
        name,
        (original) =>
          function (...args) {
            args.forEach(check);
            return original.apply(this, args);
          },
      );

  /** Setting a URL on an element: a held script still gets its src (it won't run as text/plain), anything else doesn't. */
  const setUrl = (el: Element, name: unknown, value: unknown, set: () => void) => {
    const script = el.localName == "script";
    // A script is only fetched once connected, and its type may still change until then: insertion decides.
    const held =
      (!script || el.isConnected) &&
      urlAttributeOf(el) == String(name).toLowerCase() &&
      attempt(() => holdBack(el, String(value)));
    if (!held || script) set();
  };
  for (const [type, name] of URL_PROPERTIES)
    setter(
      type,
      name,
      (set) =>
        function (value) {
          setUrl(this, name, value, () => set.call(this, value));
        },
    );
  patch(
    "Element",
    "setAttribute",
    (original) =>
      function (name, value) {
        setUrl(this, name, value, () => original.call(this, name, value));
      },
  );

  // Markup: parsed the way the browser would in the same context, but in a document that loads nothing, so what it
  // holds can be held back before it reaches the page. The browser's own parser does it (the page's Trusted Types
  // policy applies as to any innerHTML), and a failure falls back to the browser's setter, which fails the same way.
  const inert = win.document.implementation.createHTMLDocument("");
  const innerHTML = Object.getOwnPropertyDescriptor(win.Element.prototype, "innerHTML")!;
  const parse = (context: Element, html: unknown): Node[] | undefined =>
    attempt(
      () => {
        const box = inert.createElementNS(context.namespaceURI, context.localName);
        innerHTML.set!.call(box, html);
        box.querySelectorAll(URL_ELEMENTS).forEach((el: Element) => el.localName == "script" || holdBack(el));
        return Array.from(box.childNodes as NodeListOf<Node>);
      },
      () => {},
    );
  /** The nodes `html` makes in `context`, or `undefined` when the browser's own member should handle it. */
  const markup = (context: Element | null, html: unknown) =>
    context && context.localName != "template" && mentions(String(html)) ? parse(context, html) : undefined;

  setter(
    "Element",
    "innerHTML",
    (set) =>
      function (html) {
        const nodes = markup(this, html);
        if (!nodes) return set.call(this, html);
        this.textContent = "";
        originals.append.apply(this, nodes);
      },
  );
  // A shadow root's markup is parsed in the context of its host.
  setter(
    "ShadowRoot",
    "innerHTML",
    (set) =>
      function (html) {
        const nodes = markup(this.host, html);
        if (!nodes) return set.call(this, html);
        this.textContent = "";
        nodes.forEach((node) => originals.appendChild.call(this, node));
      },
  );
  setter(
    "Element",
    "outerHTML",
    (set) =>
      function (html) {
        const nodes = markup(this.parentElement, html);
        nodes ? originals.replaceWith.apply(this, nodes) : set.call(this, html);
      },
  );
  patch(
    "Element",
    "insertAdjacentHTML",
    (original) =>
      function (position, html) {
        const where = String(position).toLowerCase();
        const insert = hasOwn(POSITIONS, where) ? POSITIONS[where] : "";
        const nodes = insert && markup(insert == "before" || insert == "after" ? this.parentElement : this, html);
        if (!nodes) return original.call(this, position, html);
        originals[insert].apply(this, nodes);
      },
  );
  return () => restores.reverse().forEach((restore) => restore());
}
