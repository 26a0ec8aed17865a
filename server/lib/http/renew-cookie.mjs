import { decodeConsent, expiryDays, findCookies, isConsentValid } from "../../dist/sdk.mjs";
import { isSameOrigin } from "./cors.mjs";

/**
 * The `Set-Cookie` that renews the visitor's choice cookie from the server,
 * or null. Safari keeps a cookie written by page script for at most seven
 * days (WebKit's ITP, https://webkit.org/tracking-prevention/#intelligent-tracking-prevention-itp);
 * one set by the site's own server in an HTTP answer lasts its full lifetime.
 * So, only on the site's own origin and only for the choice this receipt
 * reports (the cookie decodes with the SDK's codec and names the same
 * consent id and revision, and is valid by the SDK's rules), the answer sets the same name and value with
 * the config's attributes and lifetime. No `HttpOnly`: the page reads it.
 */
export function renewedCookie(req, receipt, config, now = new Date()) {
  if (receipt.action == "withdraw" || !isSameOrigin(req)) return null;
  const { name, path, domain, sameSite } = config.cookie;
  // Several cookies may share the name (an older one on another path or domain): renew the one this receipt reports.
  // Its value is relative to the config's categories and services (src/core/consent-codec.ts).
  let consent = null;
  const value = findCookies(req.headers.cookie || "", name).find((candidate) => {
    consent = decodeConsent(candidate, config);
    return (
      !!consent &&
      consent.id === receipt.consentId &&
      consent.revision === receipt.revision &&
      isConsentValid(config, consent, now)
    );
  });
  if (!value) return null;
  const secure = (req.headers.origin || "").startsWith("https:") || sameSite == "None" || /^__(secure|host)-/i.test(name);
  return (
    `${name}=${encodeURIComponent(value)}; Max-Age=${Math.round(expiryDays(config, consent) * 86400)}; Path=${path}` +
    (domain ? `; Domain=${domain}` : "") +
    `; SameSite=${sameSite}` +
    (secure ? "; Secure" : "")
  );
}
