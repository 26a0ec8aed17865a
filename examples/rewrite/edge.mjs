/**
 * The rewriter as an edge runtime uses it: a Web `Response` in, a `Response` out, HTML rewritten as it streams.
 * Works wherever `Response`, `TextDecoderStream` and `TransformStream` exist (edge workers, Deno, Node 18+).
 */
import { createRewriteStream } from "../../dist/rewrite.mjs";

/** `response` with its body tagged by `config` when it is HTML; any other response as it was. */
export function rewriteResponse(response, config) {
  const type = response.headers.get("content-type") || "";
  if (!type.startsWith("text/html") || !response.body) return response;
  const body = response.body
    .pipeThrough(new TextDecoderStream())
    .pipeThrough(createRewriteStream(config))
    .pipeThrough(new TextEncoderStream());
  const headers = new Headers(response.headers);
  headers.delete("content-length"); // the length changes
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}
