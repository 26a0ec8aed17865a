// The `assent` command (bin/assent.mjs runs the bundled dist/cli.mjs): the only
// CLI module that touches the real file system and process.
import { readFileSync } from "node:fs";
import { runCommand } from "./command";

process.exitCode = runCommand(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, "utf8"),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
