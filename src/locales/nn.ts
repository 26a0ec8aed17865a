import type { Locale } from "../core/list-titles";

/**
 * The built-in Norwegian Nynorsk strings (same keys and tokens as `en`); override any with
 * `text.nn` in the config. Addresses the visitor as «du»; «informasjonskapslar».
 */
export const nn: Locale = {
  text: {
    bannerTitle: "Informasjonskapslar på nettstaden",
    bannerBody:
      "Vi bruker nødvendige informasjonskapslar for at nettstaden skal fungere. Med samtykket ditt vil vi også bruke informasjonskapslar til {categories}. Du kan når som helst endre valet ditt under «Innstillingar for informasjonskapslar».",
    bannerLabel: "Samtykke til informasjonskapslar",
    acceptAll: "Godta alle",
    rejectAll: "Avvis alle",
    customize: "Tilpass",
    save: "Lagre val",
    preferencesTitle: "Innstillingar for informasjonskapslar",
    preferencesBody:
      "Vel kva informasjonskapslar vi kan bruke. Nødvendige informasjonskapslar er alltid på, fordi nettstaden ikkje fungerer utan dei. Du kan når som helst endre valet ditt.",
    close: "Lukk",
    alwaysOn: "Alltid på",
    policyLink: "Personvernerklæring",
    services: "Tenester og informasjonskapslar",
    cookies: "Informasjonskapslar: {name}",
    cookieName: "Namn",
    cookieService: "Teneste",
    cookieHost: "Domene",
    cookieDuration: "Lagringstid",
    cookieDescription: "Skildring",
    partyFirst: "Førstepart",
    partyThird: "Tredjepart",
    gpcHonoured:
      "Nettlesaren din sender signalet Global Privacy Control, så informasjonskapslar til {categories} blir verande av med mindre du slår dei på her.",
    placeholderTitle: "Innhald frå {service}",
    placeholderBody: "Innhaldet kjem frå {service}, som kan bruke informasjonskapslar. Det krev samtykket ditt til {category}.",
    placeholderButton: "Tillat og last inn",
    reopen: "Innstillingar for informasjonskapslar",
    declarationEmpty: "Ingen informasjonskapslar oppgitt.",
    and: "og",
    partlyOn: "Delvis på: {services}",
    consentId: "Samtykke-ID-en din: {id}",
    consentDate: "Dato for valet ditt: {date}",
  },
};
