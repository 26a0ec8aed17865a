import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parse, type DefaultTreeAdapterTypes as T } from "parse5";
import { createRewriteStream, InvalidConfigError, rewriteHtml } from "../../../src/rewrite/index";
import type { AssentConfig } from "../../../src/types";

const CONFIG: AssentConfig = {
  categories: [
    { id: "necessary", required: true, title: "N" },
    {
      id: "marketing",
      title: "M",
      services: [
        { id: "hotjar", title: "Hotjar", urls: ["*.hotjar.com"] },
        { id: "youtube", title: "YouTube", urls: ["www.youtube.com/embed/"] },
      ],
    },
  ],
};

describe("rewriteHtml", () => {
  it("tags a matching script, frame, image and stylesheet, and nothing else", () => {
    const html =
      `<script src="https://static.hotjar.com/c/hotjar-1.js?sv=6" async nonce="n" integrity="sha384-x" crossorigin></script>` +
      `<script type="module" src="//script.hotjar.com/m.js"></script>` +
      `<iframe width="560" src="https://www.youtube.com/embed/abc"></iframe>` +
      `<img srcset="https://x.hotjar.com/p2.gif 2x" src="https://x.hotjar.com/p.gif" alt="">` +
      `<link rel="stylesheet" href="https://static.hotjar.com/s.css"><link rel="icon" href="https://static.hotjar.com/i.ico">` +
      `<script src="/own.js"></script><iframe src="https://www.youtube.com/watch?v=1"></iframe>`;
    expect(rewriteHtml(html, CONFIG)).toBe(
      `<script data-category="marketing" data-service="hotjar" type="text/plain" src="https://static.hotjar.com/c/hotjar-1.js?sv=6" async nonce="n" integrity="sha384-x" crossorigin></script>` +
        `<script data-category="marketing" data-service="hotjar" type="text/plain" data-type="module" src="//script.hotjar.com/m.js"></script>` +
        `<iframe data-category="marketing" data-service="youtube" width="560" data-src="https://www.youtube.com/embed/abc"></iframe>` +
        `<img data-category="marketing" data-service="hotjar" data-srcset="https://x.hotjar.com/p2.gif 2x" data-src="https://x.hotjar.com/p.gif" alt="">` +
        `<link data-category="marketing" data-service="hotjar" rel="stylesheet" data-href="https://static.hotjar.com/s.css"><link rel="icon" href="https://static.hotjar.com/i.ico">` +
        `<script src="/own.js"></script><iframe src="https://www.youtube.com/watch?v=1"></iframe>`,
    );
  });

  it("keeps everything that is not a matching start tag byte for byte", () => {
    const html =
      `<!DOCTYPE html>\r\n<!-- <script src="https://a.hotjar.com/x.js"></script> -->` +
      `<script>document.write('<script src="https://a.hotjar.com/in-body.js"><\\/script>')</script>` +
      `<textarea><img src="https://a.hotjar.com/t.gif"></textarea><title><img src="https://a.hotjar.com/t.gif"></title>` +
      `<style>a::after{content:"<img src=https://a.hotjar.com/s.gif>"}</style>` +
      `<noscript><img src="https://a.hotjar.com/noscript.gif"></noscript>` +
      `<div title='<img src="https://a.hotjar.com/attr.gif">' data-x="a > b">&amp; &lt;img&gt;</div>` +
      `<script type="text/plain" data-category="marketing" src="https://a.hotjar.com/tagged.js"></script>` +
      `<script data-assent="ignore" src="https://a.hotjar.com/ignored.js"></script>` +
      `<script type="application/ld+json" src="https://a.hotjar.com/data.json"></script>` +
      `<svg><image href="https://a.hotjar.com/svg.png"/></svg><p>ünïcödé 🙂</p>`;
    expect(rewriteHtml(html, CONFIG)).toBe(html);
  });

  it("keeps odd casing, quoting and a '>' inside quotes, changing only the names it must", () => {
    expect(
      rewriteHtml(
        `<IMG ALT="a > b" SRC=https://x.hotjar.com/p.gif/><SCRIPT Type='text/javascript' SrC='https://x.hotjar.com/a.js'></SCRIPT>`,
        CONFIG,
      ),
    ).toBe(
      `<IMG data-category="marketing" data-service="hotjar" ALT="a > b" data-SRC=https://x.hotjar.com/p.gif/>` +
        `<SCRIPT data-category="marketing" data-service="hotjar" type="text/plain" data-Type='text/javascript' SrC='https://x.hotjar.com/a.js'></SCRIPT>`,
    );
  });

  it("leaves the HTML as it is with autoBlock false or without urls", () => {
    const html = `<script src="https://static.hotjar.com/c.js"></script>`;
    expect(rewriteHtml(html, { ...CONFIG, autoBlock: false })).toBe(html);
    expect(rewriteHtml(html, { categories: [{ id: "a", title: "A" }] })).toBe(html);
  });

  it("throws at once, with every problem, for an invalid config", () => {
    const bad = { categories: [{ id: "bad id", title: "x", services: [{ id: "s", title: "S", urls: [""] }] }], colour: 1 };
    expect(() => rewriteHtml("<p>", bad as never)).toThrow(InvalidConfigError);
    expect(() => createRewriteStream(bad as never)).toThrow(/categories\[0\]\.id[\s\S]*urls\[0\][\s\S]*colour/);
  });
});

