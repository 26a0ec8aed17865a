/**
 * THE declaration of the config: every key, its type, constraints, default and
 * description, once. Everything else follows from it (`npm run generate`):
 * the TypeScript types (the generated part of src/types.ts), the validator's
 * table and the defaults (src/core/config-spec.generated.ts), and the JSON
 * Schema (dist/config.schema.json, made by the build). tests/unit/config/
 * fails when a generated file was not regenerated.
 *
 * Adding a key is one edit here, then `npm run generate`. Descriptions and
 * names stay out of the browser build: only the generated checks and defaults go in.
 */
import { BUILT_IN_LANGUAGES } from "../core/language";
import type { UiTextKey } from "../types";
import type { SpecNode } from "./spec-node";

/** A text shown to visitors. */
const TEXT: SpecNode = {
  name: "Text",
  definition: "text",
  description:
    "A text shown to visitors: one string for every language, or a map from language code to string. Shown as text, never HTML; [label](url) makes a link (http, https, mailto and relative URLs only).",
  anyOf: [
    { type: "string", minLength: 1 },
    { type: "object", minProperties: 1, additionalProperties: { type: "string" } },
  ],
  check: "text",
  ts: "string | { [language: string]: string }",
};
const text = (description: string): SpecNode => ({ use: TEXT, description });

/** Which languages need no `text` of the site's own: the one list, src/core/language.ts. */
const BUILT_IN = `Built-in UI strings: ${BUILT_IN_LANGUAGES.join(" ")} (a region such as de-AT uses its language's); any other BCP 47 tag shows English except where \`text\` gives its strings.`;

/** The Google Consent Mode v2 types, in Google's order: the one list of them (src/core/consent-mode.ts uses it). */
const GOOGLE_CONSENT_TYPE: SpecNode = {
  name: "GoogleConsentType",
  definition: "googleConsentType",
  description: "A Google Consent Mode v2 type.",
  enum: [
    "ad_storage",
    "ad_user_data",
    "ad_personalization",
    "analytics_storage",
    "functionality_storage",
    "personalization_storage",
    "security_storage",
  ],
};

/** Category and service ids: safe in `data-category` and in the consent cookie. */
const ID = {
  type: "string",
  // 64: the longest id the consent cookie's fingerprint is tested with (src/core/consent-codec.ts).
  pattern: "^[\\w-]{1,64}$",
  expected: "letters, digits, _ or - (at most 64 characters)",
} as const;

/** A BCP 47 language tag; the validator also asks Intl, which the UI hands it to (README, "Languages"). */
const LANGUAGE_TAG_PATTERN = "[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*";

/** Days a choice is kept: under 1 the browser writes Max-Age=0, past ten years nobody means it (1e308 is a session cookie). */
const DAYS = { type: "number", minimum: 1, maximum: 3650, expected: "a number of days from 1 to 3650" } as const;

const COOKIE_DECLARATION: SpecNode = {
  name: "CookieDeclaration",
  definition: "cookie",
  description: "One cookie a service sets, as listed in the cookie declaration.",
  type: "object",
  required: ["name"],
  properties: {
    name: {
      type: "string",
      minLength: 1,
      description: 'Cookie name; * is a wildcard ("_gat_UA-*"). Cookies matching it are erased when consent is withdrawn.',
    },
    host: {
      type: "string",
      description: 'The host that sets it ("www.example.com", ".linkedin.com"); shown in the cookie table.',
    },
    party: {
      enum: ["first", "third"],
      description: "First- or third-party cookie; third-party cookies can't be erased by the page.",
    },
    duration: text('How long it lives, in words: "Session", "2 years".'),
    description: text("What the cookie is for."),
  },
};

const SERVICE: SpecNode = {
  name: "ServiceConfig",
  definition: "service",
  description: "A third party (or a first-party feature) inside a category.",
  type: "object",
  required: ["id", "title"],
  properties: {
    id: {
      ...ID,
      check: "serviceId",
      description:
        "Id used by data-service and in getConsent().services: letters, digits, _ and -, at most 64 characters. Unique across the config (checked by `assent validate`; JSON Schema cannot say it).",
    },
    title: text("Name of the service."),
    description: text("What the service does."),
    policyUrl: text("Link to the service's own privacy policy."),
    cookies: {
      type: "array",
      items: COOKIE_DECLARATION,
      description: "The cookies this service sets: shown in the cookie table, erased when consent is withdrawn.",
    },
    storage: {
      type: "array",
      items: { type: "string" },
      description: "localStorage / sessionStorage key patterns (* is a wildcard) erased when consent is withdrawn.",
    },
    urls: {
      type: "array",
      items: { type: "string", minLength: 1 },
      description:
        'Where the service\'s content comes from: a host (*. for any subdomain), optionally followed by a path prefix, e.g. "*.hotjar.com" or "www.googletagmanager.com/gtag/js". Untagged content from there is held back until the service is granted.',
    },
  },
};

