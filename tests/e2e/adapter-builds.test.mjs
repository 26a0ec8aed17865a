// The built adapters (dist/react.mjs, dist/vue.mjs), as a site's bundler gets them: they import the
// site's own React or Vue and nothing else, they work from the build, and nothing of React or Vue
// reaches dist/assent.js or dist/assent.mjs. No browser needed: Node runs the built files.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

const dist = (file) => readFileSync(new URL(`../../dist/${file}`, import.meta.url), "utf8");
const imports = (code) => [...code.matchAll(/\bfrom\s*"([^"]+)"/g)].map((m) => m[1]);

test("the drop-in (whole or split) and the ES module hold nothing of React or Vue", () => {
  for (const file of ["assent.js", "assent-core.js", "assent-ui.js", "assent.mjs"]) {
    const code = dist(file);
    assert.deepEqual(imports(code), [], `${file} imports nothing`);
    for (const mark of ["useSyncExternalStore", "createContext", "defineComponent", "shallowRef", "react.element", "__VUE"])
      assert.ok(!code.includes(mark), `${file} has no ${mark}`);
  }
});

test("each adapter imports only its framework", () => {
  assert.deepEqual(imports(dist("react.mjs")), ["react"]);
  assert.deepEqual(imports(dist("vue.mjs")), ["vue"]);
  for (const file of ["react.d.ts", "vue.d.ts"]) assert.match(dist(file), /export \{[^}]*ConsentGate/);
});

// A server renders a gate from a choice the built ES module reads from a Cookie header.
const CONFIG = {
  categories: [
    { id: "necessary", required: true, title: "N" },
    { id: "analytics", title: "A" },
  ],
};

test("the built React adapter renders on a server from consentFromCookies", async () => {
  const { createElement: h } = await import("react");
  const { renderToString } = await import("react-dom/server");
  const { AssentProvider, ConsentGate } = await import("../../dist/react.mjs");
  const gate = (consent) =>
    renderToString(
      h(AssentProvider, { consent, config: CONFIG }, h(ConsentGate, { category: "analytics", fallback: "off" }, "on")),
    );
  assert.equal(gate(null), "off");
  assert.equal(gate(await acceptedConsent()), "on");
});

test("the built Vue adapter renders on a server from consentFromCookies", async () => {
  const { createSSRApp, h } = await import("vue");
  const { renderToString } = await import("vue/server-renderer");
  const { AssentPlugin, ConsentGate } = await import("../../dist/vue.mjs");
  const gate = (consent) =>
    renderToString(
      createSSRApp({
        render: () => h(ConsentGate, { category: "analytics" }, { default: () => "on", fallback: () => "off" }),
      }).use(AssentPlugin, { consent, config: CONFIG }),
    );
  // A slot renders as a fragment, which Vue marks with comments for hydration.
  assert.equal(await gate(null), "<!--[-->off<!--]-->");
  assert.equal(await gate(await acceptedConsent()), "<!--[-->on<!--]-->");
});

/**
 * The visitor's choice after accepting analytics: the built drop-in runs on a jsdom page and writes its
 * cookie; the built ES module reads it back from that Cookie header, as a server would.
 */
async function acceptedConsent() {
  const { JSDOM, VirtualConsole } = await import("jsdom");
  const { consentFromCookies } = await import("../../dist/assent.mjs");
  const config = JSON.stringify(CONFIG);
  const { window } = new JSDOM(
    `<script type="application/json" id="assent-config">${config}</script><script>${dist("assent.js")}</script>`,
    { url: "https://site.test/", runScripts: "dangerously", virtualConsole: new VirtualConsole() },
  );
  window.Assent.accept(["analytics"]);
  const consent = consentFromCookies(window.document.cookie, CONFIG);
  // The page's object comes from jsdom's realm: compared as data.
  assert.deepEqual(consent, JSON.parse(JSON.stringify(window.Assent.getConsent())));
  return consent;
}
