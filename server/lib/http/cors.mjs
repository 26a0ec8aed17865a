/**
 * Whether a browser request may send receipts: no `Origin` (not a browser's
 * cross-origin request), the server's own origin, or one of `--origin`.
 */
export function isAllowedOrigin(req, origins) {
  const origin = req.headers.origin;
  return !origin || origins.includes(origin) || isSameOrigin(req);
}

/**
 * Whether the request comes from a page on the origin this server answers on
 * (mounted on the site's own origin, e.g. behind its reverse proxy): the
 * browser's `Sec-Fetch-Site`, else `Origin` against `Host`.
 */
export function isSameOrigin(req) {
  const site = req.headers["sec-fetch-site"];
  if (site) return site === "same-origin";
  const origin = req.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/**
 * CORS headers for an allowed origin. Credentialed: `sendBeacon` always sends
 * the page's cookies (https://w3c.github.io/beacon/#sec-processing-model,
 * credentials mode "include"), and a browser drops the answer — and, for a
 * JSON body, the preflight and the beacon itself — unless the exact origin
 * and `Access-Control-Allow-Credentials: true` come back; a `*` never works.
 */
export function corsHeaders(req) {
  const origin = req.headers.origin;
  if (!origin) return {};
  return {
    "access-control-allow-origin": origin,
    "access-control-allow-credentials": "true",
    vary: "Origin",
  };
}

/** The answer to a preflight for POST /receipts with a JSON body. */
export function preflightHeaders(req) {
  return {
    ...corsHeaders(req),
    "access-control-allow-methods": "POST",
    "access-control-allow-headers": "content-type",
    // One day: browsers cap it lower anyway (Chromium at 2 hours).
    "access-control-max-age": "86400",
  };
}
