import { chainHash, GENESIS } from "./chain.mjs";
import { sha256Hex } from "./configs.mjs";

const PAGE = 5000;
const DAY_MS = 86400000;

/**
 * Walks the whole hash chain and the text registry and lists every sign of
 * tampering: a receipt whose stored columns no longer give its hash, a gap
 * in the chain (receipts removed other than by retention from the oldest
 * end), a retention anchor newer than the retention allows, a text whose
 * hash does not match. Reports what it found; never changes anything.
 * @returns {Promise<{ checked: number, head: { seq: number, hash: string } | null, problems: string[] }>}
 */
export async function verifyStore(store, { retentionDays, now = Date.now() }) {
  const problems = [];
  const anchor = await store.anchor();
  let expected = anchor ? Number(anchor.seq) + 1 : 1;
  let previous = anchor ? anchor.hash : GENESIS;
  if (anchor && Number(anchor.removed_before) > now - retentionDays * DAY_MS + DAY_MS)
    problems.push(
      `receipts up to #${anchor.seq} were removed although they were younger than the retention of ${retentionDays} days`,
    );
  let checked = 0;
  let head = null;
  for (;;) {
    const rows = await store.chainPage(expected - 1, PAGE);
    for (const row of rows) {
      const seq = Number(row.seq);
      if (seq !== expected) problems.push(`receipts #${expected}–#${seq - 1} are missing`);
      const hash = chainHash(previous, {
        ...row,
        seq,
        revision: Number(row.revision),
        text_known: Number(row.text_known),
        received_at: Number(row.received_at),
      });
      if (hash !== row.hash) problems.push(`receipt #${seq} (${row.id}) does not match its hash: it was changed`);
      previous = row.hash;
      expected = seq + 1;
      head = { seq, hash: row.hash };
      checked++;
    }
    if (rows.length < PAGE) break;
  }
  for (const { hash, text } of await store.allTexts()) {
    if (sha256Hex(text) !== hash) problems.push(`text ${hash} was changed`);
  }
  return { checked, head, problems };
}
