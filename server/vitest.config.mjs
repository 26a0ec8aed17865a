import { defineConfig } from "vitest/config";

// The server's black-box tests: each file starts the real CLI against the embedded database and a
// throwaway PostgreSQL cluster (test/global-setup.mjs). Run with `npm test` in server/ or `npm run test:server` at the root.
export default defineConfig({
  test: {
    root: new URL(".", import.meta.url).pathname,
    include: ["test/**/*.test.mjs"],
    environment: "node",
    globalSetup: ["test/global-setup.mjs"],
    testTimeout: 60000,
    hookTimeout: 60000,
  },
});
