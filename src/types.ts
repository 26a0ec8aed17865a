import type { UiTextKey } from "./core/ui-text-keys";

/**
 * Public types of Assent. They mirror the JSON keys of the config one to one
 * (see README "The config" and dist/config.schema.json), so a site owner can read the
 * config file and these types side by side.
 */

// <config types> generated from src/config/spec.ts by `npm run generate`: edit that file, not these lines
/** A text shown to visitors: one string for every language, or a map from language code to string. Shown as text, never HTML; [label](url) makes a link (http, https, mailto and relative URLs only). */
export type Text = string | { [language: string]: string };

/** Where and how long the visitor's choice is kept. */
export interface CookieOptions {
  /** Name of the cookie that keeps the choice. Default "assent". */
  name?: string;
  /** Days until the choice expires: a number, or { "accept": 365, "reject": 180 } to keep a refusal for less time than a consent. Default 365. Over 395 (13 months) is a compliance warning. */
  expiresDays?:
    | number
    | {
        /** Days a choice that grants any optional category is kept. Default 365. */
        accept?: number;
        /** Days a choice that grants no optional category is kept. Default 365. */
        reject?: number;
      };
  /** Cookie domain, e.g. ".example.com" to share the choice across subdomains. Default: the current host. */
  domain?: string;
  /** Cookie path. Default "/". */
  path?: string;
  /** SameSite attribute of the cookie. Default "Lax". */
  sameSite?: "Lax" | "Strict" | "None";
}

/** A Google Consent Mode v2 type. */
export type GoogleConsentType =
  | "ad_storage"
  | "ad_user_data"
  | "ad_personalization"
  | "analytics_storage"
  | "functionality_storage"
  | "personalization_storage"
  | "security_storage";

/** One cookie a service sets, as listed in the cookie declaration. */
export interface CookieDeclaration {
  /** Cookie name; * is a wildcard ("_gat_UA-*"). Cookies matching it are erased when consent is withdrawn. */
  name: string;
  /** The host that sets it ("www.example.com", ".linkedin.com"); shown in the cookie table. */
  host?: string;
  /** First- or third-party cookie; third-party cookies can't be erased by the page. */
  party?: "first" | "third";
  /** How long it lives, in words: "Session", "2 years". */
  duration?: Text;
  /** What the cookie is for. */
  description?: Text;
}

/** A third party (or a first-party feature) inside a category. */
export interface ServiceConfig {
  /** Id used by data-service and in getConsent().services: letters, digits, _ and -, at most 64 characters. Unique across the config (checked by `assent validate`; JSON Schema cannot say it). */
  id: string;
  /** Name of the service. */
  title: Text;
  /** What the service does. */
  description?: Text;
  /** Link to the service's own privacy policy. */
  policyUrl?: Text;
  /** The cookies this service sets: shown in the cookie table, erased when consent is withdrawn. */
  cookies?: CookieDeclaration[];
  /** localStorage / sessionStorage key patterns (* is a wildcard) erased when consent is withdrawn. */
  storage?: string[];
  /** Where the service's content comes from: a host (*. for any subdomain), optionally followed by a path prefix, e.g. "*.hotjar.com" or "www.googletagmanager.com/gtag/js". Untagged content from there is held back until the service is granted. */
  urls?: string[];
}

/** A purpose the visitor grants or refuses as a whole. */
export interface CategoryConfig {
  /** Id used by data-category and in getConsent().categories: letters, digits, _ and -, at most 64 characters. Unique (checked by `assent validate`; JSON Schema cannot say it). */
  id: string;
  /** Always granted, shown on and disabled; its content runs before any choice. */
  required?: boolean;
  /** Pre-set on in the preference center (not in the banner). A compliance warning when the category is not required. */
  default?: boolean;
  /** Give every service of this category its own switch in the preference center. */
  toggleServices?: boolean;
  /** Name of the category. */
  title: Text;
  /** What the category is for; shown in the preference center and the cookie declaration. */
  description?: Text;
  /** Google Consent Mode types granted with this category. */
  googleConsent?: GoogleConsentType[];
  /** The third parties (or first-party features) in this category. */
  services?: ServiceConfig[];
}

/** Google Consent Mode v2 options. */
export interface GoogleConsentModeOptions {
  /** Milliseconds Google tags wait for Assent's update after the default. Default 500. */
  waitForUpdate?: number;
  /** gtag("set", "ads_data_redaction", …): redact ad click identifiers while ad_storage is denied. */
  adsDataRedaction?: boolean;
  /** gtag("set", "url_passthrough", …): pass ad click information through URLs while cookies are denied. */
  urlPassthrough?: boolean;
  /** ISO 3166 region codes the default applies to, e.g. ["SE", "US-CA"]. Default: everywhere. */
  region?: string[];
}

