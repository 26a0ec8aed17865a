// The `assent` command (bin/assent.mjs runs the bundled dist/cli.mjs): the only
// CLI module that touches the real file system and process.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { runCommand } from "./command";

process.exitCode = runCommand(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, "utf8"),
  writeFile(path, text) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  },
  // This file is bundled to dist/cli.mjs, beside dist/site/ and dist/locales/.
  distDir: dirname(fileURLToPath(import.meta.url)),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
