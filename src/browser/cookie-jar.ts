import { cookiePairs, findCookie, findCookies } from "../core/cookie-header";

/** Where and how long a cookie is written. */
export interface WriteCookieOptions {
  /** Lifetime in days from now. */
  days: number;
  /** `Domain` attribute, e.g. `.example.com`; empty or absent: the current host only. */
  domain?: string;
  /** Default `/`. */
  path?: string;
  /** Default `Lax`; always written, never left to the browser's default. */
  sameSite?: "Lax" | "Strict" | "None";
  /** Send only over https. */
  secure?: boolean;
}

/** The names of the cookies the page can see, in the browser's order, repeats included. */
export function readCookieNames(doc: { cookie: string }): string[] {
  return cookiePairs(cookieText(doc)).map((pair) => pair[0]);
}

/**
 * The value of the first cookie with this name (%-decoded when that is
 * possible, else as it is), or `null` when there is none. Never throws.
 */
export function readCookie(doc: { cookie: string }, name: string): string | null {
  return findCookie(cookieText(doc), name);
}

/** The values of every cookie with this name the page can see (several paths or domains), in the browser's order. */
export function readCookies(doc: { cookie: string }, name: string): string[] {
  return findCookies(cookieText(doc), name);
}

/**
 * Writes a cookie that lives `days` days from now. The value is %-encoded, so
 * any text is safe. Only `Max-Age` is written, not `Expires`: every browser
 * that runs Assent's ES2019 code supports it (only Internet Explorer ignored
 * it), and it needs no date from a possibly wrong clock.
 */
export function writeCookie(doc: { cookie: string }, name: string, value: string, options: WriteCookieOptions): void {
  const sameSite = options.sameSite || "Lax";
  assign(
    doc,
    `${name}=${encodeURIComponent(value)}; Max-Age=${Math.round(options.days * 86400)}` +
      attributes(name, options.domain, options.path) +
      `; SameSite=${sameSite}` +
      // Browsers drop a SameSite=None cookie without Secure
      // (https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#section-5.6.7.1).
      (options.secure || sameSite === "None" ? "; Secure" : ""),
  );
}

/**
 * Deletes a cookie. It is gone only if `domain` and `path` are the ones it was
 * set with (a cookie set without `Domain` is deleted without one).
 */
export function eraseCookie(doc: { cookie: string }, name: string, options: { domain?: string; path?: string } = {}): void {
  assign(doc, `${name}=; Max-Age=0` + attributes(name, options.domain, options.path));
}

function assign(doc: { cookie: string }, text: string): void {
  try {
    doc.cookie = text;
  } catch {
    // Sandboxed and opaque-origin documents throw SecurityError; the page must go on.
  }
}

function attributes(name: string, domain: string | undefined, path: string | undefined): string {
  // A __Host- cookie is host-only on Path=/ or the browser refuses it (same section as below).
  const host = /^__host-/i.test(name);
  return (
    `; Path=${host ? "/" : path || "/"}` +
    (domain && !host ? `; Domain=${domain}` : "") +
    // Browsers refuse to set (or overwrite) __Secure-/__Host- cookies without Secure
    // (https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#section-4.1.3).
    (/^__(secure|host)-/i.test(name) ? "; Secure" : "")
  );
}

function cookieText(doc: { cookie: string }): string {
  try {
    // Reading document.cookie throws SecurityError in sandboxed and opaque-origin documents.
    return doc.cookie || "";
  } catch {
    return "";
  }
}