const CATEGORY: SpecNode = {
  name: "CategoryConfig",
  definition: "category",
  description: "A purpose the visitor grants or refuses as a whole.",
  type: "object",
  required: ["id", "title"],
  properties: {
    id: {
      ...ID,
      check: "categoryId",
      description:
        "Id used by data-category and in getConsent().categories: letters, digits, _ and -, at most 64 characters. Unique (checked by `assent validate`; JSON Schema cannot say it).",
    },
    required: {
      type: "boolean",
      description: "Always granted, shown on and disabled; its content runs before any choice.",
    },
    default: {
      type: "boolean",
      description:
        "Pre-set on in the preference center (not in the banner). A compliance warning when the category is not required.",
    },
    toggleServices: {
      type: "boolean",
      description: "Give every service of this category its own switch in the preference center.",
    },
    title: text("Name of the category."),
    description: text("What the category is for; shown in the preference center and the cookie declaration."),
    googleConsent: {
      type: "array",
      items: GOOGLE_CONSENT_TYPE,
      description: "Google Consent Mode types granted with this category.",
    },
    services: {
      type: "array",
      items: SERVICE,
      description: "The third parties (or first-party features) in this category.",
    },
  },
};

/** What each built-in UI string is, for the `text` overrides (the strings themselves are in src/locales/). */
const UI_TEXT: Record<UiTextKey, string> = {
  bannerTitle: "Heading of the banner.",
  bannerBody: "Text of the banner; names the categories in use and says the choice can be changed at any time.",
  bannerLabel: "Accessible name of the banner region.",
  acceptAll: "The Accept all button.",
  rejectAll: "The Reject all button.",
  customize: "The Customize button, which opens the preference center.",
  save: "The Save choices button of the preference center.",
  preferencesTitle: "Heading of the preference center.",
  preferencesBody: "Introduction at the top of the preference center.",
  close: "Accessible name of the close button.",
  alwaysOn: "Shown instead of a switch for required categories.",
  policyLink: "Text of the link to the privacy policy.",
  services: "Heading of a category's services.",
  cookies: "Heading of a service's cookie table.",
  cookieName: "Cookie table column: name.",
  cookieService: "Cookie table column: the service that sets the cookie.",
  cookieHost: "Cookie table column: host.",
  cookieDuration: "Cookie table column: duration.",
  cookieDescription: "Cookie table column: description.",
  partyFirst: "Label of a first-party cookie.",
  partyThird: "Label of a third-party cookie.",
  gpcHonoured: "Says that the browser's Global Privacy Control signal was honoured.",
  placeholderTitle: "Heading of the placeholder shown instead of a blocked iframe.",
  placeholderBody: "Text of the placeholder shown instead of a blocked iframe.",
  placeholderButton: "Button of the placeholder that allows the content.",
  reopen: "Accessible name of the floating button that reopens the preference center.",
  declarationEmpty: "Shown in the cookie declaration when no cookie is declared.",
  and: 'The word that joins the last two category titles in a sentence ("analytics and marketing").',
  partlyOn: "Under a category that is off but has services a placeholder's button allowed; {services} names them.",
  consentId: "In the preference center once a choice exists; {id} is the visitor's consent id (as in the receipts).",
  consentDate: "In the preference center once a choice exists; {date} is the date of the choice.",
};

