/**
 * Bundles the React and Vue demo pages (/en/react, /en/vue) with esbuild, the bundler already in the
 * repository, into dist/examples/. `assent`, `assent/react` and `assent/vue` resolve to the built
 * files in dist/, as they would from the npm package. `npm start` runs this after `npm run build`;
 * `node examples/apps/build.mjs` runs it alone.
 */
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const BUILT = { assent: "assent.mjs", "assent/react": "react.mjs", "assent/vue": "vue.mjs" };

/** `import … from "assent/react"` → dist/react.mjs: the package's own entry points, built. */
const builtAssent = {
  name: "built-assent",
  setup(bundler) {
    bundler.onResolve({ filter: /^assent(\/react|\/vue)?$/ }, (args) => ({ path: `${REPO}dist/${BUILT[args.path]}` }));
  },
};

export async function buildApps() {
  await build({
    entryPoints: { react: `${REPO}examples/apps/react-app.jsx`, vue: `${REPO}examples/apps/vue-app.js` },
    outdir: `${REPO}dist/examples`,
    bundle: true,
    format: "esm",
    minify: true,
    // Not the repository's tsconfig, which compiles JSX for Preact (the UI's): these apps are React's.
    tsconfigRaw: { compilerOptions: { jsx: "react-jsx", jsxImportSource: "react" } },
    plugins: [builtAssent],
    // Production builds of React and Vue; Vue's flags as its esm-bundler build asks bundlers to set them.
    define: {
      "process.env.NODE_ENV": '"production"',
      __VUE_OPTIONS_API__: "false",
      __VUE_PROD_DEVTOOLS__: "false",
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: "false",
    },
    logLevel: "warning",
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildApps();
