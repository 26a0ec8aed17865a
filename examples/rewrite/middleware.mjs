/**
 * The rewriter as Node middleware, Connect/Express style: `(req, res, next)`. An HTML response (by the
 * Content-Type set before its first write) leaves through the rewriter; anything else passes untouched.
 */
import { createRewriteStream } from "../../dist/rewrite.mjs";

export function rewriteMiddleware(config) {
  createRewriteStream(config); // an invalid config throws now, at start-up, not on the first request
  return (req, res, next) => {
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    let writer = null;
    let done = null;
    const start = () => {
      if (writer || !String(res.getHeader("content-type") || "").startsWith("text/html")) return;
      res.removeHeader("content-length");
      const stream = createRewriteStream(config);
      writer = stream.writable.getWriter();
      done = (async () => {
        const encoder = new TextEncoder();
        for await (const text of stream.readable) write(encoder.encode(text));
      })();
    };
    const decoder = new TextDecoder();
    const text = (chunk, encoding) =>
      typeof chunk == "string"
        ? encoding && encoding != "utf8"
          ? Buffer.from(chunk, encoding).toString()
          : chunk
        : decoder.decode(chunk, { stream: true });
    res.write = (chunk, encoding, callback) => {
      start();
      if (!writer) return write(chunk, encoding, callback);
      writer.write(text(chunk, encoding));
      if (typeof callback == "function") callback();
      return true;
    };
    res.end = (chunk, encoding, callback) => {
      start();
      if (!writer) return end(chunk, encoding, callback);
      if (chunk != null && typeof chunk != "function") writer.write(text(chunk, encoding));
      writer.write(decoder.decode());
      writer
        .close()
        .then(() => done)
        .then(() => end(typeof chunk == "function" ? chunk : callback));
      return res;
    };
    next();
  };
}
