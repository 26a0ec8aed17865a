/**
 * A per-client token bucket held in memory only: `perMinute` receipts a
 * minute, bursts of up to the same number. The client key (its address) is
 * used for this count and nothing else: it is never stored or logged.
 * Each server process counts on its own (see server/README.md).
 * @returns {(key: string, now?: number) => boolean} true when the request may go on
 */
export function createRateLimit(perMinute) {
  if (!perMinute) return () => true;
  const buckets = new Map();
  const refillPerMs = perMinute / 60000;
  let sweptAt = Date.now();
  return (key, now = Date.now()) => {
    // A full bucket carries no information: dropping those keeps the map as small as the busy clients.
    if (now - sweptAt > 60000) {
      for (const [k, b] of buckets) if (b.tokens + (now - b.at) * refillPerMs >= perMinute) buckets.delete(k);
      sweptAt = now;
    }
    const bucket = buckets.get(key) || { tokens: perMinute, at: now };
    bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.at) * refillPerMs);
    bucket.at = now;
    buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  };
}

/** The client's address: the socket's, or with `trustProxy` the last hop the proxy added to X-Forwarded-For. */
export function clientKey(req, trustProxy) {
  const forwarded = trustProxy && req.headers["x-forwarded-for"];
  if (forwarded) return String(forwarded).split(",").pop().trim();
  return req.socket.remoteAddress || "";
}
