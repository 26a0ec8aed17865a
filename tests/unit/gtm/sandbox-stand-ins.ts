import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { load } from "js-yaml";

/*
 * STAND-INS for Google Tag Manager's sandbox. The template's code only runs for real inside Tag
 * Manager; here it runs in Node against these stand-ins, written from Tag Manager's API reference
 * (https://developers.google.com/tag-platform/tag-manager/templates/api) and its test API
 * (https://developers.google.com/tag-platform/tag-manager/templates/tests). Each stand-in records
 * its calls and, like the sandbox, refuses what the template's ___WEB_PERMISSIONS___ do not allow.
 * They are not Tag Manager: the template's own ___TESTS___ run the same scenarios in the real one.
 */

/** The sections of a template.tpl file (`___INFO___`, `___SANDBOXED_JS_FOR_WEB_TEMPLATE___`, …) by name. */
export function readTemplate(file: string): Record<string, string> {
  const sections: Record<string, string> = {};
  let name = "";
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const heading = /^___([A-Z_]+)___$/.exec(line);
    if (heading) sections[(name = heading[1])] = "";
    else if (name) sections[name] += line + "\n";
  }
  return sections;
}

/** What the template may do, read from its ___WEB_PERMISSIONS___ (the JSON Tag Manager exports). */
export interface Permissions {
  consentWrite: string[];
  globalsWrite: string[];
  injectUrls: string[];
  dataLayerKeys: string[];
}

type Value = { type: number; string?: string; boolean?: boolean; listItem?: Value[]; mapKey?: Value[]; mapValue?: Value[] };
type Permission = { instance: { key: { publicId: string }; param: Array<{ key: string; value: Value }> } };

export function readPermissions(json: string): Permissions {
  const list = JSON.parse(json) as Permission[];
  const param = (id: string, key: string) =>
    list.find((p) => p.instance.key.publicId === id)?.instance.param.find((p) => p.key === key)?.value.listItem || [];
  // A map item (type 3) lists its keys and values side by side.
  const asMap = (item: Value) =>
    Object.fromEntries(item.mapKey!.map((k, i) => [k.string, item.mapValue![i].string ?? item.mapValue![i].boolean]));
  const writable = (items: Value[], name: string) =>
    items
      .map(asMap)
      .filter((m) => m.write === true)
      .map((m) => m[name] as string);
  return {
    consentWrite: writable(param("access_consent", "consentTypes"), "consentType"),
    globalsWrite: writable(param("access_globals", "keys"), "key"),
    injectUrls: param("inject_script", "urls").map((v) => v.string!),
    dataLayerKeys: param("write_data_layer", "keyPatterns").map((v) => v.string!),
  };
}

/** A URL match pattern of the inject_script permission: `*` stands for any run of characters. */
const matchesUrlPattern = (pattern: string, url: string) =>
  new RegExp(
    "^" +
      pattern
        .split("*")
        .map((part) => part.replace(/[.?+^$()[\]{}|\\/]/g, "\\$&"))
        .join(".*") +
      "$",
  ).test(url);

export type Call = unknown[];

/** The page the sandbox acts on: its globals, and what happens when a script is injected. */
export interface SandboxPage {
  globals: Record<string, unknown>;
  /** Loads the script: calls `loaded` or `failed`, now or later. Default: loads at once. */
  inject?(url: string, loaded: () => void, failed: () => void): void;
}

const CONSENT_STATES = ["granted", "denied"];

/**
 * Stand-ins for the sandbox APIs, checked against `permissions`. `calls[api]` records every call.
 * A permission failure throws, as it does in Tag Manager (the tag then fails).
 */
export function createSandbox(permissions: Permissions, page: SandboxPage) {
  const calls: Record<string, Call[]> = {};
  const injected = new Map<string, "loading" | "loaded">();
  const deny = (api: string, what: string) => {
    throw new Error(`${api}: the template's permissions do not allow ${what}`);
  };
  const checkStates = (api: string, states: unknown, extra: string[]) => {
    if (getType(states) !== "object") throw new Error(`${api}: expects an object`);
    for (const [key, value] of Object.entries(states as object)) {
      if (extra.includes(key)) continue;
      if (!permissions.consentWrite.includes(key)) deny(api, `writing the consent type ${key}`);
      if (!CONSENT_STATES.includes(value)) throw new Error(`${api}: ${key} must be "granted" or "denied", not ${value}`);
    }
  };

  const apis: Record<string, (...args: any[]) => unknown> = {
    getType,
    makeInteger: (value: unknown) => Math.trunc(Number(value)),
    makeString: (value: unknown) => String(value),
    setDefaultConsentState(states: Record<string, unknown>) {
      checkStates("setDefaultConsentState", states, ["region", "wait_for_update"]);
      if ("region" in states && getType(states.region) !== "array") throw new Error("setDefaultConsentState: region is a list");
      if ("wait_for_update" in states && getType(states.wait_for_update) !== "number")
        throw new Error("setDefaultConsentState: wait_for_update is a number of milliseconds");
    },
    updateConsentState: (states: unknown) => checkStates("updateConsentState", states, []),
    gtagSet(key: string) {
      if (!permissions.dataLayerKeys.includes(key)) deny("gtagSet", `writing ${key}`);
    },
    setInWindow(key: string, value: unknown, overrideExisting?: boolean) {
      if (!permissions.globalsWrite.includes(key)) deny("setInWindow", `writing window.${key}`);
      if (page.globals[key] !== undefined && !overrideExisting) return false;
      page.globals[key] = value;
      return true;
    },
    injectScript(url: string, onSuccess: () => void, onFailure: () => void, cacheToken?: string) {
      if (!permissions.injectUrls.some((pattern) => matchesUrlPattern(pattern, url))) deny("injectScript", `loading ${url}`);
      // With a cache token, a script already requested is not requested again (its callbacks still run once loaded).
      const token = cacheToken || url;
      if (injected.get(token) === "loaded") return onSuccess();
      if (injected.has(token)) return;
      injected.set(token, "loading");
      const inject = page.inject || ((_url, loaded) => loaded());
      inject(
        url,
        () => (injected.set(token, "loaded"), onSuccess()),
        () => (injected.delete(token), onFailure()),
      );
    },
  };

  /** The sandbox's `require`: an unknown API name fails, as in Tag Manager. Every call is recorded. */
  const require = (name: string) => {
    const api = apis[name];
    if (!api) throw new Error(`require('${name}'): no such sandbox API in these stand-ins`);
    return (...args: unknown[]) => {
      (calls[name] ||= []).push(args);
      return apis[name](...args);
    };
  };

  return { calls, require, apis };
}

