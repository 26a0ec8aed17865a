/**
 * `assent/rewrite` (dist/rewrite.mjs): tags untagged third-party content before the HTML leaves the server, so the
 * browser never even requests it before consent (README "The HTML rewriter"). Runs in Node and in edge runtimes;
 * nothing of it reaches the drop-in.
 */
import type { AssentConfig } from "../types";
import { validateConfig, type ConfigProblem } from "../core/validate-config";
import { createUrlMatcher, listUrlPatterns, type UrlMatcher } from "../core/url-patterns";
import { createHtmlRewriter } from "./html-rewriter";

export type { AssentConfig, ConfigProblem };

/** Thrown at once for a config `validateConfig` refuses; `problems` lists every problem with its JSON path. */
export class InvalidConfigError extends Error {
  problems: ConfigProblem[];
  constructor(problems: ConfigProblem[]) {
    super("Assent: invalid config:\n" + problems.map((p) => `  ${p.path || "(root)"}: ${p.message}`).join("\n"));
    this.name = "InvalidConfigError";
    this.problems = problems;
  }
}

/** The matcher of a valid config; `autoBlock: false` or no `urls` match nothing, and the HTML passes unchanged. */
function matcherOf(config: AssentConfig): UrlMatcher {
  const problems = validateConfig(config);
  if (problems.length) throw new InvalidConfigError(problems);
  return createUrlMatcher(config.autoBlock === false ? [] : listUrlPatterns(config));
}

/**
 * Returns `html` with every element whose URL matches a service's `urls` — `script`, `iframe`, `img`, `embed`,
 * `video`, `audio`, `source` and stylesheet or preload `link` — in the tagged form: `data-category`, `data-service`,
 * a script's `type="text/plain"` (its own type kept as `data-type`), any other element's `src`/`srcset`/`href`
 * renamed `data-src`/`data-srcset`/`data-href`. Everything else is kept byte for byte, including elements already
 * tagged and those marked `data-assent="ignore"`. Throws `InvalidConfigError` for an invalid config.
 */
export function rewriteHtml(html: string, config: AssentConfig): string {
  const rewriter = createHtmlRewriter(matcherOf(config));
  return rewriter.write(html) + rewriter.end();
}

/**
 * The same as a Web Streams `TransformStream` of text, for a response body in Node (18+) or an edge runtime:
 * `response.body.pipeThrough(new TextDecoderStream()).pipeThrough(createRewriteStream(config))`. The output is the
 * same whatever the chunks. Throws `InvalidConfigError` at once, before any HTML is read, for an invalid config.
 */
export function createRewriteStream(config: AssentConfig): TransformStream<string, string> {
  const rewriter = createHtmlRewriter(matcherOf(config));
  return new TransformStream<string, string>({
    transform(chunk, controller) {
      const text = rewriter.write(chunk);
      if (text) controller.enqueue(text);
    },
    flush(controller) {
      const text = rewriter.end();
      if (text) controller.enqueue(text);
    },
  });
}
