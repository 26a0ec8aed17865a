import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { JSDOM, VirtualConsole } from "jsdom";
import { parse } from "acorn";
import { createAssent } from "../../../src/assent";
import { GOOGLE_CONSENT_TYPES } from "../../../src/core/consent-mode";
import type { AssentConfig } from "../../../src/types";
import {
  createSandbox,
  readPermissions,
  readScenarios,
  readTemplate,
  runScenario,
  runTemplateCode,
  type SandboxPage,
} from "./sandbox-stand-ins";

// The Tag Manager template (gtm/template.tpl), run in Node against stand-ins of the sandbox APIs
// (tests/unit/gtm/sandbox-stand-ins.ts): its own ___TESTS___ scenarios, its shape, and the template
// and Assent together on one page (README "Google Tag Manager").

const template = readTemplate(join(__dirname, "../../../gtm/template.tpl"));
const code = template.SANDBOXED_JS_FOR_WEB_TEMPLATE;
const permissions = readPermissions(template.WEB_PERMISSIONS);
const { scenarios, setup } = readScenarios(template.TESTS);

const program = parse(code, { ecmaVersion: 2015, allowReturnOutsideFunction: true });
/** Every identifier the code names (comments aside). */
const identifiers = (node: unknown): string[] =>
  !node || typeof node != "object"
    ? []
    : [
        ...((node as { type?: string }).type == "Identifier" ? [(node as { name: string }).name] : []),
        ...Object.values(node).flatMap(identifiers),
      ];

type Param = { type: string; name: string; subParams?: Param[]; paramTableColumns?: Array<{ param: Param }> };
const params = JSON.parse(template.TEMPLATE_PARAMETERS) as Param[];
const allParams = (list: Param[]): Param[] =>
  list.flatMap((p) => [p, ...allParams([...(p.subParams || []), ...(p.paramTableColumns || []).map((c) => c.param)])]);
const fields = allParams(params).filter((p) => p.type != "GROUP" && p.type != "LABEL");

describe("the template's own ___TESTS___, run against the sandbox stand-ins", () => {
  it("has scenarios", () => expect(scenarios.length).toBeGreaterThanOrEqual(8));

  for (const scenario of scenarios) {
    it(scenario.name, () => runScenario(code, permissions, scenario, setup));
  }

  it("fails a scenario whose expectation is wrong, so the scenarios above can fail", () => {
    const wrong = {
      name: "wrong",
      code: "runCode({scriptUrl: 'https://a.example/assent.js'});\nassertApi('updateConsentState').wasCalled();",
    };
    expect(() => runScenario(code, permissions, wrong, setup)).toThrow(/updateConsentState/);
    const denied = { name: "denied", code: "runCode({scriptUrl: 'http://a.example/assent.js'});" };
    expect(() => runScenario(code, permissions, denied, "")).toThrow(/permissions do not allow loading/);
  });
});

describe("the template file", () => {
  it("has every section the Community Template Gallery reads", () => {
    for (const section of ["INFO", "TEMPLATE_PARAMETERS", "SANDBOXED_JS_FOR_WEB_TEMPLATE", "WEB_PERMISSIONS", "TESTS"])
      expect(template[section]?.trim(), section).toBeTruthy();
    const info = JSON.parse(template.INFO);
    expect(info).toMatchObject({ type: "TAG", containerContexts: ["WEB"] });
    // The gallery cuts descriptions at 200 characters.
    expect(info.description.length).toBeLessThanOrEqual(200);
  });

  it("offers one defaults column per Consent Mode type, the same list Assent maps categories to", () => {
    const table = fields.find((p) => p.name == "defaults")!;
    const columns = table.paramTableColumns!.map((c) => c.param.name);
    expect(columns).toEqual(["region", ...GOOGLE_CONSENT_TYPES]);
    expect(permissions.consentWrite).toEqual([...GOOGLE_CONSENT_TYPES]);
  });

  it("reads every field it declares, and declares every field it reads", () => {
    const read = new Set([...code.matchAll(/\b(?:data|row)\.(\w+)/g)].map((m) => m[1]));
    for (const name of ["gtmOnSuccess", "gtmOnFailure", "length"]) read.delete(name);
    const declared = fields.map((p) => p.name).filter((name) => !GOOGLE_CONSENT_TYPES.includes(name as never));
    expect([...read].sort()).toEqual(declared.sort());
  });

  it("uses only sandbox APIs, and never gtag's consent command", () => {
    const required = [...code.matchAll(/require\('(\w+)'\)/g)].map((m) => m[1]);
    const { apis } = createSandbox(permissions, { globals: {} });
    expect(required.filter((name) => !(name in apis))).toEqual([]);
    // Google: templates use updateConsentState, as gtag('consent', …) waits behind the queued events.
    expect(required).not.toContain("createArgumentsQueue");
    expect(required).not.toContain("callInWindow");
    expect(identifiers(program).filter((name) => /^(gtag|dataLayer)$/i.test(name))).toEqual([]);
  });

  it("is written in the JavaScript subset the sandbox runs", () => {
    // Sandboxed JavaScript has no `new`, `this`, classes, regular expressions, template strings,
    // spread, for…of or typeof (getType stands in for it).
    const forbidden = new Set([
      "NewExpression",
      "ThisExpression",
      "ClassDeclaration",
      "ClassExpression",
      "TemplateLiteral",
      "SpreadElement",
      "ForOfStatement",
      "ForInStatement",
    ]);
    const found: string[] = [];
    const walk = (node: unknown): void => {
      if (!node || typeof node != "object") return;
      const n = node as { type?: string; regex?: unknown; operator?: string };
      if (n.type && forbidden.has(n.type)) found.push(n.type);
      if (n.type == "Literal" && n.regex) found.push("RegExp");
      if (n.type == "UnaryExpression" && n.operator == "typeof") found.push("typeof");
      Object.values(node).forEach(walk);
    };
    walk(program);
    expect(found).toEqual([]);
  });
});

