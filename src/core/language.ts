/** "sv-SE", "sv_se" and "SV" all compare as "sv-se" / "sv". */
const normalize = (code: string) => code.toLowerCase().replace(/_/g, "-");
const primary = (code: string) => normalize(code).split("-")[0];

/**
 * The language the UI speaks. With `wanted` set to a language code, that
 * language when the site offers it (else the first of `languages`). With
 * `"auto"`: the page's `<html lang>`, then each of the visitor's browser
 * languages in order, then the first of `languages`. A code matches a
 * language of the site exactly or by its primary subtag, so `sv-SE` picks
 * `sv` and `en` picks `en-GB`.
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
        languages.find((language) => primary(language) == primary(code)));
    if (found) return found;
  }
  return languages[0];
}
