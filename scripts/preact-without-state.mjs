// A rollup plugin for the browser bundles (rollup.config.mjs): Preact's `Component.prototype.setState` and
// `.forceUpdate` are left out of Preact's built file.
//
// Assent's UI is function components that render from the store (src/ui/mount-ui.tsx calls `render` again on every
// change); nothing in it calls either method, and tests/unit/preact-without-state.test.ts keeps it so. Rollup still
// keeps both, because assigning to a class's prototype is a side effect it can't prove harmless, and with them their
// render queue. Taking the two assignments out lets rollup drop that queue too: −327 B brotli of dist/assent.js
// (`npm run size:mean`). Preact calls neither itself, except `setState` on a class component that declares
// `getDerivedStateFromError` (an error boundary), and Assent declares no class component.
//
// The file is changed through its syntax tree, not its text: if a Preact upgrade moves or renames the two, the build
// stops with an error here rather than shipping a Preact that still has them or lost something else.

const PREACT_BUILD = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/;
/** The Component methods taken out; tests/unit/preact-without-state.test.ts checks that src/ never calls them. */
export const LEFT_OUT = ["setState", "forceUpdate"];

/** Every node of an ESTree tree, depth first. */
function* nodes(node) {
  if (!node || typeof node.type != "string") return;
  yield node;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) yield* nodes(child);
    else if (value && typeof value == "object") yield* nodes(value);
  }
}

/** The name of a non-computed member (`a.name`), else undefined. */
const memberName = (node) => node.type == "MemberExpression" && !node.computed && node.property.name;

/**
 * Preact's built code with each `X.prototype.setState = …` and `X.prototype.forceUpdate = …` replaced by `0`
 * (an assignment is an expression, in Preact's build one of a comma-separated list, so `0` keeps the code valid).
 * Throws unless each of the two is found exactly once.
 */
export function withoutStateUpdates(code, parse) {
  const found = [...nodes(parse(code))].filter(
    (node) =>
      node.type == "AssignmentExpression" &&
      LEFT_OUT.includes(memberName(node.left)) &&
      memberName(node.left.object) == "prototype",
  );
  const names = found.map((node) => memberName(node.left)).sort();
  if (names.join() != [...LEFT_OUT].sort().join())
    throw Error(
      `Preact's build should assign ${LEFT_OUT.join(" and ")} to a prototype once each, and assigns ${names.join(", ") || "neither"}: see scripts/preact-without-state.mjs`,
    );
  // From the end, so the earlier positions stay right.
  return found
    .sort((a, b) => b.start - a.start)
    .reduce((text, node) => text.slice(0, node.start) + "0" + text.slice(node.end), code);
}

export const preactWithoutState = () => ({
  name: "assent-preact-without-state",
  transform(code, id) {
    if (!PREACT_BUILD.test(id)) return null;
    // No source map: the browser bundles ship none (rollup.config.mjs, `ts()`).
    return { code: withoutStateUpdates(code, (text) => this.parse(text)), map: null };
  },
});