/** Feeds `html` through the stream in chunks of these sizes (cycled) and collects the output. */
async function throughStream(html: string, sizes: number[]): Promise<string> {
  const chunks: string[] = [];
  for (let at = 0, i = 0; at < html.length; i++) chunks.push(html.slice(at, (at += sizes[i % sizes.length])));
  const readable = new ReadableStream<string>({
    start(controller) {
      chunks.forEach((chunk) => controller.enqueue(chunk));
      controller.close();
    },
  }).pipeThrough(createRewriteStream(CONFIG));
  let out = "";
  for await (const text of readable as unknown as AsyncIterable<string>) out += text;
  return out;
}

// Pieces of HTML that hide start tags in every place a tokenizer can get wrong.
const PIECES = [
  `<script src="https://static.hotjar.com/a.js"></script>`,
  `<SCRIPT SRC='//x.hotjar.com/b.js' TYPE=module defer></SCRIPT>`,
  `<script>if (a < b && c > d) x = '<script src="https://x.hotjar.com/s.js"></scr' + 'ipt>'</script>`,
  `<script><!-- <script src="https://x.hotjar.com/esc.js"></script> --></script>`,
  `<iframe src="https://www.youtube.com/embed/v" allowfullscreen>fallback <b>text</b></iframe>`,
  `<img alt="1 > 0" src=https://i.hotjar.com/p.gif>`,
  `<img src="https://own.example/p.gif">`,
  `<link rel=stylesheet href="https://c.hotjar.com/s.css">`,
  `<video src="https://v.hotjar.com/v.mp4"><source src="https://v.hotjar.com/v.webm"></video>`,
  `<textarea><script src="https://x.hotjar.com/t.js"></script></textarea>`,
  `<title>a <img src="https://x.hotjar.com/t.gif"> b</title>`,
  `<style>/* <img src="https://x.hotjar.com/s.gif"> */</style>`,
  `<!-- <img src="https://x.hotjar.com/c.gif"> -->`,
  `<!--->`,
  `<div class="a" data-x='>'>`,
  `</div>`,
  `<p>text & more &amp; <b>bold</b>`,
  `<script type="text/plain" data-category="marketing" src="https://x.hotjar.com/tagged.js"></script>`,
  `<img data-assent="ignore" src="https://x.hotjar.com/ignored.gif">`,
  `<table><tr><td><img src="https://x.hotjar.com/td.gif"></td></tr></table>`,
  `<ul><li>one<li>two</ul>`,
  `\r\n`,
  `<`,
  `>`,
  `&`,
  `a`,
  ` `,
  `<br/>`,
  `<svg><title><img src="https://x.hotjar.com/svg-title.gif"></title></svg>`,
  `<template><img src="https://x.hotjar.com/tpl.gif"></template>`,
];

