import { randomUUID } from "node:crypto";
import { findReceiptProblem } from "../validate-receipt.mjs";
import { answerProblem } from "./answer.mjs";
import { corsHeaders, isAllowedOrigin, preflightHeaders } from "./cors.mjs";
import { clientKey } from "./rate-limit.mjs";
import { readBody } from "./read-body.mjs";
import { renewedCookie } from "./renew-cookie.mjs";

/**
 * POST /receipts (and its preflight): checks, stores and answers 204 only
 * once the receipt is durable. The order of the checks is the order of their
 * cost: origin, rate, media type, size, JSON, shape.
 */
export function createReceiver({ settings, configs, knownHashes, writer, allow }) {
  return async function receive(req, res) {
    if (!isAllowedOrigin(req, settings.origins)) {
      return answerProblem(res, 403, `origin ${req.headers.origin} may not send receipts (see --origin)`);
    }
    const cors = corsHeaders(req);
    if (req.method == "OPTIONS") {
      res.writeHead(204, preflightHeaders(req));
      return res.end();
    }
    if (req.method != "POST") return answerProblem(res, 405, "send receipts with POST", { ...cors, allow: "POST, OPTIONS" });
    if (!allow(clientKey(req, settings.trustProxy))) {
      return answerProblem(res, 429, `at most ${settings.rateLimit} receipts a minute from one client`, {
        ...cors,
        "retry-after": "60",
      });
    }
    if (!/^application\/json\s*(;|$)/i.test(req.headers["content-type"] || "")) {
      req.resume();
      return answerProblem(res, 415, "send the receipt as application/json", cors);
    }
    const body = await readBody(req);
    if (body.status) return answerProblem(res, body.status, body.problem, { ...cors, connection: "close" });
    let receipt;
    try {
      receipt = JSON.parse(body.text);
    } catch (error) {
      return answerProblem(res, 400, `the body is not JSON: ${error.message}`, cors);
    }
    const problem = findReceiptProblem(receipt, configs);
    if (problem) return answerProblem(res, 400, problem, cors);

    const row = {
      id: randomUUID(),
      consent_id: receipt.consentId,
      revision: receipt.revision,
      categories: JSON.stringify(receipt.categories),
      services: JSON.stringify(receipt.services),
      action: receipt.action,
      source: receipt.source,
      language: receipt.language,
      text_hash: receipt.textHash,
      text_known: knownHashes.has(receipt.textHash) ? 1 : 0,
      url: receipt.url,
      client_time: receipt.timestamp,
      received_at: Date.now(),
    };
    try {
      await writer.write(row);
    } catch {
      return answerProblem(res, 503, "neither the database nor the local spool could keep the receipt", cors);
    }
    const cookie = renewedCookie(req, receipt, configs.get(receipt.revision));
    res.writeHead(204, cookie ? { ...cors, "set-cookie": cookie } : cors);
    res.end();
  };
}
