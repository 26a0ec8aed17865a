import { webcrypto } from "node:crypto";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../../src/browser/sha256";

const subtle = webcrypto.subtle as unknown as SubtleCrypto;

describe("sha256Hex", () => {
  it("matches the FIPS 180-2 test vector for 'abc'", async () => {
    expect(await sha256Hex("abc", subtle)).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("hashes the UTF-8 bytes of non-ASCII text", async () => {
    const { createHash } = await import("node:crypto");
    const text = "Godkänn alla — 🍪";
    expect(await sha256Hex(text, subtle)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
  });

  it("gives the empty-string digest for empty text, in lower-case hex", async () => {
    const hex = await sha256Hex("", subtle);
    expect(hex).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it("resolves to '' when hashing fails (as on an insecure page without crypto.subtle)", async () => {
    const failing = { digest: () => Promise.reject(new Error("no")) } as unknown as SubtleCrypto;
    expect(await sha256Hex("abc", failing)).toBe("");
    const throwing = {
      digest: () => {
        throw new Error("no");
      },
    } as unknown as SubtleCrypto;
    expect(await sha256Hex("abc", throwing)).toBe("");
  });
});
