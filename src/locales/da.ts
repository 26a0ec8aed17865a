import type { Locale } from "../core/list-titles";

/**
 * The built-in Danish strings (same keys and tokens as `en`); override any with
 * `text.da` in the config. Addresses the visitor as »du«, Danish quotation marks.
 */
export const da: Locale = {
  text: {
    bannerTitle: "Cookies på hjemmesiden",
    bannerBody:
      "Vi bruger nødvendige cookies for at få hjemmesiden til at fungere. Med dit samtykke vil vi også gerne bruge cookies til {categories}. Du kan altid ændre dit valg under »Cookieindstillinger«.",
    bannerLabel: "Samtykke til cookies",
    acceptAll: "Accepter alle",
    rejectAll: "Afvis alle",
    customize: "Tilpas",
    save: "Gem valg",
    preferencesTitle: "Cookieindstillinger",
    preferencesBody:
      "Vælg, hvilke cookies vi må bruge. Nødvendige cookies er altid slået til, fordi hjemmesiden ikke fungerer uden dem. Du kan altid ændre dit valg.",
    close: "Luk",
    alwaysOn: "Altid slået til",
    policyLink: "Privatlivspolitik",
    services: "Tjenester og cookies",
    cookies: "Cookies: {name}",
    cookieName: "Navn",
    cookieService: "Tjeneste",
    cookieHost: "Domæne",
    cookieDuration: "Varighed",
    cookieDescription: "Beskrivelse",
    partyFirst: "Førstepart",
    partyThird: "Tredjepart",
    gpcHonoured:
      "Din browser sender signalet Global Privacy Control, så cookies til {categories} forbliver slået fra, medmindre du slår dem til her.",
    placeholderTitle: "Indhold fra {service}",
    placeholderBody: "Indholdet kommer fra {service}, som kan bruge cookies. Det kræver dit samtykke til {category}.",
    placeholderButton: "Tillad og indlæs",
    reopen: "Cookieindstillinger",
    declarationEmpty: "Ingen cookies angivet.",
    and: "og",
    partlyOn: "Delvist slået til: {services}",
    consentId: "Dit samtykke-id: {id}",
    consentDate: "Dato for dit valg: {date}",
  },
};
