import { createHash } from "node:crypto";

/** Where the chain starts: the "previous hash" of the very first receipt. */
export const GENESIS = "0".repeat(64);

/** The stored columns of a receipt, in the order they are hashed and inserted. */
export const COLUMNS = [
  "id",
  "seq",
  "consent_id",
  "revision",
  "categories",
  "services",
  "action",
  "source",
  "language",
  "text_hash",
  "text_known",
  "url",
  "client_time",
  "received_at",
];

/**
 * The hash that seals one stored receipt to the one before it: SHA-256 of the
 * previous hash and every stored column. Changing any column of any receipt,
 * or removing one from the middle, breaks every hash after it — which
 * `assent-receipts verify` recomputes (see server/README.md, "Tamper evidence").
 */
export function chainHash(previous, row) {
  const values = COLUMNS.map((column) => row[column]);
  return createHash("sha256").update(previous).update("\n").update(JSON.stringify(values)).digest("hex");
}
