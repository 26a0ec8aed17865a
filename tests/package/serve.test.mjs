// `npm start` on a port that is taken says so in one line (no stack trace) and exits, when PORT asks for it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const SERVE = fileURLToPath(new URL("../../examples/serve.mjs", import.meta.url));

test("PORT set to a busy port: one line naming the port, exit 1", async () => {
  const blocker = createServer();
  await new Promise((resolve) => blocker.listen(0, "127.0.0.1", resolve));
  const { port } = blocker.address();
  try {
    const result = spawnSync(process.execPath, [SERVE], {
      env: { ...process.env, PORT: String(port) },
      encoding: "utf8",
      timeout: 20_000,
    });
    assert.equal(result.status, 1);
    const lines = result.stderr.trim().split("\n");
    assert.equal(lines.length, 1, result.stderr);
    assert.match(lines[0], new RegExp(`Port ${port} is already in use`));
    assert.doesNotMatch(result.stderr, /EADDRINUSE|\bat /);
  } finally {
    blocker.close();
  }
});
