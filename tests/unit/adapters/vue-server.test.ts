// @vitest-environment node
import { describe, expect, it } from "vitest";
import { createSSRApp, defineComponent, h } from "vue";
import { renderToString } from "vue/server-renderer";
import { AssentPlugin, ConsentGate, useConsent } from "../../../src/adapters/vue";
import { consentFromCookies } from "../../../src/core/read-choice";
import { CONFIG, cookieHeaderAfter } from "./adapter-fixture";

// Server rendering where there is no window at all, from the Cookie header a browser sends after a choice.

const Choice = defineComponent({
  setup() {
    const consent = useConsent();
    return () => h("p", consent.value ? `id ${consent.value.id}` : "no choice");
  },
});
const Page = {
  render: () =>
    h("main", [
      h(Choice),
      h(ConsentGate, { category: "analytics" }, { default: () => "[analytics on]", fallback: () => "[analytics blocked]" }),
      h(
        ConsentGate,
        { category: "marketing", service: "linkedin" },
        { default: () => "[linkedin on]", fallback: () => "[linkedin blocked]" },
      ),
      h(ConsentGate, { category: "necessary" }, { default: () => "[necessary on]" }),
    ]),
};

describe("assent/vue on a server", () => {
  it("renders what the visitor's cookie allows", async () => {
    const consent = consentFromCookies(cookieHeaderAfter(["marketing"], ["linkedin"]), CONFIG)!;
    const html = await renderToString(createSSRApp(Page).use(AssentPlugin, { consent, config: CONFIG }));
    expect(html).toContain(`id ${consent.id}`);
    expect(html).toContain("[analytics blocked]");
    expect(html).toContain("[linkedin on]");
    expect(html).toContain("[necessary on]");
  });

  it("renders every fallback for a first visit, and required categories as allowed with the config", async () => {
    const html = await renderToString(
      createSSRApp(Page).use(AssentPlugin, { consent: consentFromCookies(undefined, CONFIG), config: CONFIG }),
    );
    expect(html).toContain("no choice");
    expect(html).toContain("[analytics blocked]");
    expect(html).toContain("[necessary on]");
    expect(await renderToString(createSSRApp(Page))).toContain("[analytics blocked]");
  });
});
