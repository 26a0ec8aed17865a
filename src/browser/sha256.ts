/**
 * The SHA-256 of `text` (its UTF-8 bytes) as lower-case hex, via Web Crypto's `subtle` (the page's
 * `crypto.subtle`, handed in by send-receipt.ts; undefined where the browser has none).
 *
 * Limitation: browsers only expose `crypto.subtle` in secure contexts (https
 * and localhost, https://w3c.github.io/webcrypto/#crypto-interface). On a plain
 * http page, or if hashing fails, this resolves to "" — the receipt is still
 * sent, with an empty `textHash`. Never rejects.
 */
export function sha256Hex(text: string, subtle: SubtleCrypto | undefined): Promise<string> {
  // Starting inside then() turns a missing `subtle` and a synchronous throw into a rejection, answered with "".
  return Promise.resolve()
    .then(() => subtle!.digest("SHA-256", new TextEncoder().encode(text)))
    .then(
      (digest) => Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join(""),
      () => "",
    );
}
