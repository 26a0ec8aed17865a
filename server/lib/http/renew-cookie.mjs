import { decodeConsent, expiryDays } from "../../dist/sdk.mjs";
import { isSameOrigin } from "./cors.mjs";

/**
 * The `Set-Cookie` that renews the visitor's choice cookie from the server,
 * or null. Safari keeps a cookie written by page script for at most seven
 * days (WebKit's ITP, https://webkit.org/tracking-prevention/#intelligent-tracking-prevention-itp);
 * one set by the site's own server in an HTTP answer lasts its full lifetime.
 * So, only on the site's own origin and only for the choice this receipt
 * reports (the cookie decodes with the SDK's codec and names the same
 * consent id and revision), the answer sets the same name and value with
 * the config's attributes and lifetime. No `HttpOnly`: the page reads it.
 */
export function renewedCookie(req, receipt, config) {
  if (receipt.action == "withdraw" || !isSameOrigin(req)) return null;
  const { name, path, domain, sameSite } = config.cookie;
  const value = readCookieHeader(req.headers.cookie || "", name);
  // The value is relative to the config's categories and services (src/core/consent-codec.ts).
  const consent = decodeConsent(value, config);
  if (!consent || consent.id !== receipt.consentId || consent.revision !== receipt.revision) return null;
  const secure = (req.headers.origin || "").startsWith("https:") || sameSite == "None" || /^__(secure|host)-/i.test(name);
  return (
    `${name}=${encodeURIComponent(value)}; Max-Age=${Math.round(expiryDays(config, consent) * 86400)}; Path=${path}` +
    (domain ? `; Domain=${domain}` : "") +
    `; SameSite=${sameSite}` +
    (secure ? "; Secure" : "")
  );
}

/** The first cookie of that name in a `Cookie` header, %-decoded when it can be. */
function readCookieHeader(header, name) {
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    const raw = part.slice(eq + 1).trim();
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  }
  return null;
}
