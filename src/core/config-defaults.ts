import type { AssentConfig, CategoryConfig, CookieOptions, GoogleConsentModeOptions } from "../types";

/** Days a choice is kept when the config says nothing: one year (README "The config"). */
export const DEFAULT_EXPIRES_DAYS = 365;
/** Milliseconds Google tags wait for our update after the default (README "Google Consent Mode v2 and Global Privacy Control"). */
export const DEFAULT_WAIT_FOR_UPDATE = 500;

/** The config with every default filled in, so the rest of the code never checks for `undefined`. */
export interface NormalizedConfig extends AssentConfig {
  revision: number;
  language: string;
  languages: string[];
  cookie: Required<Omit<CookieOptions, "expiresDays">> & { expiresDays: { accept: number; reject: number } };
  layout: "bar" | "box";
  theme: "light" | "dark" | "auto";
  blocking: boolean;
  reopenButton: boolean;
  categories: CategoryConfig[];
  text: NonNullable<AssentConfig["text"]>;
  globalPrivacyControl: { deny: string[] };
  googleConsentMode: GoogleConsentModeOptions & { waitForUpdate: number };
  reloadOnWithdraw: boolean;
}

/**
 * Fills every default of a config that `validateConfig` accepted: it relies on
 * that (numbers positive, lists not empty), so `||` picks a default safely.
 * Pure: the input is not changed.
 */
export function normalizeConfig(config: AssentConfig): NormalizedConfig {
  const cookie = config.cookie || {};
  const days = cookie.expiresDays || DEFAULT_EXPIRES_DAYS;
  const googleConsentMode = config.googleConsentMode || {};
  const waitForUpdate = googleConsentMode.waitForUpdate;
  return {
    ...config,
    revision: config.revision || 1,
    language: config.language || "auto",
    languages: config.languages || ["en"],
    cookie: {
      name: cookie.name || "assent",
      domain: cookie.domain || "",
      path: cookie.path || "/",
      sameSite: cookie.sameSite || "Lax",
      expiresDays:
        typeof days == "number"
          ? { accept: days, reject: days }
          : { accept: days.accept || DEFAULT_EXPIRES_DAYS, reject: days.reject || DEFAULT_EXPIRES_DAYS },
    },
    layout: config.layout || "bar",
    theme: config.theme || "auto",
    blocking: !!config.blocking,
    reopenButton: !!config.reopenButton,
    text: config.text || {},
    globalPrivacyControl: { deny: (config.globalPrivacyControl || { deny: [] }).deny },
    // 0 is a valid wait: only a missing one gets the default.
    googleConsentMode: { ...googleConsentMode, waitForUpdate: waitForUpdate == null ? DEFAULT_WAIT_FOR_UPDATE : waitForUpdate },
    reloadOnWithdraw: !!config.reloadOnWithdraw,
  };
}
