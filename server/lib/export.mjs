import { resolveText } from "../dist/sdk.mjs";

/** Receipts read from the database per query while streaming an export. */
const PAGE = 1000;

/** The columns of an export, in CSV order; NDJSON objects have the same keys. */
export const EXPORT_FIELDS = [
  "receivedAt",
  "consentId",
  "revision",
  "action",
  "source",
  "categories",
  "services",
  "language",
  "textHash",
  "textKnown",
  "url",
  "timestamp",
  "policyUrl",
  "controllerName",
  "controllerContact",
  "jurisdiction",
  "retentionDays",
  "withdrawal",
  "id",
  "seq",
  "hash",
];

/**
 * One stored receipt as exported: the receipt of the SDK, the server's time,
 * whether its text is in the registry, and the facts ISO/IEC TS 27560 and
 * the Kantara Consent Receipt ask every record to carry that the site sets
 * (controller, contact, jurisdiction, policy URL, retention, how to withdraw).
 */
export function exportRecord(row, configs, site) {
  const config = configs.get(Number(row.revision));
  return {
    receivedAt: new Date(Number(row.received_at)).toISOString(),
    consentId: row.consent_id,
    revision: Number(row.revision),
    action: row.action,
    source: row.source,
    categories: JSON.parse(row.categories),
    services: JSON.parse(row.services),
    language: row.language,
    textHash: row.text_hash,
    textKnown: Number(row.text_known) === 1,
    url: row.url,
    timestamp: row.client_time,
    policyUrl: absolutePolicyUrl(config, row),
    controllerName: site.controllerName,
    controllerContact: site.controllerContact,
    jurisdiction: site.jurisdiction,
    retentionDays: site.retentionDays,
    withdrawal: site.withdrawal,
    id: row.id,
    seq: Number(row.seq),
    hash: row.hash,
  };
}

/** "csv" or "ndjson", from `?format=`, else from `Accept`; NDJSON by default. */
export function exportFormat(req, query) {
  const asked = query.get("format") || "";
  if (asked) return /^csv$/i.test(asked) ? "csv" : /^(nd)?json$/i.test(asked) ? "ndjson" : null;
  return /text\/csv/.test(req.headers.accept || "") ? "csv" : "ndjson";
}

/**
 * Streams records to `res` page by page, waiting for the client to drain
 * each page, so an export of any size holds only one page in memory.
 * @param {(cursor: any) => Promise<object[]>} nextPage rows after the cursor
 * @param {(row: object) => any} cursorOf
 */
export async function streamExport(res, format, nextPage, cursorOf, toRecord, extraFields = []) {
  const fields = [...EXPORT_FIELDS, ...extraFields];
  res.writeHead(200, {
    "content-type": format == "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8",
    "cache-control": "no-store",
  });
  if (format == "csv") res.write(fields.join(",") + "\r\n");
  let cursor = null;
  for (;;) {
    const rows = await nextPage(cursor);
    if (!rows.length) break;
    let chunk = "";
    for (const row of rows) {
      const record = await toRecord(row);
      chunk += format == "csv" ? csvLine(record, fields) : JSON.stringify(record) + "\n";
    }
    if (!res.write(chunk)) await new Promise((resolve) => res.once("drain", resolve).once("close", resolve));
    if (res.destroyed) return; // the client went away: stop reading
    if (rows.length < PAGE) break;
    cursor = cursorOf(rows[rows.length - 1]);
  }
  res.end();
}
export { PAGE as EXPORT_PAGE };

function csvLine(record, fields) {
  return fields.map((field) => csvCell(record[field])).join(",") + "\r\n";
}

/**
 * RFC 4180 quoting; lists joined with spaces; and a leading `=`, `+`, `-`,
 * `@`, tab or CR gets a `'` so a spreadsheet shows the text instead of running
 * it as a formula (OWASP "CSV Injection").
 */
function csvCell(value) {
  let text = Array.isArray(value) ? value.join(" ") : value == null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;
  return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

/** The privacy policy the visitor could open, as an absolute URL (a relative one is resolved against the receipt's page). */
function absolutePolicyUrl(config, row) {
  const policy = config ? resolveText(config.policyUrl, row.language, config.languages[0]) : "";
  try {
    return policy ? new URL(policy, row.url).href : "";
  } catch {
    return policy;
  }
}
