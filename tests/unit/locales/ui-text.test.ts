import { describe, expect, it, vi } from "vitest";
import { de } from "../../../src/locales/de";
import { en } from "../../../src/locales/en";
import { mountWith, textWith, type UiModule } from "../../../src/ui-loader";
import type { NormalizedConfig } from "../../../src/core/config-defaults";
import type { Locale } from "../../../src/core/list-titles";
import { resolveUiText } from "../../../src/locales/ui-text";
import { makeConfig } from "../ui/ui-fixture";

describe("resolveUiText", () => {
  it("uses the language's bundled strings, falling back to English", () => {
    const config = makeConfig();
    expect(resolveUiText(config, "sv").text.save).toBe("Spara val");
    expect(resolveUiText(config, "sv-SE").text.rejectAll).toBe("Avvisa alla");
    expect(resolveUiText(config, "de").text.acceptAll).toBe("Accept all");
    expect(resolveUiText(config, "de", de).text.acceptAll).toBe(de.text.acceptAll);
    expect(resolveUiText(config, "de", de).grammar).toEqual({ keepCase: true });
  });

  it("lets the config override strings per language, ignoring unknown keys and non-strings", () => {
    const config = makeConfig({ text: { sv: { bannerTitle: "Kakor", nonsense: "x", save: 5 } as never } });
    const { text } = resolveUiText(config, "sv");
    expect(text.bannerTitle).toBe("Kakor");
    expect(text.save).toBe("Spara val");
    expect("nonsense" in text).toBe(false);
    expect(resolveUiText(config, "en").text.bannerTitle).toBe(en.text.bannerTitle);
  });
});

describe("mountWith: the UI's strings", () => {
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
  /** Mounts a UI module that reports the strings it renders with. */
  function mountRecording(language: string, config: NormalizedConfig, locale?: () => Promise<Locale | undefined>) {
    const seen: string[] = [];
    const module: UiModule = {
      mountUi: (options) => {
        options.withContext((context) => seen.push(`${context.text.acceptAll} / ${context.text.save}`));
        return { placeholder: () => () => {}, fillDeclarations: () => {} };
      },
      resolveUiText,
      createUiContext: (config, strings, language) => ({ config, ...strings, language, local: () => "" }),
    };
    mountWith(module, {} as never, config, language, locale);
    return seen;
  }

  it("renders at once with bundled strings", () => {
    expect(mountRecording("sv", makeConfig())).toEqual(["Godkänn alla / Spara val"]);
  });

  it("renders a fetched language once it is here, with the config's own strings on top", async () => {
    const locale = vi.fn(() => Promise.resolve(de));
    const seen = mountRecording("de-AT", makeConfig({ text: { "de-AT": { save: "Speichern" } } }), locale);
    expect(seen).toEqual([]);
    await flush();
    expect(seen).toEqual([`${de.text.acceptAll} / Speichern`]);
  });

  it("speaks English when the strings could not be fetched", async () => {
    const seen = mountRecording("fi", makeConfig(), () => Promise.resolve(undefined));
    await flush();
    expect(seen).toEqual(["Accept all / Save choices"]);
  });

  it("gives a receipt the same strings the UI shows", async () => {
    const module = { resolveUiText } as UiModule;
    expect((await textWith(module, makeConfig(), "de", () => Promise.resolve(de))).acceptAll).toBe(de.text.acceptAll);
    expect((await textWith(module, makeConfig(), "sv")).acceptAll).toBe("Godkänn alla");
  });
});
