/**
 * Member names that terser shortens in the browser bundles (rollup.config.mjs): each is read and written only
 * inside one bundle, so its name is never seen from outside. None is part of the API (src/types.ts), the config, a
 * JSON file or receipt, an event, the DOM, or what the split drop-in's core and UI hand each other (UiOptions, Ui and
 * UiModule in src/ui/ui-types.ts and src/ui-loader.ts: the two files are minified apart). Before adding a name, check
 * that; tests/unit/private-members.test.ts checks what it can (DOM and public names, names written as strings).
 */
export const PRIVATE_MEMBERS = [
  // The choice flow's effects and the flow itself (src/core/choice-flow.ts).
  "writeChoice",
  "eraseChoice",
  "eraseDeclared",
  "pushDataLayer",
  "rescan",
  "announce",
  "sendReceipt",
  "newId",
  "mayLoad",
  "promptIfUndecided",
  // The validator's walk (src/core/checks.ts), whose problems list is also the name of the cookie-place check's
  // list (src/core/cookie-place.ts): neither object leaves the bundle (validateConfig returns the list itself).
  "seen",
  "problems",
  // Tagged content, script running and auto-blocking (src/browser/).
  "negated",
  "onBlockedFrame",
  "whileParsing",
  "orderOf",
  "mayRun",
  "onSkipped",
  "onHeld",
  "subdomains",
  "patterns",
];