/** The sandbox's getType: like typeof, but tells arrays and null apart. */
function getType(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}

/** Runs the template's sandboxed code with these field values (`data`). */
export function runTemplateCode(code: string, sandbox: ReturnType<typeof createSandbox>, data: Record<string, unknown>) {
  const record = (name: string) => () => void (sandbox.calls[name] ||= []).push([]);
  new Function("require", "data", code)(sandbox.require, {
    ...data,
    gtmOnSuccess: record("gtmOnSuccess"),
    gtmOnFailure: record("gtmOnFailure"),
  });
}

/** One scenario of the template's ___TESTS___. */
export interface Scenario {
  name: string;
  code: string;
}

/** The ___TESTS___ section: its scenarios and the setup code run before each. */
export function readScenarios(yaml: string): { scenarios: Scenario[]; setup: string } {
  const parsed = load(yaml) as { scenarios: Scenario[]; setup?: string };
  return { scenarios: parsed.scenarios, setup: parsed.setup || "" };
}

/**
 * Runs one scenario the way Tag Manager's test runner does: `setup` then the scenario's code,
 * with `runCode`, `mock`, `assertApi`, `assertThat` and `require`. A failed assertion throws.
 */
export function runScenario(code: string, permissions: Permissions, scenario: Scenario, setup: string): void {
  const page: SandboxPage = { globals: {} };
  const sandbox = createSandbox(permissions, page);
  const mocks: Record<string, unknown> = {};
  // A mocked API is still checked for being required and still recorded; only its behaviour changes.
  for (const name of Object.keys(sandbox.apis)) {
    const real = sandbox.apis[name];
    sandbox.apis[name] = (...args) =>
      name in mocks ? (typeof mocks[name] == "function" ? (mocks[name] as typeof real)(...args) : mocks[name]) : real(...args);
  }
  const callsOf = (api: string) => sandbox.calls[api] || [];
  const fail = (message: string) => {
    throw new Error(`${scenario.name}: ${message}`);
  };
  const show = (value: unknown) => JSON.stringify(value);
  const assertApi = (api: string) => ({
    wasCalled: () => callsOf(api).length || fail(`expected ${api} to be called`),
    wasNotCalled: () => callsOf(api).length && fail(`expected ${api} not to be called, got ${show(callsOf(api))}`),
    wasCalledWith: (...args: unknown[]) =>
      callsOf(api).some((call) => isDeepStrictEqual(call, args)) ||
      fail(`expected ${api} to be called with ${show(args)}, got ${show(callsOf(api))}`),
    wasNotCalledWith: (...args: unknown[]) =>
      callsOf(api).some((call) => isDeepStrictEqual(call, args)) && fail(`expected ${api} not to be called with ${show(args)}`),
  });
  const assertThat = (subject: unknown) => ({
    isEqualTo: (expected: unknown) => isDeepStrictEqual(subject, expected) || fail(`${show(subject)} is not ${show(expected)}`),
    isNotEqualTo: (expected: unknown) =>
      isDeepStrictEqual(subject, expected) && fail(`${show(subject)} equals ${show(expected)}`),
    isDefined: () => subject !== undefined || fail("expected a value, got undefined"),
    isUndefined: () => subject === undefined || fail(`expected undefined, got ${show(subject)}`),
    isTrue: () => subject === true || fail(`expected true, got ${show(subject)}`),
    isFalse: () => subject === false || fail(`expected false, got ${show(subject)}`),
  });
  const runCode = (data: Record<string, unknown>) => runTemplateCode(code, sandbox, data);
  const mock = (api: string, behaviour: unknown) => void (mocks[api] = behaviour);
  new Function("runCode", "mock", "assertApi", "assertThat", "require", setup + "\n" + scenario.code)(
    runCode,
    mock,
    assertApi,
    assertThat,
    sandbox.require,
  );
}
