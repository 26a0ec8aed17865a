import type { UiTextKey } from "../types";

/** The keys of the built-in UI strings that `text` may override (the `UiTextKey` type, as a list). */
export const UI_TEXT_KEYS = (
  "bannerTitle bannerBody bannerLabel acceptAll rejectAll customize save preferencesTitle preferencesBody close " +
  "alwaysOn policyLink services cookies cookieName cookieService cookieHost cookieDuration cookieDescription " +
  "partyFirst partyThird gpcHonoured placeholderTitle placeholderBody placeholderButton reopen declarationEmpty and " +
  "partlyOn consentId consentDate"
).split(" ") as UiTextKey[];
