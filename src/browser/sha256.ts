/**
 * The SHA-256 of `text` (its UTF-8 bytes) as lower-case hex, via Web Crypto.
 *
 * Limitation: browsers only expose `crypto.subtle` in secure contexts (https
 * and localhost, https://w3c.github.io/webcrypto/#crypto-interface). On a plain
 * http page, or if hashing fails, this resolves to "" — the receipt is still
 * sent, with an empty `textHash`. Never rejects.
 */
export function sha256Hex(text: string, subtle?: SubtleCrypto): Promise<string> {
  const crypto = subtle || (typeof globalThis.crypto === "object" ? globalThis.crypto.subtle : undefined);
  if (!crypto) return Promise.resolve("");
  try {
    return crypto.digest("SHA-256", new TextEncoder().encode(text)).then(
      (digest) => Array.from(new Uint8Array(digest), (byte) => (byte < 16 ? "0" : "") + byte.toString(16)).join(""),
      () => "",
    );
  } catch {
    return Promise.resolve("");
  }
}