// ------------------------------------------------------------------------------------------------
// The template and Assent on one page.

const CONFIG: AssentConfig = {
  categories: [
    { id: "necessary", required: true, title: "Necessary", googleConsent: ["security_storage"] },
    { id: "analytics", title: "Analytics", googleConsent: ["analytics_storage"] },
    { id: "marketing", title: "Marketing", googleConsent: ["ad_storage", "ad_user_data", "ad_personalization"] },
  ],
  googleConsentMode: { waitForUpdate: 1500, adsDataRedaction: true },
};

const FIELDS = {
  scriptUrl: "https://www.shop.example/assent.js",
  configUrl: "/consent.json",
  waitForUpdate: "500",
  adsDataRedaction: true,
  urlPassthrough: false,
  defaults: [
    {
      region: "",
      ad_storage: "denied",
      ad_user_data: "denied",
      ad_personalization: "denied",
      analytics_storage: "denied",
      functionality_storage: "denied",
      personalization_storage: "denied",
      security_storage: "granted",
    },
  ],
};

/** A page whose Tag Manager container runs the template; the "script" it injects starts Assent. */
async function openPage(cookie = "") {
  const { window } = new JSDOM("<!doctype html><head></head><body></body>", {
    url: "https://www.shop.example/",
    virtualConsole: new VirtualConsole(),
  });
  const win = window as unknown as Window;
  if (cookie) win.document.cookie = cookie;
  const fetch = vi.fn((_url: string) => Promise.resolve(new Response(JSON.stringify(CONFIG))));
  Object.assign(win, { fetch });
  const page: SandboxPage = {
    globals: win as unknown as Record<string, unknown>,
    // What dist/assent.js does when it runs (src/auto.ts), without needing a build for unit tests.
    inject(_url, loaded) {
      const assent = createAssent(win);
      win.Assent = assent;
      assent.init();
      loaded();
    },
  };
  const sandbox = createSandbox(permissions, page);
  runTemplateCode(code, sandbox, FIELDS);
  await new Promise((resolve) => setTimeout(resolve, 20));
  const consentCommands = () =>
    (win.dataLayer || []).filter((entry) => Object.prototype.toString.call(entry) == "[object Arguments]");
  return { win, fetch, calls: sandbox.calls, assent: win.Assent!, consentCommands };
}

describe("the template and Assent on one page", () => {
  it("sets the defaults from the template's fields, and Assent pushes none of its own", async () => {
    const page = await openPage();
    const { region: _everywhere, ...states } = FIELDS.defaults[0];
    expect(page.calls.setDefaultConsentState).toEqual([[{ ...states, wait_for_update: 500 }]]);
    expect(page.calls.gtagSet).toEqual([["ads_data_redaction", true]]);
    expect(page.fetch).toHaveBeenCalledWith("/consent.json", expect.anything());
    // Assent started from the config URL and is waiting for a choice, having said nothing to gtag.
    expect(page.assent.getConsent()).toBeNull();
    expect(page.consentCommands()).toEqual([]);
    expect(page.calls.updateConsentState).toBeUndefined();
    expect(page.calls.gtmOnSuccess).toHaveLength(1);
  });

  it("turns each choice and a withdrawal into updateConsentState", async () => {
    const page = await openPage();
    page.assent.accept(["analytics"]);
    expect(page.calls.updateConsentState).toEqual([
      [
        {
          security_storage: "granted",
          analytics_storage: "granted",
          ad_storage: "denied",
          ad_user_data: "denied",
          ad_personalization: "denied",
        },
      ],
    ]);
    page.assent.reset();
    expect(page.calls.updateConsentState![1]).toEqual([
      {
        security_storage: "granted",
        analytics_storage: "denied",
        ad_storage: "denied",
        ad_user_data: "denied",
        ad_personalization: "denied",
      },
    ]);
    expect(page.consentCommands()).toEqual([]);
    // The assent_consent event still reaches the dataLayer, for Tag Manager triggers.
    expect(page.win.dataLayer).toContainEqual({
      event: "assent_consent",
      assent: { categories: ["necessary", "analytics"], services: [] },
    });
  });

  it("passes a returning visitor's stored choice on at page load", async () => {
    const first = await openPage();
    first.assent.acceptAll();
    const cookie = first.win.document.cookie.split("; ").find((c) => c.startsWith("assent="))!;
    const next = await openPage(cookie);
    expect(next.calls.updateConsentState).toEqual([
      [
        {
          security_storage: "granted",
          analytics_storage: "granted",
          ad_storage: "granted",
          ad_user_data: "granted",
          ad_personalization: "granted",
        },
      ],
    ]);
    expect(next.consentCommands()).toEqual([]);
  });
});
