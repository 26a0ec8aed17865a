/**
 * The keys of every built-in UI string, declared once: the `UiTextKey` type,
 * the validator's `text` keys, the JSON Schema, the lint and every file in
 * src/locales follow from this list (src/locales/en.ts has their English text).
 * A space-separated string rather than an array literal: it is shipped in the
 * drop-in, and this is its shortest form.
 */
const KEYS =
  "bannerTitle bannerBody bannerLabel acceptAll rejectAll customize save preferencesTitle preferencesBody close alwaysOn policyLink services cookies cookieName cookieService cookieHost cookieDuration cookieDescription partyFirst partyThird gpcHonoured placeholderTitle placeholderBody placeholderButton reopen declarationEmpty and partlyOn consentId consentDate";

/** Splits a literal space-separated list into a tuple type, so the type and the runtime list are one string. */
type Words<S extends string> = S extends `${infer Head} ${infer Rest}` ? [Head, ...Words<Rest>] : [S];

/** The key of one built-in UI string. */
export type UiTextKey = Words<typeof KEYS>[number];

/** Every UI string key, in the order of src/locales/en.ts. */
export const UI_TEXT_KEYS = KEYS.split(" ") as UiTextKey[];
