/**
 * Reading a cookie string: `document.cookie` in the browser and a request's
 * `Cookie` header on a server have the same shape (`a=1; b=2`), so both read
 * it here and agree on every value, which server rendering relies on.
 */

/** Every `name=value` pair of a cookie string, in its order, repeats included. */
export function cookiePairs(text: string): Array<[string, string]> {
  return text
    .split(";")
    .filter((part) => part.trim())
    .map((part) => {
      const eq = part.indexOf("=");
      // A pair without "=" is a cookie with an empty name (RFC 6265bis §5.6 step 3).
      return [eq < 0 ? "" : part.slice(0, eq).trim(), part.slice(eq + 1).trim()];
    });
}

/**
 * The value of the first cookie with this name (%-decoded when that is
 * possible, else as it is), or `null` when there is none. The first, because
 * browsers list the cookie with the longest path first (RFC 6265 §5.4).
 */
export function findCookie(text: string, name: string): string | null {
  const values = findCookies(text, name);
  return values.length ? values[0] : null;
}

/** The values of every cookie with this name, in the string's order (%-decoded when that is possible). */
export function findCookies(text: string, name: string): string[] {
  return cookiePairs(text)
    .filter((pair) => pair[0] === name)
    .map(([, value]) => {
      try {
        return decodeURIComponent(value);
      } catch {
        // A stray "%" from another tool's cookie: give the raw value, the codec rejects it.
        return value;
      }
    });
}
