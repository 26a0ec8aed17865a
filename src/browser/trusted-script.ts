/**
 * Trusted Types for the scripts Assent re-creates. Under `require-trusted-types-for 'script'` a browser refuses a
 * plain string as a script's text, `src` or event-handler attribute
 * (https://w3c.github.io/trusted-types/dist/spec/#enforcement-in-scripts). What Assent assigns there is the page's
 * own tagged markup, copied from the element it replaces, so it goes through a policy named `assent` that passes it
 * unchanged; the site allows it with `trusted-types assent` (README, "Trusted Types").
 */

/** Turns the text and URLs copied from a tagged script into values a script element accepts. */
export interface ScriptValues {
  script(text: string): string;
  url(url: string): string;
}

interface Policy {
  createScript(text: string): unknown;
  createScriptURL(url: string): unknown;
}

interface TrustedTypesWindow {
  trustedTypes?: {
    defaultPolicy?: unknown;
    createPolicy(name: string, rules: { createScript(s: string): string; createScriptURL(s: string): string }): Policy;
  };
}

/** The policy name a site lists in its CSP `trusted-types` directive. */
export const POLICY_NAME = "assent";

const PLAIN: ScriptValues = { script: (text) => text, url: (url) => url };
// A policy name can be created once per window (without 'allow-duplicates'), so every runner of a window shares it.
const created = new WeakMap<object, ScriptValues>();

/**
 * The values to assign for this window: through the `assent` policy where the browser has Trusted Types, plain strings
 * otherwise. A site that has its own default policy keeps it (plain strings go through it, and creating a policy its
 * CSP may not list would log a violation); a policy the CSP refuses falls back to plain strings likewise.
 */
export function scriptValues(win: (Window & TrustedTypesWindow) | null): ScriptValues {
  const types = win && win.trustedTypes;
  if (!types || types.defaultPolicy) return PLAIN;
  let values = created.get(win);
  if (!values) {
    values = PLAIN;
    try {
      const pass = (value: string) => value;
      const policy = types.createPolicy(POLICY_NAME, { createScript: pass, createScriptURL: pass });
      // The trusted objects are typed as strings here: every sink that takes one also takes a string.
      values = { script: (text) => policy.createScript(text) as string, url: (url) => policy.createScriptURL(url) as string };
    } catch {
      // The CSP does not list `assent`: plain strings, which only a default policy could let through.
    }
    created.set(win, values);
  }
  return values;
}
