import { createHash, timingSafeEqual } from "node:crypto";

const digest = (text) => createHash("sha256").update(text).digest();

/**
 * Whether the request carries the admin token: `Authorization: Bearer <token>`,
 * or HTTP Basic with the token as password (what a browser's login prompt
 * sends, for the dashboard). Both sides are hashed first so the comparison
 * takes the same time whatever the length or the first differing character.
 * No token configured: no one gets in.
 */
export function isAuthorized(req, token) {
  if (!token) return false;
  const header = req.headers.authorization || "";
  let given = (/^Bearer (.+)$/.exec(header) || [])[1];
  const basic = /^Basic ([A-Za-z0-9+/=]+)$/.exec(header);
  if (basic)
    given = Buffer.from(basic[1], "base64")
      .toString("utf8")
      .replace(/^[^:]*:/, "");
  return given != null && timingSafeEqual(digest(given), digest(token));
}
