import type { CategoryConfig, Consent, ConsentChange } from "../types";
import type { NormalizedConfig } from "./config-defaults";

/** What the visitor switched on: granted category ids and service ids, in config order. */
export interface Choice {
  categories: string[];
  services: string[];
}

/** A day in milliseconds, for cookie lifetimes given in days. */
const DAY = 864e5;

const findCategory = (config: NormalizedConfig, id: string) => config.categories.find((c) => c.id === id);
const idsOf = (list: Array<{ id: string }>) => list.map((item) => item.id);
/** The ids of a category's services. */
export const serviceIds = (category: CategoryConfig) => idsOf(category.services || []);
const optionalIds = (config: NormalizedConfig, consent: Consent | null) =>
  idsOf(config.categories.filter((c) => !c.required && !!consent && consent.categories.includes(c.id)));
/** The ids of the categories Global Privacy Control does not deny that pass `test`. */
const allowedByGpc = (config: NormalizedConfig, gpcDenied: string[], test: (category: CategoryConfig) => unknown) =>
  idsOf(config.categories.filter((c) => test(c) && !gpcDenied.includes(c.id)));

/**
 * Whether content tagged with this category (and service) may run under this
 * choice. A required category is always granted, whatever its service. An unknown
 * category, or a service not listed under its category, is never granted (unless
 * the category is required). A service is granted with its category, unless the
 * category has `toggleServices`: then the visitor must have switched on that service.
 * A service granted alone (a placeholder's button) is granted without its category.
 */
export function isGranted(config: NormalizedConfig, consent: Consent | null, category: string, service?: string): boolean {
  const found = findCategory(config, category);
  if (!found) return false;
  if (found.required) return true;
  if (!consent) return false;
  const listed = service !== undefined && serviceIds(found).includes(service) && consent.services.includes(service);
  if (!consent.categories.includes(category)) return listed;
  return service === undefined || listed || (serviceIds(found).includes(service) && !found.toggleServices);
}

/** The services of a category that is not granted that the visitor granted alone (README, "Placeholders"), in config order. */
export function servicesAlone(category: CategoryConfig, consent: Choice | null): string[] {
  return consent && !consent.categories.includes(category.id)
    ? serviceIds(category).filter((id) => consent.services.includes(id))
    : [];
}

/**
 * A placeholder's "Allow and load": the choice in force plus only what the frame needs — its service alone when it
 * names one (its category stays off, so other content of the category and its Consent Mode types stay denied), else
 * its category.
 */
export function grantFrame(config: NormalizedConfig, consent: Consent | null, category: string, service?: string): Choice {
  const found = findCategory(config, category);
  if (!found || !service || !serviceIds(found).includes(service)) {
    const before = consent || { categories: [], services: [] };
    return normalizeChoice(config, [...before.categories, category], before.services);
  }
  // What is granted now stays granted (service ids are unique across the config), in config order as the cookie
  // gives them back.
  const granted = (category: CategoryConfig, id?: string) => isGranted(config, consent, category.id, id);
  return {
    categories: idsOf(config.categories.filter((c) => granted(c))),
    services: config.categories.flatMap((c) => serviceIds(c).filter((id) => id == service || granted(c, id))),
  };
}

/**
 * Days a choice is kept: `cookie.expiresDays.reject` when it grants no optional
 * category (a refusal), else `.accept`.
 */
export function expiryDays(config: NormalizedConfig, consent: Consent | null): number {
  const days = config.cookie.expiresDays;
  return optionalIds(config, consent).length ? days.accept : days.reject;
}

/**
 * Whether a stored choice still counts: made under the current `revision` (or
 * a later one) and younger than its lifetime. An unreadable date never counts.
 */
export function isConsentValid(config: NormalizedConfig, consent: Consent | null, now: Date): boolean {
  return (
    !!consent &&
    consent.revision >= config.revision &&
    Date.parse(consent.updatedAt) + expiryDays(config, consent) * DAY > now.getTime()
  );
}

/** **Accept all**: every category except those Global Privacy Control denies (required ones always), with all their services. */
export function chooseAll(config: NormalizedConfig, gpcDenied: string[]): Choice {
  return normalizeChoice(
    config,
    allowedByGpc(config, gpcDenied, () => true),
  );
}

/** **Reject all**: the required categories and their services only. */
export function chooseNone(config: NormalizedConfig): Choice {
  return normalizeChoice(config, []);
}

