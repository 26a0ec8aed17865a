import type { Locale } from "../core/list-titles";

/**
 * The built-in Norwegian Bokmål (also for `no`) strings (same keys and tokens as `en`); override any with
 * `text.nb` in the config. Addresses the visitor as «du»; «informasjonskapsler», the word Norwegian authorities use.
 */
export const nb: Locale = {
  text: {
    bannerTitle: "Informasjonskapsler på nettstedet",
    bannerBody:
      "Vi bruker nødvendige informasjonskapsler for at nettstedet skal fungere. Med ditt samtykke vil vi også bruke informasjonskapsler til {categories}. Du kan når som helst endre valget ditt under «Innstillinger for informasjonskapsler».",
    bannerLabel: "Samtykke til informasjonskapsler",
    acceptAll: "Godta alle",
    rejectAll: "Avvis alle",
    customize: "Tilpass",
    save: "Lagre valg",
    preferencesTitle: "Innstillinger for informasjonskapsler",
    preferencesBody:
      "Velg hvilke informasjonskapsler vi kan bruke. Nødvendige informasjonskapsler er alltid på, fordi nettstedet ikke fungerer uten dem. Du kan når som helst endre valget ditt.",
    close: "Lukk",
    alwaysOn: "Alltid på",
    policyLink: "Personvernerklæring",
    services: "Tjenester og informasjonskapsler",
    cookies: "Informasjonskapsler: {name}",
    cookieName: "Navn",
    cookieService: "Tjeneste",
    cookieHost: "Domene",
    cookieDuration: "Lagringstid",
    cookieDescription: "Beskrivelse",
    partyFirst: "Førstepart",
    partyThird: "Tredjepart",
    gpcHonoured:
      "Nettleseren din sender signalet Global Privacy Control, så informasjonskapsler til {categories} forblir av med mindre du slår dem på her.",
    placeholderTitle: "Innhold fra {service}",
    placeholderBody:
      "Innholdet kommer fra {service}, som kan bruke informasjonskapsler. Det krever ditt samtykke til {category}.",
    placeholderButton: "Tillat og last inn",
    reopen: "Innstillinger for informasjonskapsler",
    declarationEmpty: "Ingen informasjonskapsler oppgitt.",
    and: "og",
    partlyOn: "Delvis på: {services}",
    consentId: "Samtykke-ID-en din: {id}",
    consentDate: "Dato for valget ditt: {date}",
  },
};
