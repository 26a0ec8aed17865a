// @vitest-environment node
import { describe, expect, it } from "vitest";
import { createElement as h } from "react";
import { renderToString } from "react-dom/server";
import { AssentProvider, ConsentGate, useConsent } from "../../../src/adapters/react";
import { consentFromCookies } from "../../../src/core/read-choice";
import { CONFIG, cookieHeaderAfter } from "./adapter-fixture";

// Server rendering where there is no window at all, from the Cookie header a browser sends after a choice.

function Choice() {
  const consent = useConsent();
  return h("p", null, consent ? `id ${consent.id}` : "no choice");
}
const page = () =>
  h(
    "main",
    null,
    h(Choice),
    h(ConsentGate, { category: "analytics", fallback: "[analytics blocked]" }, "[analytics on]"),
    h(ConsentGate, { category: "marketing", service: "linkedin", fallback: "[linkedin blocked]" }, "[linkedin on]"),
    h(ConsentGate, { category: "necessary" }, "[necessary on]"),
  );

describe("assent/react on a server", () => {
  it("renders what the visitor's cookie allows", () => {
    const header = cookieHeaderAfter(["marketing"], ["linkedin"]);
    const consent = consentFromCookies(header, CONFIG)!;
    const html = renderToString(h(AssentProvider, { consent, config: CONFIG }, page()));
    expect(html).toContain(`id ${consent.id}`);
    expect(html).toContain("[analytics blocked]");
    expect(html).toContain("[linkedin on]");
    expect(html).toContain("[necessary on]");
  });

  it("renders every fallback for a first visit, and required categories as allowed with the config", () => {
    const html = renderToString(h(AssentProvider, { consent: consentFromCookies(undefined, CONFIG), config: CONFIG }, page()));
    expect(html).toContain("no choice");
    expect(html).toContain("[analytics blocked]");
    expect(html).toContain("[necessary on]");
    expect(renderToString(page())).toContain("[analytics blocked]");
  });
});