/** One JSON file drives Assent's banner, preference center, cookie declaration, clean-up of withdrawn cookies and Google Consent Mode. */
export interface AssentConfig {
  /** The JSON Schema of this file, for editors: https://unpkg.com/assent/dist/config.schema.json */
  $schema?: string;
  /** Raise it to ask every visitor again: choices stored under a lower revision are no longer valid. Default 1. */
  revision?: number;
  /** The UI language, or "auto" (default): the page's <html lang>, then the browser's languages, then the first of `languages`. */
  language?: string;
  /** Languages the site offers, e.g. ["en", "sv"]; the first is the fallback. Default ["en"]. Built-in UI strings: bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv nb nn is uk tr ar (a region such as de-AT uses its language's); any other BCP 47 tag shows English except where `text` gives its strings. */
  languages?: string[];
  /** The privacy policy the banner links to (one URL, or one per language). */
  policyUrl?: Text;
  /** Where and how long the visitor's choice is kept. */
  cookie?: CookieOptions;
  /** "bar" (bottom of the page, full width; default) or "box" (a card in a corner). */
  layout?: "bar" | "box";
  /** Colour scheme: "light", "dark", or "auto" (the visitor's system setting). Default: the page's own, light unless the page declares only a dark color-scheme. */
  theme?: "light" | "dark" | "auto";
  /** Dim the page and block scrolling until the visitor chooses. Default false. */
  blocking?: boolean;
  /** Show a small floating button that reopens the preference center once a choice exists. Default false. */
  reopenButton?: boolean;
  /** The purposes the visitor grants or refuses, in the order they are shown. `assent validate` also rejects what JSON Schema cannot say: duplicate ids, and a config whose consent cookie could exceed 400 bytes (more than 1,986 categories and services together). */
  categories: CategoryConfig[];
  /** Overrides of the built-in UI strings, per language: { "en": { "bannerTitle": "…" } }. Built-in UI strings: bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv nb nn is uk tr ar (a region such as de-AT uses its language's); any other BCP 47 tag shows English except where `text` gives its strings. */
  text?: { [language: string]: Partial<Record<UiTextKey, string>> };
  /** What the browser's Global Privacy Control signal does. */
  globalPrivacyControl?: {
    /** Ids of categories kept off (under Accept all too) when the browser sends Global Privacy Control. Each must be a category of this config (checked by `assent validate`; JSON Schema cannot say it). */
    deny: string[];
  };
  /** Google Consent Mode v2 options. */
  googleConsentMode?: GoogleConsentModeOptions;
  /** Reload the page when a category is withdrawn, so scripts that already ran stop. Default false. */
  reloadOnWithdraw?: boolean;
  /** Proof of consent: a receipt of every choice is sent to the endpoint. */
  consentLog?: {
    /** URL that receives each receipt as JSON (navigator.sendBeacon, else fetch with keepalive). */
    endpoint: string;
  };
  /** false turns off the holding back of untagged content that matches services[].urls. Default true. */
  autoBlock?: boolean;
}
// </config types>

/** The keys of every built-in UI string, listed once in src/core/ui-text-keys.ts. */
export type { UiTextKey };

/** A UI string table: every key, in one language. */
export type UiText = Record<UiTextKey, string>;

/** The visitor's recorded choice (`getConsent()`). */
export interface Consent {
  /** Random id of this visitor's consent; kept across later choices until `reset()`. */
  id: string;
  /** The config revision the choice was made under. */
  revision: number;
  /** Granted category ids (required ones included). */
  categories: string[];
  /** Granted service ids. */
  services: string[];
  /** ISO 8601: the first choice under this id. */
  createdAt: string;
  /** ISO 8601: the latest choice. */
  updatedAt: string;
}

/** Payload of the `change` event: category ids granted and revoked by the latest choice. */
export interface ConsentChange {
  granted: string[];
  revoked: string[];
}

export type ConsentAction = "accept_all" | "reject_all" | "custom" | "withdraw";
export type ConsentSource = "banner" | "preferences" | "placeholder" | "api";

/** What `consentLog.endpoint` receives for every recorded choice (README "Proof of consent"). */
export interface ConsentReceipt {
  consentId: string;
  revision: number;
  categories: string[];
  services: string[];
  action: ConsentAction;
  source: ConsentSource;
  language: string;
  /** SHA-256, lower-case hex, of the texts the visitor was shown. */
  textHash: string;
  /** The page's absolute URL without query string or fragment. */
  url: string;
  timestamp: string;
}

/** Events of `Assent.on()` and their payloads. */
export interface AssentEvents {
  consent: Consent;
  change: ConsentChange;
}

/** `window.Assent` and the ES module's exports (README "JavaScript API"). */
export interface AssentApi {
  /** Starts Assent; a second call is ignored. */
  init(config?: AssentConfig): void;
  acceptAll(): void;
  rejectAll(): void;
  /** Records exactly these categories (and services); required categories are always in. */
  accept(categories: string[], services?: string[]): void;
  /** `true` if the category (and service) is granted now; always `true` for a required category. */
  allowed(category: string, service?: string): boolean;
  getConsent(): Consent | null;
  showBanner(): void;
  showPreferences(): void;
  hide(): void;
  /** Withdraws: erases the choice cookie and the declared cookies, shows the banner. */
  reset(): void;
  /** Subscribes; returns the unsubscribe function. */
  on<E extends keyof AssentEvents>(event: E, listener: (payload: AssentEvents[E]) => void): () => void;
  /**
   * The visitor's choice as it changes: calls `listener` with the `getConsent()` value at once if
   * Assent has started, else when it starts (with the stored choice, or `null`; also `null` when the
   * config is invalid), then after every recorded choice and after `reset()`. Each report is also
   * dispatched on `document` as `assent:state`. Returns the unsubscribe function.
   */
  subscribe(listener: (consent: Consent | null) => void): () => void;
}

/** A Google Consent Mode state per type, e.g. `{ analytics_storage: "granted", ad_storage: "denied" }`. */
export type ConsentModeStates = { [type in GoogleConsentType]?: "granted" | "denied" };

declare global {
  interface Window {
    dataLayer?: unknown[];
    gtag?: (...args: unknown[]) => void;
    /** The config, or the URL to fetch it from (as `data-config`). */
    assentConfig?: AssentConfig | string;
    /** Left by Assent's Tag Manager template (gtm/): receives each Consent Mode update instead of gtag. */
    assentGtm?: (states: ConsentModeStates) => void;
    Assent?: AssentApi;
  }
  interface Navigator {
    /** Global Privacy Control (https://privacycg.github.io/gpc-spec/). */
    readonly globalPrivacyControl?: boolean;
  }
}
