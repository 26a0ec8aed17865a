import type { CategoryConfig, Consent } from "../types";

/*
 * The value of the choice cookie, e.g.
 *
 *   2.Xq3…22 chars….1.sm4k2f.0.1x9zq4d.Hw.2b7c1kq
 *   ^ ^ id          ^ ^      ^ ^       ^  ^ checksum
 *   | version       | |      | |       granted: one bit per category, then per service, in config order
 *                   | |      | fingerprint of the config's category and service ids, in order
 *                   | |      createdAt, as seconds before updatedAt
 *                   | updatedAt, seconds since 1970
 *                   revision
 *
 * Why bits relative to the config and not the ids: the value has to stay under 400 bytes for any config (README,
 * "Where the choice is kept"), and 500 services with 64-character ids would take 32 KB as ids, past the 4 KB a
 * browser keeps per cookie; as bits they take 84 characters. The fingerprint makes a value written for another list
 * of categories and services unreadable instead of misread: adding, removing or reordering them asks again, as a
 * new `revision` does. Numbers are base36, the bits base64url: every character is RFC 3986 "unreserved", so the
 * value needs no %-encoding anywhere.
 */

/** Leads every value this format writes, so a later format can be told apart. */
const VERSION = "2";
/** A browser keeps at most 4096 bytes per cookie (RFC 6265 §6.1); anything longer is not ours. */
const MAX_LENGTH = 4096;
const ID = /^[\w-]{1,64}$/;
const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
/** The longest value apart from the granted bits: version, id, revision, two times, fingerprint, checksum, dots. */
const FIXED_LENGTH = 1 + 22 + 11 + 7 + 7 + 7 + 7 + 7;

/** What the cookie value is relative to: the config's categories and their services, in order. */
export type CodecConfig = { categories: Array<Pick<CategoryConfig, "id" | "services">> };

/**
 * A new random consent id: 22 base64url characters, each from one random byte (256 is a multiple of 64, so every
 * character is equally likely): 132 random bits, more than a UUID's 122. The browser passes `crypto.getRandomValues`.
 */
export function createConsentId(fillRandom: (bytes: Uint8Array) => void): string {
  const bytes = new Uint8Array(22);
  fillRandom(bytes);
  return Array.from(bytes, (byte) => BASE64URL[byte & 63]).join("");
}

/**
 * The cookie value of a choice: compact, URL-safe and checksummed. Times are kept to the second; categories and
 * services the config does not list are left out (they could not be granted anyway).
 */
export function encodeConsent(consent: Consent, config: CodecConfig): string {
  const updated = toSeconds(consent.updatedAt);
  const granted = [...consent.categories, ...consent.services];
  const body = [
    VERSION,
    consent.id,
    Math.max(0, Math.floor(consent.revision)).toString(36),
    updated.toString(36),
    (updated - toSeconds(consent.createdAt)).toString(36),
    fingerprint(config),
    writeBits(codecIds(config).map((id) => granted.includes(id))),
  ].join(".");
  return body + "." + checksum(body);
}

/**
 * The choice kept in a cookie value, or `null` when the value is missing, foreign (another tool's cookie),
 * hand-edited, truncated, from an unknown format or written for another list of categories and services.
 * Never throws.
 */
export function decodeConsent(value: string | null | undefined, config: CodecConfig): Consent | null {
  // No cookie: the common first visit, answered without the cost of a caught exception.
  if (!value) return null;
  try {
    const [, id, revision, updatedAt, age, , bits] = value.split(".");
    const updated = parseInt(updatedAt, 36);
    const ids = codecIds(config);
    const flags = readBits(bits, ids.length);
    const categoryCount = config.categories.length;
    const consent: Consent = {
      id,
      revision: parseInt(revision, 36),
      categories: ids.filter((_, i) => i < categoryCount && flags[i]),
      services: ids.filter((_, i) => i >= categoryCount && flags[i]),
      createdAt: toIso(updated - parseInt(age, 36)),
      updatedAt: toIso(updated),
    };
    // Only the exact spelling we write is ours: re-encoding checks the version, the field count, the fingerprint,
    // every bit and the checksum at once (parseInt forgives "01", "1x!" and upper case; we don't), so a value
    // decodes to one consent and back to itself.
    return value.length <= MAX_LENGTH && ID.test(id) && encodeConsent(consent, config) === value ? consent : null;
  } catch {
    // Not a string, too few fields (toIso throws on NaN) or dates out of range: never ours.
    return null;
  }
}

/** The longest cookie value this config can produce, for the validator's 400-byte check. */
export const maxEncodedLength = (config: CodecConfig) => FIXED_LENGTH + Math.ceil(codecIds(config).length / 6);

/** Category ids, then service ids, in config order: bit i of the value is about id i. */
const codecIds = (config: CodecConfig) => [
  ...config.categories.map((c) => c.id),
  ...config.categories.flatMap((c) => (c.services || []).map((s) => s.id)),
];

/** Which list of ids the bits are about; category and service ids are told apart, so moving one between them counts. */
const fingerprint = (config: CodecConfig) =>
  checksum(config.categories.map((c) => c.id).join("~") + "." + codecIds(config).join("~"));

const toSeconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);
const toIso = (seconds: number) => new Date(seconds * 1000).toISOString();

/** Six flags per base64url character, first flag in the lowest bit; trailing all-off characters are dropped. */
function writeBits(flags: boolean[]): string {
  let text = "";
  for (let i = 0; i < flags.length; i += 6) {
    let sextet = 0;
    for (let bit = 0; bit < 6; bit++) if (flags[i + bit]) sextet |= 1 << bit;
    text += BASE64URL[sextet];
  }
  return text.replace(/A+$/, "");
}

function readBits(text: string, count: number): boolean[] {
  const flags: boolean[] = [];
  for (let i = 0; i < count; i++) flags.push(!!(BASE64URL.indexOf(text[(i / 6) | 0] || "A") & (1 << (i % 6))));
  return flags;
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
