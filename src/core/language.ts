/**
 * The languages Assent has UI strings for (src/locales/<code>.ts), by primary
 * subtag: the language pick, the loader, the lint and the JSON Schema read
 * this one list. English and Swedish ship inside the drop-in; the others are
 * fetched as dist/locales/<code>.json when a page shows them (README, "Languages").
 */
export const BUILT_IN_LANGUAGES =
  "bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv nb nn is uk tr ar".split(" ");

/** The built-in languages whose strings are inside the UI bundle (src/locales/ui-text.ts); the others are fetched. */
export const BUNDLED_LANGUAGES = ["en", "sv"];

/** Languages written right to left (ISO 639-1): their UI gets `dir="rtl"`. */
const RIGHT_TO_LEFT = /^(ar|he|fa|ur|ps|yi|dv|ckb)$/;

/** "sv-SE", "sv_se" and "SV" all compare as "sv-se". */
const normalize = (code: string) => code.toLowerCase().replace(/_/g, "-");

/**
 * The primary subtag, the one that names the language: "pt-BR" → "pt",
 * "sr-Latn-RS" → "sr". "no" (Norwegian) reads as "nb": Bokmål is what nearly
 * every Norwegian site that says "no" is written in.
 */
export function primarySubtag(code: string): string {
  const primary = normalize(code).split("-")[0];
  return primary == "no" ? "nb" : primary;
}

/** The built-in language whose strings serve `code` ("de-AT" → "de", "no" → "nb"), or undefined. */
export function builtInLanguage(code: string): string | undefined {
  const primary = primarySubtag(code);
  return BUILT_IN_LANGUAGES.includes(primary) ? primary : undefined;
}

/** "rtl" for a language written right to left, else "ltr" (also on a page whose `<html dir="rtl">`). */
export const textDirection = (code: string): "rtl" | "ltr" => (RIGHT_TO_LEFT.test(primarySubtag(code)) ? "rtl" : "ltr");

/**
 * The language the UI speaks. With `wanted` set to a language code, that
 * language when the site offers it (else the first of `languages`). With
 * `"auto"`: the page's `<html lang>`, then each of the visitor's browser
 * languages in order, then the first of `languages`. A code matches a
 * language of the site exactly or by its primary subtag, so `sv-SE` picks
 * `sv`, `en` picks `en-GB`, `pt-BR` picks `pt` and `no` picks `nb`.
 */
export function pickLanguage(
  wanted: string,
  languages: string[],
  htmlLang: string | null | undefined,
  browserLanguages: readonly string[],
): string {
  for (const code of wanted == "auto" ? [htmlLang, ...browserLanguages] : [wanted]) {
    const found =
      code &&
      (languages.find((language) => normalize(language) == normalize(code)) ||
        languages.find((language) => primarySubtag(language) == primarySubtag(code)));
    if (found) return found;
  }
  return languages[0];
}
