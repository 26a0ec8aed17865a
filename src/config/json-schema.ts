/** dist/config.schema.json, as the build writes it (rollup.config.mjs) and the tests read it. */
import { toJsonSchema } from "./generate";
import { CONFIG_SPEC } from "./spec";

export const CONFIG_SCHEMA = toJsonSchema(CONFIG_SPEC);
