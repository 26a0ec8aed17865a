// The demo site served through the HTML rewriter (examples/rewrite/): a page nobody tagged reaches the browser
// tagged, so not even the preload scanner requests anything from the third party before consent.
import { test, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { startRewriteExample } from "../../examples/rewrite/serve.mjs";
import { startHarness, settle, load, button, ran, waitFor } from "./helpers.mjs";

let h;
let example;
before(async () => {
  h = await startHarness();
  example = await startRewriteExample();
});
after(async () => {
  await example.close();
  await h.close();
});
beforeEach(() => example.servers.clearLog());

const thirdParty = () => example.servers.requests.filter((r) => r.origin === "third").map((r) => r.path);
const SCRIPTS = ["Google Analytics", "Albacross", "LinkedIn Insight", "Pardot"];

for (const [name, origin] of [
  ["Node middleware", () => example.nodeOrigin],
  ["edge Response handler", () => example.edgeOrigin],
]) {
  test(`through the ${name}: zero third-party requests before consent, everything after Accept all`, async (t) => {
    const page = await h.newPage(t);
    page.servers = example.servers; // the pages come from the example's servers: settle() watches their requests
    for (const path of ["/en/untagged", "/en/", "/"]) {
      await load(page, origin() + path);
      await button(page, path == "/" ? "Godkänn alla" : "Accept all").waitFor();
      assert.deepEqual(thirdParty(), [], `nothing requested from the third party on ${path}`);
    }
    await load(page, origin() + "/en/untagged");
    await button(page, "Accept all").click();
    await waitFor(async () => (await ran(page)).length === SCRIPTS.length, "the untagged scripts, after consent");
    await settle(page);
    assert.deepEqual([...(await ran(page))].sort(), [...SCRIPTS].sort());
    assert.ok(
      thirdParty().some((path) => path.startsWith("/embed.html?v=untagged")),
      "the video loads",
    );
  });
}
