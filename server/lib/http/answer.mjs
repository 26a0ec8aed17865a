/** Answers with a JSON problem (RFC 9457 shape): what went wrong, in words a developer can act on. */
export function answerProblem(res, status, detail, headers = {}) {
  const body = JSON.stringify({ status, title: TITLES[status] || "Error", detail });
  res.writeHead(status, { ...headers, "content-type": "application/problem+json", "cache-control": "no-store" });
  res.end(body);
}

/** Answers with a JSON value. */
export function answerJson(res, status, value, headers = {}) {
  res.writeHead(status, { ...headers, "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(value));
}

const TITLES = {
  400: "Not a valid receipt",
  401: "Unauthorized",
  403: "Origin not allowed",
  404: "Not found",
  405: "Method not allowed",
  413: "Receipt too large",
  415: "Receipt must be JSON",
  429: "Too many receipts",
  503: "Receipts cannot be kept right now",
};
