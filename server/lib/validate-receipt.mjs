import { RECEIPT_ACTIONS, RECEIPT_KEYS, RECEIPT_SOURCES } from "../dist/sdk.mjs";

/** The consent id alphabet and length of the SDK's cookie codec (src/core/consent-codec.ts). */
const CONSENT_ID = /^[\w-]{1,64}$/;
const HASH = /^[0-9a-f]{64}$/;
/** ISO 8601 as `Date.prototype.toISOString` writes it (what the SDK sends), with an optional offset instead of Z. */
const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?(Z|[+-]\d\d:\d\d)$/;
const MAX_URL = 2048;

/**
 * Checks one parsed request body against the receipt of the SDK
 * (src/core/receipt.ts) and the config of the revision it names: the exact
 * keys, their types, a known revision, categories and services of that
 * config (required categories always in, as the SDK sends them), a known
 * action, source and language, a hash or "" (an http page has no Web
 * Crypto), an absolute http(s) URL without query or fragment, an ISO time.
 * @param {unknown} body
 * @param {Map<number, object>} configs normalized configs by revision
 * @returns {string | null} the first problem, or null when the receipt is valid
 */
export function findReceiptProblem(body, configs) {
  if (!body || typeof body != "object" || Array.isArray(body)) return "the body must be a JSON object";
  const keys = Object.keys(body);
  const extra = keys.filter((key) => !RECEIPT_KEYS.includes(key));
  if (extra.length) return `unknown field ${JSON.stringify(extra[0])}`;
  const missing = RECEIPT_KEYS.filter((key) => !keys.includes(key));
  if (missing.length) return `missing field "${missing[0]}"`;
  const r = body;
  if (typeof r.consentId != "string" || !CONSENT_ID.test(r.consentId)) return "consentId must be 1-64 letters, digits, _ or -";
  if (!Number.isInteger(r.revision)) return "revision must be an integer";
  const config = configs.get(r.revision);
  if (!config) return `revision ${r.revision} is not one of the configured revisions (${[...configs.keys()].join(", ")})`;
  const categoryIds = config.categories.map((c) => c.id);
  const problem =
    listProblem("categories", r.categories, categoryIds) ||
    listProblem(
      "services",
      r.services,
      config.categories.flatMap((c) => (c.services || []).map((s) => s.id)),
    );
  if (problem) return problem;
  const required = config.categories.find((c) => c.required && !r.categories.includes(c.id));
  if (required) return `categories must include the required category "${required.id}"`;
  if (!RECEIPT_ACTIONS.includes(r.action)) return `action must be one of ${RECEIPT_ACTIONS.join(", ")}`;
  if (!RECEIPT_SOURCES.includes(r.source)) return `source must be one of ${RECEIPT_SOURCES.join(", ")}`;
  if (typeof r.language != "string" || !config.languages.includes(r.language))
    return `language must be one of ${config.languages.join(", ")}`;
  if (typeof r.textHash != "string" || (r.textHash !== "" && !HASH.test(r.textHash)))
    return "textHash must be 64 lower-case hex digits (or empty)";
  if (!isPageUrl(r.url)) return "url must be an absolute http(s) URL without query or fragment";
  if (typeof r.timestamp != "string" || !ISO_TIME.test(r.timestamp) || Number.isNaN(Date.parse(r.timestamp)))
    return "timestamp must be an ISO 8601 time";
  return null;
}

function listProblem(name, list, known) {
  if (!Array.isArray(list)) return `${name} must be an array of ids`;
  const seen = new Set();
  for (const id of list) {
    if (typeof id != "string" || !known.includes(id))
      return `${name} holds ${JSON.stringify(id)}, not one of the config's ${name}`;
    if (seen.has(id)) return `${name} names "${id}" twice`;
    seen.add(id);
  }
  return null;
}

function isPageUrl(url) {
  if (typeof url != "string" || url.length > MAX_URL) return false;
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) && !url.includes("?") && !url.includes("#") && parsed.href === url;
  } catch {
    return false;
  }
}
