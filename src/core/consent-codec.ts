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
const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/**
 * A new random consent id: 16 random bytes (128 bits, like a UUID) as 22
 * base64url characters. The browser passes `crypto.getRandomValues`.
 */
export function createConsentId(fillRandom: (bytes: Uint8Array) => void): string {
  const bytes = new Uint8Array(16);
  fillRandom(bytes);
  let id = "";
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < bytes.length; i++) {
    // At most 5 bits are left over from the previous byte, so 14 bits always suffice.
    buffer = ((buffer << 8) | bytes[i]) & 0x3fff;
    for (bits += 8; bits >= 6; ) id += BASE64URL[(buffer >> (bits -= 6)) & 63];
  }
  return bits ? id + BASE64URL[(buffer << (6 - bits)) & 63] : id;
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
  try {
    if (typeof value != "string" || value.length > MAX_LENGTH) return null;
    const fields = value.split(".");
    if (
      fields.length != 8 ||
      fields[0] != VERSION ||
      !ID.test(fields[1]) ||
      fields[7] != checksum(value.slice(0, value.lastIndexOf(".")))
    )
      return null;
    const updated = parseInt(fields[3], 36);
    const categories = readList(fields[5]);
    const services = readList(fields[6]);
    if (!categories || !services) return null;
    const consent: Consent = {
      id: fields[1],
      revision: parseInt(fields[2], 36),
      categories,
      services,
      createdAt: toIso(updated - parseInt(fields[4], 36)),
      updatedAt: toIso(updated),
    };
    // Only the exact spelling we write is ours (parseInt forgives "01", "1x!" and
    // upper case; we don't): a value decodes to one consent and back to itself.
    return encodeConsent(consent) === value ? consent : null;
  } catch {
    // toIso throws on dates out of range; such a value was never ours.
    return null;
  }
}

const toSeconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);
const toIso = (seconds: number) => new Date(seconds * 1000).toISOString();
const writeList = (ids: string[]) => ids.filter((id) => ID.test(id)).join("~");

function readList(field: string): string[] | null {
  const ids = field ? field.split("~") : [];
  return ids.every((id) => ID.test(id)) ? ids : null;
}

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
