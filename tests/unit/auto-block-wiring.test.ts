import { describe, expect, it } from "vitest";
import { createAssent } from "../../src/assent";
import type { AssentConfig } from "../../src/types";
import { openFakePage } from "./browser/fake-page";

// Auto-blocking at the composition root: started only when a service lists `urls` and `autoBlock` isn't false.

const TP = "https://tp.test/";
const config = (urls: string[] | undefined, autoBlock?: boolean): AssentConfig => ({
  autoBlock,
  categories: [
    { id: "necessary", required: true, title: "Necessary" },
    { id: "marketing", title: "Marketing", services: [{ id: "tp", title: "TP", urls }] },
  ],
});

/** A fresh page with Assent started on `cfg`; whether the DOM's members were left as the browser made them. */
async function startOn(cfg: AssentConfig) {
  const page = await openFakePage("<div id=box></div>", { [TP + "a.js"]: { body: "log.push('a')" } });
  const W = page.window;
  const members = () => [
    W.Node.prototype.appendChild,
    W.Element.prototype.append,
    W.Element.prototype.setAttribute,
    Object.getOwnPropertyDescriptor(W.Element.prototype, "innerHTML")!.set,
    Object.getOwnPropertyDescriptor(W.HTMLScriptElement.prototype, "src")!.set,
  ];
  const native = members();
  const assent = createAssent(W);
  assent.init(cfg);
  return { page, assent, untouched: members().every((member, i) => member === native[i]) };
}

describe("auto-blocking wiring", () => {
  it("patches nothing without urls, nor with autoBlock false", async () => {
    expect((await startOn(config(undefined))).untouched).toBe(true);
    expect((await startOn(config([]))).untouched).toBe(true);
    expect((await startOn(config(["tp.test"], false))).untouched).toBe(true);
  });

  it("with urls, holds a matching script until the visitor accepts, then runs it", async () => {
    const { page, assent, untouched } = await startOn(config(["tp.test"]));
    expect(untouched).toBe(false);
    const script = page.document.createElement("script");
    script.src = TP + "a.js";
    page.document.getElementById("box")!.append(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(page.requests).toEqual([]);
    assent.acceptAll();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(page.window.log).toEqual(["a"]);
  });
});
