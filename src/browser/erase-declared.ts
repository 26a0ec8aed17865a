import { matchesPattern, type DeclaredPatterns } from "../core/consent-rules";
import { eraseCookie, readCookieNames } from "./cookie-jar";

/**
 * Erases what withdrawn categories left behind: every cookie the page can see
 * whose name matches a declared pattern, and every matching localStorage /
 * sessionStorage key. Third-party cookies are out of a page's reach and stay.
 * Returns the names of the cookies found and erased. Never throws.
 *
 * document.cookie does not say which domain or path a cookie was set for, so
 * each one is deleted for the current host and every parent domain, on `/` and
 * on every path above the current page (`pathname`, when given).
 */
export function eraseDeclared(
  doc: { cookie: string },
  hostname: string,
  patterns: DeclaredPatterns,
  storages: Storage[],
  pathname?: string,
): string[] {
  const isDeclared = (declared: string[], name: string) => declared.some((pattern) => matchesPattern(pattern, name));
  const names = [...new Set(readCookieNames(doc))].filter((name) => isDeclared(patterns.cookies, name));
  const paths = currentPaths(pathname || "/");
  for (const name of names)
    for (const domain of ["", ...parentDomains(hostname)]) for (const path of paths) eraseCookie(doc, name, { domain, path });
  for (const storage of storages) {
    try {
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i++) keys.push(storage.key(i)!);
      for (const key of keys) if (isDeclared(patterns.storage, key)) storage.removeItem(key);
    } catch {
      // Storage access throws SecurityError when blocked (sandboxed iframes, cookies off).
    }
  }
  return names;
}

/**
 * The page's localStorage and sessionStorage, leaving out whichever the
 * browser refuses: merely reading `window.localStorage` throws SecurityError
 * in sandboxed iframes and when the visitor blocks site data
 * (https://html.spec.whatwg.org/multipage/webstorage.html#dom-localstorage).
 */
export function findStorages(win: Pick<Window, "localStorage" | "sessionStorage">): Storage[] {
  const storages: Storage[] = [];
  for (const name of ["localStorage", "sessionStorage"] as const) {
    try {
      const storage = win[name];
      if (storage) storages.push(storage);
    } catch {}
  }
  return storages;
}

/**
 * `/` and every path above and including this one (`/a/b` → `/`, `/a`, `/a/b`):
 * the paths a cookie visible on this page can have been set with. A cookie set
 * without `Path` gets the page's directory (RFC 6265 §5.1.4).
 */
export function currentPaths(pathname: string): string[] {
  const paths = ["/"];
  let path = "";
  for (const segment of pathname.split("/")) if (segment) paths.push((path += "/" + segment));
  return paths;
}

/**
 * `www.shop.example.se` → itself, `shop.example.se`, `example.se`: the
 * `Domain` values a cookie seen on this host can have. The top-level label is
 * left out, as browsers refuse it anyway; a single-label host (`localhost`) is kept.
 */
function parentDomains(hostname: string): string[] {
  const labels = hostname.split(".");
  const domains = labels.map((_, i) => labels.slice(i).join("."));
  return domains.length > 1 ? domains.slice(0, -1) : domains;
}
