import { EXPORT_PAGE, exportFormat, exportRecord, streamExport } from "../export.mjs";
import { answerProblem } from "./answer.mjs";

const CONSENT_ID = /^[\w-]{1,64}$/;

/**
 * GET /receipts/{consentId}: every receipt of one visitor, oldest first,
 * each with the text it names (for a data-subject request), and
 * GET /receipts?from=&to=: every receipt received in [from, to) (for an
 * auditor). Both NDJSON or CSV, streamed. The caller checked the token.
 */
export async function answerExport(req, res, url, { store, configs, settings }) {
  const format = exportFormat(req, url.searchParams);
  if (!format) return answerProblem(res, 400, "format must be csv or ndjson");
  const site = { ...settings };
  const consentId = decodeURIComponent(url.pathname.slice("/receipts/".length));
  if (url.pathname.startsWith("/receipts/")) {
    if (!CONSENT_ID.test(consentId)) return answerProblem(res, 400, "not a consent id");
    const texts = new Map();
    const textOf = async (hash) => {
      if (!texts.has(hash)) texts.set(hash, ((await store.getText(hash)) || {}).text || null);
      return texts.get(hash);
    };
    return streamExport(
      res,
      format,
      (cursor) => store.receiptsOf(consentId, cursor || 0, EXPORT_PAGE),
      (row) => Number(row.seq),
      async (row) => ({ ...exportRecord(row, configs, site), text: await textOf(row.text_hash) }),
      ["text"],
    );
  }
  const from = parseTime(url.searchParams.get("from"), 0);
  const to = parseTime(url.searchParams.get("to"), Date.now() + 1);
  if (from == null || to == null) return answerProblem(res, 400, "from and to must be ISO 8601 dates or times");
  return streamExport(
    res,
    format,
    (cursor) => store.receiptsBetween(to, cursor || { receivedAt: from, seq: -1 }, EXPORT_PAGE),
    (row) => ({ receivedAt: Number(row.received_at), seq: Number(row.seq) }),
    (row) => exportRecord(row, configs, site),
  );
}

function parseTime(text, fallback) {
  if (!text) return fallback;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : ms;
}
