import type { Consent } from "../types";

/*
 * The value of the choice cookie, e.g.
 *
 *   1.Xq3…22 chars….1.sm4k2f.0.necessary~analytics.session~google-analytics.1x9zq4d
 *   ^ ^ id          ^ ^      ^ ^                   ^                        ^ checksum
 *   | version       | |      | categories          services
 *                   | |      createdAt, as seconds before updatedAt
 *                   | updatedAt, seconds since 1970
 *                   revision
 *
 * Numbers are base36, lists are `~`-separated ids, fields `.`-separated: every
 * character is RFC 3986 "unreserved", so the value needs no %-encoding anywhere.
 */

/** Leads every value this format writes, so a later format can be told apart. */
const VERSION = "1";
/** A browser keeps at most 4096 bytes per cookie (RFC 6265 §6.1); anything longer is not ours. */
const MAX_LENGTH = 4096;
const ID = /^[\w-]{1,64}$/;

/**
 * A new random consent id: 16 random bytes (128 bits, like a UUID) as 22
 * base64url characters. The browser passes `crypto.getRandomValues`.
 */
export function createConsentId(fillRandom: (bytes: Uint8Array) => void): string {
  const bytes = new Uint8Array(16);
  fillRandom(bytes);
  // base64url without its "==" padding (RFC 4648 §5).
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .slice(0, 22);
}

/**
 * The cookie value of a choice: compact, URL-safe and checksummed. Times are
 * kept to the second. Ids that could not be read back (not letters, digits,
 * `_` or `-`) are left out rather than corrupting the value.
 */
export function encodeConsent(consent: Consent): string {
  const updated = toSeconds(consent.updatedAt);
  const body = [
    VERSION,
    consent.id,
    Math.max(0, Math.floor(consent.revision)).toString(36),
    updated.toString(36),
    (updated - toSeconds(consent.createdAt)).toString(36),
    writeList(consent.categories),
    writeList(consent.services),
  ].join(".");
  return body + "." + checksum(body);
}

/**
 * The choice kept in a cookie value, or `null` when the value is missing,
 * foreign (another tool's cookie), hand-edited, truncated or from an unknown
 * format. Never throws.
 */
export function decodeConsent(value: string | null | undefined): Consent | null {
  // No cookie: the common first visit, answered without the cost of a caught exception.
  if (!value) return null;
  try {
    const [, id, revision, updatedAt, age, categories, services] = value.split(".");
    const updated = parseInt(updatedAt, 36);
    const consent: Consent = {
      id,
      revision: parseInt(revision, 36),
      categories: readList(categories),
      services: readList(services),
      createdAt: toIso(updated - parseInt(age, 36)),
      updatedAt: toIso(updated),
    };
    // Only the exact spelling we write is ours: re-encoding checks the version, the
    // field count, every id and the checksum at once (parseInt forgives "01", "1x!"
    // and upper case; we don't), so a value decodes to one consent and back to itself.
    return value.length <= MAX_LENGTH && ID.test(id) && encodeConsent(consent) === value ? consent : null;
  } catch {
    // Not a string, too few fields (toIso throws on NaN) or dates out of range: never ours.
    return null;
  }
}

const toSeconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);
const toIso = (seconds: number) => new Date(seconds * 1000).toISOString();
const writeList = (ids: string[]) => ids.filter((id) => ID.test(id)).join("~");
const readList = (field: string) => (field ? field.split("~") : []);

/**
 * 32-bit FNV-1a (http://www.isthe.com/chongo/tech/comp/fnv/) in base36. Not
 * security: it tells a value we wrote from a hand-edited or cut-off one. Any
 * single changed character always changes it, as each FNV-1a step is a bijection.
 */
function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}
