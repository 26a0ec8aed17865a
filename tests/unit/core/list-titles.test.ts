import { describe, expect, it } from "vitest";
import { listTitles } from "../../../src/core/list-titles";
import { ar } from "../../../src/locales/ar";
import { de } from "../../../src/locales/de";
import { es } from "../../../src/locales/es";
import { fr } from "../../../src/locales/fr";
import { tr } from "../../../src/locales/tr";

/** Titles as each language's banner would name them, with that language's `and` and grammar. */
const list = (titles: string[], language: string, { text, grammar }: { text: { and: string }; grammar?: object }) =>
  listTitles(titles, language, text.and, grammar);

describe("listTitles", () => {
  it("reads category titles inside an English or Swedish sentence", () => {
    expect(listTitles(["Analytics", "Marketing"], "en", "and")).toBe("analytics and marketing");
    expect(listTitles(["Statistik", "Marknadsföring", "Funktion"], "sv", "och")).toBe("statistik, marknadsföring och funktion");
    expect(listTitles(["YouTube", "Google Ads"], "en", "and")).toBe("YouTube and Google Ads");
    expect(listTitles(["Marketing"], "en", "and")).toBe("marketing");
    expect(listTitles([], "en", "and")).toBe("");
  });

  it("German keeps the capital of every noun", () => {
    expect(list(["Statistik", "Marketing"], "de", de)).toBe("Statistik und Marketing");
    expect(list(["Statistik", "Komfort", "Marketing"], "de", de)).toBe("Statistik, Komfort und Marketing");
  });

  it("French lowers the titles and joins with « et »", () => {
    expect(list(["Mesure d’audience", "Publicité"], "fr", fr)).toBe("mesure d’audience et publicité");
  });

  it("Spanish writes « e » for « y » before an /i/ sound, but not before « hie- »", () => {
    expect(list(["Análisis", "Información"], "es", es)).toBe("análisis e información");
    expect(list(["Publicidad", "Hilo"], "es", es)).toBe("publicidad e hilo");
    expect(list(["Análisis", "Hielo"], "es", es)).toBe("análisis y hielo");
    expect(list(["Análisis", "Publicidad"], "es", es)).toBe("análisis y publicidad");
  });

  it("Arabic writes « و » onto every title after the first, with no comma", () => {
    expect(list(["التحليلات", "التسويق"], "ar", ar)).toBe("التحليلات والتسويق");
    expect(list(["التحليلات", "التسويق", "التفضيلات"], "ar", ar)).toBe("التحليلات والتسويق والتفضيلات");
  });

  it("Turkish lowers with Turkish rules (İ → i, I → ı)", () => {
    expect(list(["İstatistik", "Işık"], "tr", tr)).toBe("istatistik ve ışık");
  });
});
