/**
 * The part of the driver that runs inside the page, the same in every engine: it finds elements by
 * role and accessible name, CSS or text, walking open shadow roots (Assent's UI lives in one), and
 * answers one question about what it found. It is sent as source text with every call, so it must
 * not use anything from this module's scope.
 *
 * A locator is a list of steps, each applied inside the elements the previous step found:
 * `{ role, name?, exact?, regex? }`, `{ css }`, `{ text, exact? }`, `{ or: [steps, steps] }`,
 * `{ nth }`, `{ visible: true }`. `fn` is the function of op "evaluate", called with the element and `arg`.
 */
export function inPage(op, steps, arg, fn) {
  const norm = (text) => (text || "").replace(/\s+/g, " ").trim();
  const composedParent = (node) => node.parentElement || (node.getRootNode() && node.getRootNode().host) || null;

  /** Every element under `root` (a document, shadow root or element), open shadow trees included. */
  function descendants(root) {
    const out = [];
    const walk = (scope) => {
      for (const el of scope.querySelectorAll("*")) {
        out.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    if (root.shadowRoot) walk(root.shadowRoot);
    walk(root);
    return out;
  }

  /** Hidden from assistive technology: not rendered, visibility hidden, or under aria-hidden="true". */
  function isHidden(el) {
    for (let node = el; node; node = composedParent(node)) {
      if (node.getAttribute("aria-hidden") === "true") return true;
    }
    if (el.checkVisibility) return !el.checkVisibility({ visibilityProperty: true });
    return !el.getClientRects().length || getComputedStyle(el).visibility !== "visible";
  }

  /** Visible as Playwright means it: a non-empty box and not visibility: hidden. */
  function isVisible(el) {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility === "visible";
  }

  function roleOf(el) {
    const explicit = norm(el.getAttribute("role")).split(" ")[0];
    if (explicit) return explicit;
    const tag = el.localName;
    if (tag === "input") {
      const type = (el.getAttribute("type") || "text").toLowerCase();
      if (["button", "submit", "reset", "image"].includes(type)) return "button";
      if (type === "checkbox") return el.hasAttribute("switch") ? "switch" : "checkbox";
      if (type === "radio") return "radio";
      return ["text", "email", "search", "tel", "url"].includes(type) ? "textbox" : null;
    }
    if (/^h[1-6]$/.test(tag)) return "heading";
    const implicit = {
      button: "button",
      dialog: "dialog",
      textarea: "textbox",
      select: "combobox",
      img: "img",
      nav: "navigation",
    };
    if (tag === "a" || tag === "area") return el.hasAttribute("href") ? "link" : null;
    return implicit[tag] || null;
  }

  const NAME_FROM_CONTENT = ["button", "link", "switch", "checkbox", "radio", "heading", "tab", "menuitem", "option", "cell"];

  /** The text an element contributes to a name computed from content (hidden parts left out). */
  function textOf(node) {
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.nodeType !== Node.ELEMENT_NODE) return "";
    if (isHidden(node)) return "";
    const label = node.getAttribute("aria-label");
    if (label && norm(label)) return ` ${label} `;
    if (node.localName === "img") return ` ${node.getAttribute("alt") || ""} `;
    const children = node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
    const slotted = node.localName === "slot" ? node.assignedNodes() : null;
    const parts = [...(slotted && slotted.length ? slotted : children)].map(textOf).join("");
    return getComputedStyle(node).display.startsWith("inline") ? parts : ` ${parts} `;
  }

  function nameOf(el) {
    const root = el.getRootNode();
    const labelledBy = norm(el.getAttribute("aria-labelledby"));
    if (labelledBy) {
      const text = labelledBy
        .split(" ")
        .map((id) => root.getElementById(id))
        .filter(Boolean)
        .map((node) => norm(node.textContent))
        .join(" ");
      if (norm(text)) return norm(text);
    }
    const label = norm(el.getAttribute("aria-label"));
    if (label) return label;
    if (el.labels && el.labels.length) return norm([...el.labels].map(textOf).join(" "));
    if (el.localName === "input" && ["button", "submit", "reset"].includes(el.type)) return norm(el.value);
    if (el.localName === "img") return norm(el.getAttribute("alt"));
    if (NAME_FROM_CONTENT.includes(roleOf(el))) {
      const text = norm([...(el.shadowRoot || el).childNodes].map(textOf).join(""));
      if (text) return text;
    }
    return norm(el.getAttribute("title"));
  }

  function matchesText(actual, step, wanted) {
    if (step.regex) return new RegExp(step.regex.source, step.regex.flags).test(actual);
    if (step.exact) return actual === norm(wanted);
    return actual.toLowerCase().includes(norm(wanted).toLowerCase());
  }

  function apply(step, roots) {
    if (step.or) {
      const found = step.or.flatMap((alternative) => alternative.reduce((scope, s) => apply(s, scope), roots));
      return [...new Set(found)];
    }
    if ("nth" in step) return roots[step.nth] ? [roots[step.nth]] : [];
    if (step.visible) return roots.filter(isVisible);
    const all = [...new Set(roots.flatMap(descendants))];
    if (step.css) return all.filter((el) => el.matches(step.css));
    if (step.role) {
      return all.filter(
        (el) =>
          roleOf(el) === step.role &&
          !isHidden(el) &&
          (step.name === undefined && !step.regex ? true : matchesText(nameOf(el), step, step.name)),
      );
    }
    if ("text" in step) {
      const hits = all.filter(
        (el) => !["script", "style", "template"].includes(el.localName) && matchesText(norm(el.textContent), step, step.text),
      );
      // The innermost elements holding the text, as Playwright's getByText picks them.
      return hits.filter((el) => !hits.some((other) => other !== el && el.contains(other)));
    }
    throw new Error(`unknown locator step ${JSON.stringify(step)}`);
  }

  const found = steps.reduce((scope, step) => apply(step, scope), [document]);
  if (op === "count") return found.length;
  if (op === "visible") return found.length > 0 && isVisible(found[0]);
  if (op === "state") return { count: found.length, visible: found.length === 1 && isVisible(found[0]) };
  if (found.length !== 1) return { missing: found.length === 0, strict: found.length };
  const el = found[0];
  const answer = (value) => ({ value });
  switch (op) {
    case "checked":
      return answer(el.getAttribute("aria-checked") ? el.getAttribute("aria-checked") === "true" : !!el.checked);
    case "disabled":
      return answer(!!el.disabled || el.getAttribute("aria-disabled") === "true");
    case "attribute":
      return answer(el.getAttribute(arg));
    case "innerText":
      return answer(el.innerText);
    case "box": {
      const box = el.getBoundingClientRect();
      return answer(box.width || box.height ? { x: box.x, y: box.y, width: box.width, height: box.height } : null);
    }
    case "evaluate":
      return Promise.resolve(fn(el, arg)).then(answer);
    case "scroll":
      el.scrollIntoView({ block: "center", inline: "center" });
      return answer(true);
    case "clickPoint":
      return clickPoint(el);
    default:
      throw new Error(`unknown op ${op}`);
  }

  /**
   * Where a real pointer would click `el`: its centre, once it is visible, enabled, still for one
   * frame and the topmost element there (looking into shadow roots). `{ wait }` says why not yet.
   */
  async function clickPoint(target) {
    if (!isVisible(target)) return { wait: "not visible" };
    if (target.disabled) return { wait: "disabled" };
    const box = target.getBoundingClientRect();
    if (box.top < 0 || box.left < 0 || box.bottom > innerHeight || box.right > innerWidth) {
      target.scrollIntoView({ block: "center", inline: "center" });
    }
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    await frame();
    const a = target.getBoundingClientRect();
    await frame();
    const b = target.getBoundingClientRect();
    if (a.x !== b.x || a.y !== b.y || a.width !== b.width || a.height !== b.height) return { wait: "moving" };
    const x = b.left + b.width / 2;
    const y = b.top + b.height / 2;
    let hit = document.elementFromPoint(x, y);
    while (hit && hit.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    for (let node = hit; node; node = composedParent(node)) if (node === target) return { value: { x, y } };
    return { wait: `covered by <${hit && hit.localName}${hit && hit.className ? ` class="${hit.className}"` : ""}>` };
  }
}
