import { Tokenizer, TokenizerMode, type Token, type TokenHandler } from "parse5";
import type { UrlMatcher } from "../core/url-patterns";
import { rewriteStartTag } from "./tagged-tag";

/** Text in, text out, in any number of chunks: what `write` returns is final; `end()` returns the rest. */
export interface HtmlRewriter {
  write(chunk: string): string;
  end(): string;
}

// The tokenizer state each element's content is read in, as the browser's tree builder switches it
// (https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-inbody; scripting enabled, as in a browser that
// runs Assent, so <noscript> content is text).
const CONTENT_MODE: { [tagName: string]: (typeof TokenizerMode)[keyof typeof TokenizerMode] } = {
  script: TokenizerMode.SCRIPT_DATA,
  style: TokenizerMode.RAWTEXT,
  xmp: TokenizerMode.RAWTEXT,
  iframe: TokenizerMode.RAWTEXT,
  noembed: TokenizerMode.RAWTEXT,
  noframes: TokenizerMode.RAWTEXT,
  noscript: TokenizerMode.RAWTEXT,
  textarea: TokenizerMode.RCDATA,
  title: TokenizerMode.RCDATA,
  plaintext: TokenizerMode.PLAINTEXT,
};
// Start tags that end SVG or MathML content (https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-inforeign).
const BREAKOUT = new Set(
  (
    "b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta " +
    "nobr ol p pre ruby s small span strong strike sub sup table tt u ul var"
  ).split(" "),
);
const FOREIGN = /^(svg|math)$/;

/**
 * A streaming rewriter over parse5's tokenizer, the WHATWG tokenizer the HTML parser of jsdom and many tools is built
 * on: it finds start tags exactly where a browser would (never inside comments, script bodies, <textarea> or quoted
 * attribute values), and every byte it does not rewrite is copied from the input as it was.
 */
export function createHtmlRewriter(match: UrlMatcher): HtmlRewriter {
  let pending = ""; // input not yet handed out, starting at offset `pendingStart` of the whole document
  let pendingStart = 0;
  let settled = 0; // offset up to which every token has been seen, so the input before it is final
  let out = "";
  let foreign = 0; // open <svg>/<math> elements: their content is not HTML, and its elements are not rewritten

  const take = (offset: number, replacement = "") => {
    out += pending.slice(0, offset - pendingStart) + replacement;
    pending = pending.slice(offset - pendingStart);
    pendingStart = offset;
  };
  const seen = (token: { location: Token.Location | null }) => {
    if (token.location) settled = token.location.endOffset;
  };
  const handler: TokenHandler = {
    onStartTag(token) {
      seen(token);
      const name = token.tagName;
      if (foreign && (BREAKOUT.has(name) || (name == "font" && token.attrs.some((a) => /^(color|face|size)$/.test(a.name)))))
        foreign = 0;
      if (FOREIGN.test(name)) foreign += token.selfClosing ? 0 : 1;
      else if (!foreign) {
        if (CONTENT_MODE[name] != null) tokenizer.state = CONTENT_MODE[name];
        const location = token.location!;
        const raw = pending.slice(location.startOffset - pendingStart, location.endOffset - pendingStart);
        const tagged = rewriteStartTag(token, raw, match);
        if (tagged != null) {
          take(location.startOffset);
          pending = pending.slice(raw.length);
          pendingStart = location.endOffset;
          out += tagged;
        }
      }
      tokenizer.inForeignNode = foreign > 0;
    },
    onEndTag(token) {
      seen(token);
      if (foreign && FOREIGN.test(token.tagName)) foreign--;
      tokenizer.inForeignNode = foreign > 0;
    },
    onComment: seen,
    onDoctype: seen,
    onCharacter: seen,
    onNullCharacter: seen,
    onWhitespaceCharacter: seen,
    onEof() {},
  };
  const tokenizer = new Tokenizer({ sourceCodeLocationInfo: true }, handler);

  const flush = (offset: number) => {
    if (offset > pendingStart) take(offset);
    const text = out;
    out = "";
    return text;
  };
  return {
    write(chunk) {
      pending += chunk;
      tokenizer.write(chunk, false);
      return flush(settled);
    },
    end() {
      tokenizer.write("", true);
      return flush(pendingStart + pending.length);
    },
  };
}
