import { isObject, type CheckContext, type ConfigProblem } from "./checks";
import { CONFIG_CHECK } from "./config-spec.generated";
import { maxEncodedLength, type CodecConfig } from "./consent-codec";

/** The consent cookie's budget (README, "Where the choice is kept"): past it a browser may drop the choice. */
const MAX_COOKIE_BYTES = 400;

export { isObject, type ConfigProblem } from "./checks";

export { UI_TEXT_KEYS } from "./ui-text-keys";

/**
 * Checks a config and lists every problem in it, each with its JSON path
 * (`categories[1].id: expected letters, digits, _ or -`). An empty list means
 * the config is valid. Never throws, whatever it is given. The checks are
 * declared in src/config/spec.ts.
 */
export function validateConfig(value: unknown): ConfigProblem[] {
  const ctx: CheckContext = { problems: [], seen: new Map() };
  CONFIG_CHECK(value, "", ctx);
  // Sized only when the categories and services are well formed: the length follows from their count.
  if (isObject(value) && !ctx.problems.some((problem) => problem.path.startsWith("categories"))) {
    const length = maxEncodedLength(value as CodecConfig);
    if (length > MAX_COOKIE_BYTES)
      ctx.problems.push({
        path: "categories",
        message: `the consent cookie could take ${length} bytes, over the ${MAX_COOKIE_BYTES} a choice may take: use fewer categories and services`,
      });
  }
  return ctx.problems;
}