/** The whole config. Keys are checked in this order, so categories are known before anything refers to them. */
export const CONFIG_SPEC: SpecNode = {
  name: "AssentConfig",
  description:
    "One JSON file drives Assent's banner, preference center, cookie declaration, clean-up of withdrawn cookies and Google Consent Mode.",
  type: "object",
  required: ["categories"],
  properties: {
    $schema: {
      type: "string",
      description: "The JSON Schema of this file, for editors: https://unpkg.com/assent/dist/config.schema.json",
    },
    revision: {
      type: "integer",
      minimum: 1,
      // The largest integer that survives the cookie's base36 round trip exactly (src/core/consent-codec.ts).
      maximum: Number.MAX_SAFE_INTEGER,
      expected: "a whole number from 1 to 9007199254740991",
      default: 1,
      description: "Raise it to ask every visitor again: choices stored under a lower revision are no longer valid. Default 1.",
    },
    language: {
      type: "string",
      pattern: `^(auto|${LANGUAGE_TAG_PATTERN})$`,
      check: "languageOrAuto",
      default: "auto",
      examples: ["auto", ...BUILT_IN_LANGUAGES],
      description:
        "The UI language, or \"auto\" (default): the page's <html lang>, then the browser's languages, then the first of `languages`.",
    },
    languages: {
      type: "array",
      minItems: 1,
      items: { type: "string", pattern: `^${LANGUAGE_TAG_PATTERN}$`, check: "languageTag", examples: BUILT_IN_LANGUAGES },
      default: ["en"],
      description: `Languages the site offers, e.g. ["en", "sv"]; the first is the fallback. Default ["en"]. ${BUILT_IN}`,
    },
    policyUrl: text("The privacy policy the banner links to (one URL, or one per language)."),
    cookie: {
      name: "CookieOptions",
      type: "object",
      default: {},
      description: "Where and how long the visitor's choice is kept.",
      properties: {
        name: {
          type: "string",
          // RFC 6265 §4.1.1: a cookie-name is an RFC 2616 token.
          pattern: "^[\\w!#$%&'*+.^`|~-]+$",
          expected: "a cookie name without spaces or ;,=",
          default: "assent",
          description: 'Name of the cookie that keeps the choice. Default "assent".',
        },
        expiresDays: {
          anyOf: [
            DAYS,
            {
              type: "object",
              properties: {
                accept: { ...DAYS, description: "Days a choice that grants any optional category is kept. Default 365." },
                reject: { ...DAYS, description: "Days a choice that grants no optional category is kept. Default 365." },
              },
            },
          ],
          expected: "a number of days from 1 to 3650 or { accept, reject }",
          default: 365,
          description:
            'Days until the choice expires: a number, or { "accept": 365, "reject": 180 } to keep a refusal for less time than a consent. Default 365. Over 395 (13 months) is a compliance warning.',
        },
        domain: {
          type: "string",
          // ";" would add attributes of its own ("; Path=/elsewhere"), and the browser refuses a cookie that has them.
          pattern: "^[^;,\\s]*$",
          expected: 'a domain without ";", "," or spaces',
          default: "",
          description: 'Cookie domain, e.g. ".example.com" to share the choice across subdomains. Default: the current host.',
        },
        path: {
          type: "string",
          pattern: "^/[^;,\\s]*$",
          expected: 'a path starting with "/", without ";", "," or spaces',
          default: "/",
          description: 'Cookie path. Default "/".',
        },
        sameSite: {
          enum: ["Lax", "Strict", "None"],
          default: "Lax",
          description: 'SameSite attribute of the cookie. Default "Lax".',
        },
      },
    },
    layout: {
      enum: ["bar", "box"],
      default: "bar",
      description: '"bar" (bottom of the page, full width; default) or "box" (a card in a corner).',
    },
    theme: {
      enum: ["light", "dark", "auto"],
      description:
        'Colour scheme: "light", "dark", or "auto" (the visitor\'s system setting). Default: the page\'s own, light unless the page declares only a dark color-scheme.',
    },
    blocking: {
      type: "boolean",
      default: false,
      description: "Dim the page and block scrolling until the visitor chooses. Default false.",
    },
    reopenButton: {
      type: "boolean",
      default: false,
      description: "Show a small floating button that reopens the preference center once a choice exists. Default false.",
    },
    categories: {
      type: "array",
      minItems: 1,
      items: CATEGORY,
      description:
        "The purposes the visitor grants or refuses, in the order they are shown. `assent validate` also rejects what JSON Schema cannot say: duplicate ids, and a config whose consent cookie could exceed 400 bytes (more than 1,986 categories and services together).",
    },
    text: {
      type: "object",
      default: {},
      additionalProperties: {
        type: "object",
        description: "UI strings of one language.",
        keysFrom: "UI_TEXT_KEYS",
        properties: Object.fromEntries(
          Object.entries(UI_TEXT).map(([key, description]) => [key, { type: "string", description }]),
        ),
      },
      ts: "{ [language: string]: Partial<Record<UiTextKey, string>> }",
      description: `Overrides of the built-in UI strings, per language: { "en": { "bannerTitle": "…" } }. ${BUILT_IN}`,
    },
    globalPrivacyControl: {
      type: "object",
      required: ["deny"],
      default: { deny: [] },
      description: "What the browser's Global Privacy Control signal does.",
      properties: {
        deny: {
          type: "array",
          items: { type: "string", check: "categoryRef" },
          description:
            "Ids of categories kept off (under Accept all too) when the browser sends Global Privacy Control. Each must be a category of this config (checked by `assent validate`; JSON Schema cannot say it).",
        },
      },
    },
    googleConsentMode: {
      name: "GoogleConsentModeOptions",
      type: "object",
      default: {},
      description: "Google Consent Mode v2 options.",
      properties: {
        waitForUpdate: {
          type: "number",
          minimum: 0,
          default: 500,
          description: "Milliseconds Google tags wait for Assent's update after the default. Default 500.",
        },
        adsDataRedaction: {
          type: "boolean",
          description: 'gtag("set", "ads_data_redaction", …): redact ad click identifiers while ad_storage is denied.',
        },
        urlPassthrough: {
          type: "boolean",
          description: 'gtag("set", "url_passthrough", …): pass ad click information through URLs while cookies are denied.',
        },
        region: {
          type: "array",
          items: { type: "string", minLength: 1 },
          description: 'ISO 3166 region codes the default applies to, e.g. ["SE", "US-CA"]. Default: everywhere.',
        },
      },
    },
    reloadOnWithdraw: {
      type: "boolean",
      default: false,
      description: "Reload the page when a category is withdrawn, so scripts that already ran stop. Default false.",
    },
    consentLog: {
      type: "object",
      required: ["endpoint"],
      description: "Proof of consent: a receipt of every choice is sent to the endpoint.",
      properties: {
        endpoint: {
          type: "string",
          minLength: 1,
          description: "URL that receives each receipt as JSON (navigator.sendBeacon, else fetch with keepalive).",
        },
      },
    },
    autoBlock: {
      type: "boolean",
      description: "false turns off the holding back of untagged content that matches services[].urls. Default true.",
    },
  },
};
