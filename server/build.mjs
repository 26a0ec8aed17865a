// Bundles the SDK modules the server runs (src/sdk.ts and what it imports from
// ../src) into dist/sdk.mjs for Node. esbuild rather than the root rollup
// config: it reads the SDK's TypeScript as it is, in one step of a few ms,
// and leaves the browser builds and their config alone.
import { build } from "esbuild";

await build({
  entryPoints: [new URL("./src/sdk.ts", import.meta.url).pathname],
  outfile: new URL("./dist/sdk.mjs", import.meta.url).pathname,
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  logLevel: "warning",
});
