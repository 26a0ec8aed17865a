import { afterEach, describe, expect, it } from "vitest";
import { pageTheme } from "../../../src/ui/shadow-host";
import { cleanPage, makeConfig, mount } from "./ui-fixture";

afterEach(() => {
  cleanPage();
  document.documentElement.style.colorScheme = "";
});

const declare = (content: string) => {
  const meta = document.createElement("meta");
  meta.name = "color-scheme";
  meta.content = content;
  document.head.append(meta);
};
const shownTheme = (config = makeConfig()) => {
  const { store } = mount({ config });
  store.set({ view: "banner" });
  return document.querySelector("[data-assent-root]")!.getAttribute("data-assent-theme");
};

describe("the default theme follows the page", () => {
  it("is light on a page that declares no color-scheme, whatever the visitor's system says", () => {
    expect(pageTheme(document)).toBe("light");
    expect(shownTheme()).toBe("light");
  });

  it("is dark on a page that declares only dark, by meta or on the root element", () => {
    declare("dark");
    expect(shownTheme()).toBe("dark");
    cleanPage();
    document.documentElement.style.colorScheme = "dark";
    expect(pageTheme(document)).toBe("dark");
  });

  it("follows the visitor's system on a page that offers both, and light on one that says light", () => {
    declare("light dark");
    expect(pageTheme(document)).toBe("auto");
    cleanPage();
    declare("only light");
    expect(pageTheme(document)).toBe("light");
  });

  it("keeps a theme the config names, auto included", () => {
    declare("dark");
    for (const theme of ["light", "auto"] as const) {
      cleanPage();
      declare("dark");
      expect(shownTheme(makeConfig({ theme }))).toBe(theme);
    }
  });
});