type Canon = string | { name: string; attrs: string[]; children: Canon[] };

/** A parse5 tree as plain data: attributes sorted (the rewriter adds some at the front), text merged. */
function canon(node: T.ParentNode): Canon[] {
  const out: Canon[] = [];
  const children = "content" in node && node.nodeName == "template" ? (node as T.Template).content.childNodes : node.childNodes;
  for (const child of children) {
    if (child.nodeName == "#text") out.push("text:" + (child as T.TextNode).value);
    else if (child.nodeName == "#comment") out.push("comment:" + (child as T.CommentNode).data);
    else if ("tagName" in child)
      out.push({
        name: child.namespaceURI + " " + child.tagName,
        attrs: child.attrs.map((a) => `${a.name}=${a.value}`).sort(),
        children: canon(child),
      });
  }
  return out;
}

/** What the rewriter should have done to the parsed original: the tagged form of every matching untagged element. */
function expectTagged(node: T.ParentNode): void {
  const children = "content" in node && node.nodeName == "template" ? (node as T.Template).content.childNodes : node.childNodes;
  for (const child of children) {
    if (!("tagName" in child)) continue;
    expectTagged(child);
    if (child.namespaceURI != "http://www.w3.org/1999/xhtml") continue;
    const get = (name: string) => child.attrs.find((a) => a.name == name);
    const urlName = child.tagName == "link" ? "href" : "src";
    const url = get(urlName);
    const match =
      /^(script|iframe|img|embed|video|audio|source|link)$/.test(child.tagName) &&
      url &&
      !get("data-category") &&
      get("data-assent")?.value != "ignore" &&
      (child.tagName != "link" || /stylesheet/.test(get("rel")?.value || "")) &&
      (child.tagName != "script" || /^(|module|text\/javascript)$/i.test(get("type")?.value || "")) &&
      /^(https?:)?\/\/([\w-]+\.)*hotjar\.com\/|^(https?:)?\/\/www\.youtube\.com\/embed\//.test(url.value);
    if (!match) continue;
    const service = /youtube/.test(url.value) ? "youtube" : "hotjar";
    child.attrs.push({ name: "data-category", value: "marketing" }, { name: "data-service", value: service });
    for (const attr of child.attrs) {
      if (child.tagName == "script" ? attr.name == "type" : attr.name == urlName || attr.name == "srcset")
        attr.name = "data-" + attr.name;
    }
    if (child.tagName == "script") child.attrs.push({ name: "type", value: "text/plain" });
  }
}

describe("rewriteHtml on generated HTML", () => {
  const documents = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(""));

  it("changes the parse tree only by tagging the matching elements", () => {
    fc.assert(
      fc.property(documents, (html) => {
        const original = parse(html);
        expectTagged(original);
        expect(canon(parse(rewriteHtml(html, CONFIG)))).toEqual(canon(original));
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same output in chunks of any size as in one piece", async () => {
    await fc.assert(
      fc.asyncProperty(
        documents,
        fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 8 }),
        async (html, sizes) => {
          expect(await throughStream(html, sizes)).toBe(rewriteHtml(html, CONFIG));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("handles a 5 MB document in one pass, whatever the chunks", async () => {
    const page = PIECES.join("\n") + "<p>" + "lorem ipsum dolor sit amet ".repeat(40) + "</p>\n";
    const html = page.repeat(Math.ceil(5e6 / page.length));
    const whole = rewriteHtml(html, CONFIG);
    expect(whole).not.toBe(html);
    for (const sizes of [[65536], [1000, 7, 4093], [16384, 1]]) expect(await throughStream(html, sizes)).toBe(whole);
  }, 60_000);
});
