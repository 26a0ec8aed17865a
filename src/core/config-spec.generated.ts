// Generated from src/config/spec.ts by `npm run generate`: edit that file, not this one.
import type { GoogleConsentType } from "../types";
import { UI_TEXT_KEYS } from "./ui-text-keys";
import {
  BOOLEAN,
  CATEGORY_REF,
  id,
  LANGUAGE_OR_AUTO,
  LANGUAGE_TAG,
  list,
  map,
  matches,
  NAME,
  oneOf,
  range,
  shape,
  STRING,
  TEXT,
  ZERO_OR_POSITIVE,
} from "./checks";

/** A Google Consent Mode v2 type. */
export const GOOGLE_CONSENT_TYPES: readonly GoogleConsentType[] = [
  "ad_storage",
  "ad_user_data",
  "ad_personalization",
  "analytics_storage",
  "functionality_storage",
  "personalization_storage",
  "security_storage",
];
const COOKIE_DECLARATION = shape(
  { name: NAME, host: STRING, party: oneOf(["first", "third"]), duration: TEXT, description: TEXT },
  ["name"],
);
const SERVICE_CONFIG = shape(
  {
    id: id("s", /^[\w-]{1,64}$/, "letters, digits, _ or - (at most 64 characters)"),
    title: TEXT,
    description: TEXT,
    policyUrl: TEXT,
    cookies: list(COOKIE_DECLARATION),
    storage: list(STRING),
    urls: list(NAME),
  },
  ["id", "title"],
);
const CATEGORY_CONFIG = shape(
  {
    id: id("c", /^[\w-]{1,64}$/, "letters, digits, _ or - (at most 64 characters)"),
    required: BOOLEAN,
    default: BOOLEAN,
    toggleServices: BOOLEAN,
    title: TEXT,
    description: TEXT,
    googleConsent: list(oneOf(GOOGLE_CONSENT_TYPES)),
    services: list(SERVICE_CONFIG),
  },
  ["id", "title"],
);

/** The whole config, as a table of checks (see src/core/checks.ts). */
export const CONFIG_CHECK = shape(
  {
    $schema: STRING,
    revision: range(1, 9007199254740991, true, "a whole number from 1 to 9007199254740991"),
    language: LANGUAGE_OR_AUTO,
    languages: list(LANGUAGE_TAG, true),
    policyUrl: TEXT,
    cookie: shape({
      name: matches(/^[\w!#$%&'*+.^`|~-]+$/, "a cookie name without spaces or ;,="),
      expiresDays: shape(
        {
          accept: range(1, 3650, false, "a number of days from 1 to 3650"),
          reject: range(1, 3650, false, "a number of days from 1 to 3650"),
        },
        [],
        range(1, 3650, false, "a number of days from 1 to 3650 or { accept, reject }"),
      ),
      domain: matches(/^[^;,\s]*$/, 'a domain without ";", "," or spaces'),
      path: matches(/^\/[^;,\s]*$/, 'a path starting with "/", without ";", "," or spaces'),
      sameSite: oneOf(["Lax", "Strict", "None"]),
    }),
    layout: oneOf(["bar", "box"]),
    theme: oneOf(["light", "dark", "auto"]),
    blocking: BOOLEAN,
    reopenButton: BOOLEAN,
    categories: list(CATEGORY_CONFIG, true),
    text: map(shape(/* @__PURE__ */ Object.fromEntries(/* @__PURE__ */ UI_TEXT_KEYS.map((key) => [key, STRING])))),
    globalPrivacyControl: shape({ deny: list(CATEGORY_REF) }, ["deny"]),
    googleConsentMode: shape({
      waitForUpdate: ZERO_OR_POSITIVE,
      adsDataRedaction: BOOLEAN,
      urlPassthrough: BOOLEAN,
      region: list(NAME),
    }),
    reloadOnWithdraw: BOOLEAN,
    consentLog: shape({ endpoint: NAME }, ["endpoint"]),
    autoBlock: BOOLEAN,
  },
  ["categories"],
);

/** The value of every key the config may leave out. */
export const CONFIG_DEFAULTS = {
  revision: 1,
  language: "auto",
  languages: ["en"],
  cookie: { name: "assent", expiresDays: 365, domain: "", path: "/", sameSite: "Lax" },
  layout: "bar",
  blocking: false,
  reopenButton: false,
  text: {},
  globalPrivacyControl: { deny: [] },
  googleConsentMode: { waitForUpdate: 500 },
  reloadOnWithdraw: false,
} as const;
