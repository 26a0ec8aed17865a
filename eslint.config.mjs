// One lint config for the whole repository (the SDK, its tests, the examples and the workspaces).
// Formatting is Prettier's job (.prettierrc.json); this file only catches mistakes.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/dist/", "**/node_modules/", "coverage/", "bench/results/", "bench/.site/", "tests/e2e/screenshots/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // JSX is classic `h(…)` (tsconfig.json jsxFactory): the import of `h` is what the JSX uses.
    languageOptions: { globals: { ...globals.browser, ...globals.node }, parserOptions: { jsxPragma: "h" } },
    rules: {
      // `_`-prefixed names are deliberately unused (a callback's position, a rest sibling).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // `a && b()` and `c ? d() : e()` as statements are a deliberate byte saving in the drop-in (see docs/architecture.md).
      "@typescript-eslint/no-unused-expressions": ["error", { allowShortCircuit: true, allowTernary: true }],
      // A catch that only swallows is how a browser API that may throw (cookies, storage) stays away from the page.
      "no-empty": ["error", { allowEmptyCatch: true }],
      // Control characters in patterns are what the text-link parser rejects on purpose.
      "no-control-regex": "off",
    },
  },
  {
    // Tests build hostile and partial configs on purpose; the validator and the lint walk untyped JSON.
    files: ["tests/**", "src/core/checks.ts", "src/core/lint-config.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
