import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The root installs React 19; the tests/react18 workspace holds React 18 for the same adapter tests.
const REACT_18 = fileURLToPath(new URL("./tests/react18/node_modules/", import.meta.url));

// Unit tests only; browser tests live in tests/e2e and run with node's test runner against dist/.
// The core's tests run in the `node` environment on purpose: a stray `document` in src/core fails there.
export default defineConfig({
  // Classic JSX, as in tsconfig.json: `h("p", props, child)` is shorter in the drop-in than the automatic
  // runtime's `jsx("p", { ...props, children })`, so each .tsx file imports `h` from preact.
  esbuild: { jsx: "transform", jsxFactory: "h", jsxFragment: "Fragment" },
  test: {
    // Without this, vitest hands `?raw` CSS imports over as an empty string and the UI is tested unstyled.
    css: { include: [/assent\.css/] },
    projects: [
      {
        extends: true,
        test: {
          name: "core",
          include: [
            "tests/unit/core/**/*.test.ts",
            "tests/unit/cli/**/*.test.ts",
            "tests/unit/rewrite/**/*.test.ts",
            "tests/unit/locales/**/*.test.ts",
            "tests/unit/config/**/*.test.ts",
          ],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "dom",
          include: ["tests/unit/{browser,ui,gtm,adapters}/**/*.test.{ts,tsx}", "tests/unit/*.test.ts"],
          environment: "jsdom",
        },
      },
      {
        extends: true,
        resolve: { alias: [{ find: /^react(-dom)?(\/.*)?$/, replacement: REACT_18 + "react$1$2" }] },
        test: { name: "react18", include: ["tests/unit/adapters/react*.test.ts"], environment: "jsdom" },
      },
    ],
  },
});
