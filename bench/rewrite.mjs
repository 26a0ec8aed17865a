/**
 * `node bench/rewrite.mjs` (after `npm run build`): throughput of the HTML rewriter (README "The HTML rewriter") on a
 * 5 MB document made of the demo's home page with untagged tags added, one-shot and as a stream of 16 KiB chunks,
 * beside parse5's tokenizer alone (the floor: the rewriter's own work is what is left).
 */
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { Tokenizer } from "parse5";
import { createRewriteStream, rewriteHtml } from "../dist/rewrite.mjs";

const config = JSON.parse(readFileSync(new URL("../examples/consent.json", import.meta.url), "utf8"));
config.categories[1].services[0].urls = ["*.hotjar.com", "www.googletagmanager.com/gtag/js"];
const page =
  readFileSync(new URL("../examples/site/en/index.html", import.meta.url), "utf8") +
  `<script async src="https://www.googletagmanager.com/gtag/js?id=G-1"></script><img src="https://x.hotjar.com/p.gif">`;
const html = page.repeat(Math.ceil(5e6 / page.length));
const mb = html.length / 1e6;
const rate = (ms, times = 1) => ((mb * times) / (ms / 1000)).toFixed(1) + " MB/s";

const time = (fn, times = 3) => {
  fn();
  const start = performance.now();
  for (let i = 0; i < times; i++) fn();
  return rate(performance.now() - start, times);
};
const noop = () => {};
const handler = { onComment: noop, onDoctype: noop, onStartTag: noop, onEndTag: noop, onEof: noop };
Object.assign(handler, { onCharacter: noop, onNullCharacter: noop, onWhitespaceCharacter: noop });

console.log(`${mb.toFixed(1)} MB, load ${loadavg()[0].toFixed(1)}`);
console.log(
  "rewriteHtml, one string:     ",
  time(() => rewriteHtml(html, config)),
);
const start = performance.now();
const chunks = [];
for (let i = 0; i < html.length; i += 16384) chunks.push(html.slice(i, i + 16384));
const stream = new ReadableStream({
  start(controller) {
    chunks.forEach((chunk) => controller.enqueue(chunk));
    controller.close();
  },
}).pipeThrough(createRewriteStream(config));
for await (const text of stream) void text;
console.log("createRewriteStream, 16 KiB: ", rate(performance.now() - start));
console.log(
  "parse5 tokenizer alone:      ",
  time(() => new Tokenizer({ sourceCodeLocationInfo: true }, handler).write(html, true)),
);