/**
 * A choice made of ids from the page or the preference center, cleaned up:
 * unknown ids dropped, required categories added. Without `services`, every
 * service of a granted category is in. With `services`, a `toggleServices`
 * category keeps only the listed ones (and is granted when any of them is
 * listed); other categories still get all of theirs.
 */
export function normalizeChoice(config: NormalizedConfig, categories: string[], services?: string[]): Choice {
  const choice: Choice = { categories: [], services: [] };
  for (const category of config.categories) {
    const ids = serviceIds(category);
    const toggled = !!services && !!category.toggleServices && !category.required;
    const listed = toggled ? ids.filter((id) => services!.includes(id)) : ids;
    if (category.required || categories.includes(category.id) || (toggled && listed.length)) {
      choice.categories.push(category.id);
      choice.services.push(...listed);
    }
  }
  return choice;
}

/**
 * What the preference center shows switched on: the visitor's current or
 * earlier choice (cleaned against the config; Global Privacy Control is not
 * applied again to a choice the visitor made), else the required categories and
 * those marked `default`, minus the ones Global Privacy Control denies.
 */
export function presetChoice(config: NormalizedConfig, consent: Consent | null, gpcDenied: string[]): Choice {
  if (!consent)
    return normalizeChoice(
      config,
      allowedByGpc(config, gpcDenied, (c) => c.default),
    );
  // The categories as chosen (a listed service never switches its category on here); a granted category without
  // its own service switches brings all its services, any other keeps those the visitor granted, alone or not.
  const { categories } = normalizeChoice(config, consent.categories);
  const services = config.categories.flatMap((c) =>
    categories.includes(c.id) && (c.required || !c.toggleServices)
      ? serviceIds(c)
      : serviceIds(c).filter((id) => consent.services.includes(id)),
  );
  return { categories, services };
}

/**
 * The consent to store for a choice made now. A later choice keeps the
 * visitor's consent id and first date; times are whole seconds, as the cookie
 * keeps them, so the consent reads back from the cookie unchanged.
 */
export function recordChoice(
  previous: Consent | null,
  choice: Choice,
  revision: number,
  now: Date,
  newId: () => string,
): Consent {
  const updatedAt = new Date(Math.floor(now.getTime() / 1000) * 1000).toISOString();
  return {
    id: previous ? previous.id : newId(),
    revision,
    categories: choice.categories.slice(),
    services: choice.services.slice(),
    createdAt: previous ? previous.createdAt : updatedAt,
    updatedAt,
  };
}

/**
 * The optional categories a new choice grants and revokes compared with the
 * previous one (`null`: nothing granted), in config order. Required categories never change.
 */
export function diffCategories(config: NormalizedConfig, before: Consent | null, after: Consent | null): ConsentChange {
  const was = optionalIds(config, before);
  const now = optionalIds(config, after);
  return { granted: now.filter((id) => !was.includes(id)), revoked: was.filter((id) => !now.includes(id)) };
}

/** Cookie name patterns and storage key patterns that services declare (`*` is a wildcard). */
export interface DeclaredPatterns {
  cookies: string[];
  storage: string[];
}

/** The declared cookie name patterns and storage key patterns of every service of these categories, without repeats. */
export function declaredPatterns(config: NormalizedConfig, categoryIds: string[]): DeclaredPatterns {
  const services = config.categories.filter((c) => categoryIds.includes(c.id)).flatMap((c) => c.services || []);
  return {
    cookies: unique(services.flatMap((s) => (s.cookies || []).map((cookie) => cookie.name))),
    storage: unique(services.flatMap((s) => s.storage || [])),
  };
}

/**
 * Whether a cookie name or storage key matches a declared pattern: `*` stands
 * for any run of characters (also none); every other character is literal.
 */
export function matchesPattern(pattern: string, name: string): boolean {
  const parts = pattern.split("*");
  const last = parts.pop()!;
  // No regex built from config text: match the literal pieces left to right.
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    const found = i ? name.indexOf(parts[i], at) : name.startsWith(parts[0]) ? 0 : -1;
    if (found < 0) return false;
    at = found + parts[i].length;
  }
  return parts.length ? name.length - last.length >= at && name.endsWith(last) : name === last;
}

const unique = (list: string[]) => [...new Set(list)];
