import type { CheckContext, ConfigProblem } from "./checks";
import { CONFIG_CHECK } from "./config-spec.generated";

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
  return ctx.problems;
}
