/**
 * The files in src/ that follow from spec.ts, as they must read: written by
 * `npm run generate` (scripts/generate-config.mjs), compared by tests/unit/config/.
 */
import { toChecks, toTypes } from "./generate";
import { CONFIG_SPEC } from "./spec";

export const TYPES_FILE = "src/types.ts";
export const CHECKS_FILE = "src/core/config-spec.generated.ts";
const BEGIN = "// <config types> generated from src/config/spec.ts by `npm run generate`: edit that file, not these lines";
const END = "// </config types>";

/**
 * Every generated file's path and text. `read` gives a file's current text (types.ts keeps its
 * hand-written parts around the generated lines); `format` is Prettier with the repository's settings.
 */
export async function generatedFiles(
  read: (path: string) => string,
  format: (text: string, path: string) => Promise<string>,
): Promise<Array<[path: string, text: string]>> {
  const types = read(TYPES_FILE);
  const start = types.indexOf(BEGIN);
  const end = types.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${TYPES_FILE} has lost its "${BEGIN}" … "${END}" lines`);
  const typesText = types.slice(0, start) + BEGIN + "\n" + toTypes(CONFIG_SPEC) + END + types.slice(end + END.length);
  return [
    [TYPES_FILE, await format(typesText, TYPES_FILE)],
    [CHECKS_FILE, await format(toChecks(CONFIG_SPEC), CHECKS_FILE)],
  ];
}
