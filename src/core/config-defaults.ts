import type { AssentConfig, CookieOptions } from "../types";
import { isObject } from "./checks";
import { CONFIG_DEFAULTS } from "./config-spec.generated";

type Defaults = typeof CONFIG_DEFAULTS;

/** `T` with every key that `D` gives a default for made present, into nested objects. */
type Filled<T, D> = T & {
  [K in keyof D & keyof T]-?: D[K] extends readonly unknown[] | string | number | boolean
    ? Exclude<T[K], undefined>
    : Filled<Exclude<T[K], undefined>, D[K]>;
};

/** The config with every default filled in (src/config/spec.ts says which), so the rest of the code never checks for `undefined`. */
export type NormalizedConfig = Omit<Filled<AssentConfig, Defaults>, "cookie"> & {
  cookie: Omit<Filled<CookieOptions, Defaults["cookie"]>, "expiresDays"> & { expiresDays: { accept: number; reject: number } };
};

/** `value` with the keys it lacks taken from `defaults` (copied, so no two configs share a list), into nested objects. */
function fill(value: object, defaults: object): object {
  const filled: Record<string, unknown> = { ...value };
  for (const [key, fallback] of Object.entries(defaults)) {
    const given = (value as Record<string, unknown>)[key];
    const nested = isObject(fallback);
    filled[key] =
      given === undefined
        ? nested
          ? fill({}, fallback)
          : Array.isArray(fallback)
            ? fallback.slice()
            : fallback
        : nested
          ? fill(given as object, fallback)
          : given;
  }
  return filled;
}

/**
 * Fills every default of a config that `validateConfig` accepted (it relies on
 * that). `cookie.expiresDays` becomes `{ accept, reject }`. Pure: the input is not changed.
 */
export function normalizeConfig(config: AssentConfig): NormalizedConfig {
  // The one cast: `fill` works on plain objects, and `Filled` says what it makes of these two.
  const filled = fill(config, CONFIG_DEFAULTS) as Filled<AssentConfig, Defaults>;
  const days = filled.cookie.expiresDays;
  const day = CONFIG_DEFAULTS.cookie.expiresDays;
  const expiresDays =
    typeof days == "number" ? { accept: days, reject: days } : { accept: days.accept || day, reject: days.reject || day };
  return { ...filled, cookie: { ...filled.cookie, expiresDays } };
}
