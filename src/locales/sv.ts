import type { Locale } from "../core/list-titles";

/** The built-in Swedish strings (same tokens as `en`); override any with `text.sv` in the config. */
export const sv: Locale = {
  text: {
    bannerTitle: "Cookies på webbplatsen",
    bannerBody:
      "Vi använder nödvändiga cookies för att webbplatsen ska fungera. Med ditt samtycke vill vi också använda cookies för {categories}. Du kan när som helst ändra ditt val under Cookieinställningar.",
    bannerLabel: "Samtycke till cookies",
    acceptAll: "Godkänn alla",
    rejectAll: "Avvisa alla",
    customize: "Anpassa",
    save: "Spara val",
    preferencesTitle: "Cookieinställningar",
    preferencesBody:
      "Välj vilka cookies vi får använda. Nödvändiga cookies är alltid på, eftersom webbplatsen inte fungerar utan dem. Du kan när som helst ändra ditt val.",
    close: "Stäng",
    alwaysOn: "Alltid på",
    policyLink: "Integritetspolicy",
    services: "Tjänster och cookies",
    cookies: "Cookies: {name}",
    cookieName: "Namn",
    cookieService: "Tjänst",
    cookieHost: "Domän",
    cookieDuration: "Lagringstid",
    cookieDescription: "Beskrivning",
    partyFirst: "Förstapart",
    partyThird: "Tredjepart",
    gpcHonoured:
      "Din webbläsare skickar signalen Global Privacy Control, så cookies för {categories} förblir avstängda om du inte slår på dem här.",
    placeholderTitle: "Innehåll från {service}",
    placeholderBody: "Innehållet kommer från {service}, som kan använda cookies. Det kräver ditt samtycke till {category}.",
    placeholderButton: "Tillåt och läs in",
    reopen: "Cookieinställningar",
    declarationEmpty: "Inga cookies angivna.",
    and: "och",
    partlyOn: "Delvis på: {services}",
    consentId: "Ditt samtyckes-id: {id}",
    consentDate: "Datum för ditt val: {date}",
  },
};
