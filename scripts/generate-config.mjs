/**
 * `npm run generate`: rewrites what follows from src/config/spec.ts (the generated part of
 * src/types.ts and src/core/config-spec.generated.ts). The spec is TypeScript; esbuild (already
 * in the toolchain) bundles it for node first.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { build } from "esbuild";
import * as prettier from "prettier";

const { outputFiles } = await build({
  entryPoints: ["src/config/outputs.ts"],
  bundle: true,
  format: "esm",
  platform: "node",
  write: false,
});
const { generatedFiles } = await import("data:text/javascript;base64," + Buffer.from(outputFiles[0].text).toString("base64"));
const format = async (text, path) => prettier.format(text, { ...(await prettier.resolveConfig(path)), filepath: path });
for (const [path, text] of await generatedFiles((path) => readFileSync(path, "utf8"), format)) {
  const changed = !existsSync(path) || readFileSync(path, "utf8") != text;
  if (changed) writeFileSync(path, text);
  console.log(`${changed ? "wrote" : "unchanged"} ${path}`);
}
