import type { CookieOptions } from "../types";

/** The cookie settings that matter for where the page is. */
type CookiePlace = Pick<Required<CookieOptions>, "domain" | "path">;

/**
 * The config's cookie settings fitted to the page: a `domain` the page's host is not under, or a `path` the page is
 * not under, would make the browser refuse the cookie or hide it from this page, so every choice would be lost on
 * the next page view. Such a setting is dropped (host-only, `Path=/`) and named in `problems`, so the choice is kept
 * and the site owner sees the mistake on the console (README, "Where the choice is kept").
 */
export function fitCookieToPlace<T extends CookiePlace>(
  cookie: T,
  place: { hostname: string; pathname: string },
): { cookie: T; problems: string[] } {
  const problems: string[] = [];
  const fitted = { ...cookie };
  const host = place.hostname.toLowerCase();
  const domain = cookie.domain.toLowerCase().replace(/^\./, "");
  if (domain && host != domain && !host.endsWith("." + domain)) {
    problems.push(
      `cookie.domain "${cookie.domain}" does not cover this page's host "${place.hostname}"; the choice is kept for this host only`,
    );
    fitted.domain = "";
  }
  if (!pathMatches(place.pathname, cookie.path)) {
    problems.push(`cookie.path "${cookie.path}" does not cover this page's path "${place.pathname}"; the choice is kept on "/"`);
    fitted.path = "/";
  }
  return { cookie: fitted, problems };
}

/** RFC 6265 §5.1.4 path-match: the browser sends a cookie of `cookiePath` to `pathname` only when this holds. */
const pathMatches = (pathname: string, cookiePath: string) =>
  pathname == cookiePath || (pathname.startsWith(cookiePath) && (cookiePath.endsWith("/") || pathname[cookiePath.length] == "/"));
