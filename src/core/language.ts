/** "sv-SE", "sv_se" and "SV" all compare as "sv-se" / "sv". */
const normalize = (code: string) => code.toLowerCase().replace(/_/g, "-");
const primary = (code: string) => code.split("-")[0];

/** The language of `languages` that `code` asks for: the same code, else the same primary subtag ("sv-SE" → "sv", "en" → "en-GB"). */
const matchLanguage = (code: string | null | undefined, languages: string[]): string | undefined => {
  if (!code) return;
  const wanted = normalize(code);
  return (
    languages.find((language) => normalize(language) == wanted) ||
    languages.find((language) => primary(normalize(language)) == primary(wanted))
  );
};

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
  const candidates = wanted == "auto" ? [htmlLang, ...browserLanguages] : [wanted];
  for (const code of candidates) {
    const found = matchLanguage(code, languages);
    if (found) return found;
  }
  return languages[0];
}
