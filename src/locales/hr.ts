import type { Locale } from "../core/list-titles";

/**
 * The built-in Croatian strings (same keys and tokens as `en`); override any with
 * `text.hr` in the config. Addresses the visitor as „vi“; the categories follow a colon, in the nominative.
 */
export const hr: Locale = {
  text: {
    bannerTitle: "Kolačići na ovim stranicama",
    bannerBody:
      "Koristimo nužne kolačiće kako bi stranice radile. Uz vašu privolu željeli bismo koristiti kolačiće i u ove svrhe: {categories}. Svoj odabir možete u bilo kojem trenutku promijeniti pod „Postavke kolačića”.",
    bannerLabel: "Privola za kolačiće",
    acceptAll: "Prihvati sve",
    rejectAll: "Odbij sve",
    customize: "Prilagodi",
    save: "Spremi odabir",
    preferencesTitle: "Postavke kolačića",
    preferencesBody:
      "Odaberite koje kolačiće smijemo koristiti. Nužni kolačići uvijek su uključeni jer stranice bez njih ne rade. Svoj odabir možete u bilo kojem trenutku promijeniti.",
    close: "Zatvori",
    alwaysOn: "Uvijek uključeno",
    policyLink: "Politika privatnosti",
    services: "Usluge i kolačići",
    cookies: "Kolačići: {name}",
    cookieName: "Naziv",
    cookieService: "Usluga",
    cookieHost: "Domena",
    cookieDuration: "Trajanje",
    cookieDescription: "Opis",
    partyFirst: "Vlastiti",
    partyThird: "Treće strane",
    gpcHonoured:
      "Vaš preglednik šalje signal Global Privacy Control pa kolačići za ove svrhe ostaju isključeni dok ih ovdje sami ne uključite: {categories}.",
    placeholderTitle: "Sadržaj usluge {service}",
    placeholderBody:
      "Ovaj sadržaj pruža usluga {service}, koja može koristiti kolačiće. Za prikaz nam je potrebna vaša privola za svrhu: {category}.",
    placeholderButton: "Dopusti i učitaj",
    reopen: "Postavke kolačića",
    declarationEmpty: "Nema navedenih kolačića.",
    and: "i",
    partlyOn: "Djelomično uključeno: {services}",
    consentId: "ID vaše privole: {id}",
    consentDate: "Datum vašeg odabira: {date}",
  },
};
