import type { CategoryConfig, ConsentModeStates, GoogleConsentType } from "../types";
import type { NormalizedConfig } from "./config-defaults";
import { CONFIG_DEFAULTS, GOOGLE_CONSENT_TYPES } from "./config-spec.generated";

/** Every Google Consent Mode v2 type a category can map in `googleConsent` (declared in src/config/spec.ts). */
export { GOOGLE_CONSENT_TYPES };

/** The arguments of one `gtag(...)` call, e.g. `["consent", "update", { analytics_storage: "granted" }]`. */
export type GtagArgs = unknown[];

const GRANTED = "granted";
const DENIED = "denied";

/** Every mapped type, in mapping order: granted when `isGranted` says so for the categories that map it. */
function mappedStates(config: NormalizedConfig, isGranted: (mappers: CategoryConfig[]) => unknown): ConsentModeStates {
  const mappers: { [type: string]: CategoryConfig[] } = {};
  for (const category of config.categories)
    for (const type of category.googleConsent || []) (mappers[type] ||= []).push(category);
  const states: ConsentModeStates = {};
  for (const type in mappers) states[type as GoogleConsentType] = isGranted(mappers[type]) ? GRANTED : DENIED;
  return states;
}

/**
 * The `gtag()` calls to make while Assent's script runs, before any Google tag:
 * `gtag("set", "ads_data_redaction", …)` and `gtag("set", "url_passthrough", …)`
 * when the config sets them, then `gtag("consent", "default", …)`.
 *
 * Every type that some category maps in `googleConsent` is in the default:
 * denied when any non-required category maps it, granted when only required
 * categories do. `wait_for_update` comes from `googleConsentMode.waitForUpdate`,
 * and `region` (when not empty) scopes the default to those regions.
 * Returns `[]` when no category has a `googleConsent` mapping: Assent then says
 * nothing to Google at all.
 */
export function consentDefaultCommands(config: NormalizedConfig): GtagArgs[] {
  // A required category can't grant what an optional one holds back.
  const states = mappedStates(config, (mappers) => mappers.every((category) => category.required));
  if (!Object.keys(states).length) return [];

  const { adsDataRedaction, urlPassthrough, waitForUpdate, region } = config.googleConsentMode;
  const commands: GtagArgs[] = [];
  // Google's guide sets these alongside the default, before any tag reads them:
  // https://developers.google.com/tag-platform/security/guides/consent
  if (adsDataRedaction != null) commands.push(["set", "ads_data_redaction", adsDataRedaction]);
  if (urlPassthrough != null) commands.push(["set", "url_passthrough", urlPassthrough]);
  commands.push([
    "consent",
    "default",
    { ...states, wait_for_update: waitForUpdate, ...(region && region.length ? { region: region.slice() } : {}) },
  ]);
  return commands;
}

/**
 * The `gtag("consent", "update", …)` call for the visitor's current choice:
 * every mapped type, `"granted"` or `"denied"`. A type mapped by several
 * categories is granted when ANY of them is granted (required categories
 * always are), because granting one of them is consent to that storage.
 * Returns null when no category has a `googleConsent` mapping.
 */
export function consentUpdateCommand(config: NormalizedConfig, isCategoryGranted: (id: string) => boolean): GtagArgs | null {
  const states = mappedStates(config, (mappers) =>
    mappers.some((category) => category.required || isCategoryGranted(category.id)),
  );
  return Object.keys(states).length ? ["consent", "update", states] : null;
}

/**
 * The default pushed at once when the config is still being fetched
 * (`data-config`), so tags that load meanwhile start denied (README "Google Consent Mode v2 and Global Privacy Control"):
 * everything denied except `security_storage`. The real default and the update
 * follow once the config has arrived.
 */
export const FALLBACK_DEFAULT_COMMAND: GtagArgs = [
  "consent",
  "default",
  // Marked pure (no spread, which rollup must assume may run getters) so that a bundle that never
  // fetches its config (a site build's core, rollup.config.mjs) leaves this out.
  /* @__PURE__ */ Object.assign(
    /* @__PURE__ */ Object.fromEntries(
      /* @__PURE__ */ GOOGLE_CONSENT_TYPES.map((type) => [type, type == "security_storage" ? GRANTED : DENIED]),
    ),
    { wait_for_update: CONFIG_DEFAULTS.googleConsentMode.waitForUpdate },
  ),
];
