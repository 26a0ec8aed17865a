import type { Locale } from "../core/list-titles";

/**
 * The built-in Finnish strings (same keys and tokens as `en`); override any with
 * `text.fi` in the config. Addresses the visitor as «sinä»; the categories follow a colon, so their titles stay in the nominative.
 */
export const fi: Locale = {
  text: {
    bannerTitle: "Evästeet tällä sivustolla",
    bannerBody:
      "Käytämme välttämättömiä evästeitä, jotta sivusto toimii. Suostumuksellasi käytämme evästeitä myös näihin tarkoituksiin: {categories}. Voit muuttaa valintaasi milloin tahansa kohdassa ”Evästeasetukset”.",
    bannerLabel: "Evästesuostumus",
    acceptAll: "Hyväksy kaikki",
    rejectAll: "Hylkää kaikki",
    customize: "Muokkaa",
    save: "Tallenna valinnat",
    preferencesTitle: "Evästeasetukset",
    preferencesBody:
      "Valitse, mitä evästeitä saamme käyttää. Välttämättömät evästeet ovat aina käytössä, koska sivusto ei toimi ilman niitä. Voit muuttaa valintaasi milloin tahansa.",
    close: "Sulje",
    alwaysOn: "Aina käytössä",
    policyLink: "Tietosuojaseloste",
    services: "Palvelut ja evästeet",
    cookies: "Evästeet: {name}",
    cookieName: "Nimi",
    cookieService: "Palvelu",
    cookieHost: "Verkkotunnus",
    cookieDuration: "Säilytysaika",
    cookieDescription: "Kuvaus",
    partyFirst: "Ensimmäinen osapuoli",
    partyThird: "Kolmas osapuoli",
    gpcHonoured:
      "Selaimesi lähettää Global Privacy Control -signaalin, joten näiden käyttötarkoitusten evästeet pysyvät pois päältä, ellet itse ota niitä tässä käyttöön: {categories}.",
    placeholderTitle: "Sisältöä palvelusta {service}",
    placeholderBody:
      "Tämän sisällön tarjoaa {service}, joka voi käyttää evästeitä. Sen näyttäminen vaatii suostumuksesi käyttötarkoitukseen: {category}.",
    placeholderButton: "Salli ja lataa",
    reopen: "Evästeasetukset",
    declarationEmpty: "Ei ilmoitettuja evästeitä.",
    and: "ja",
    partlyOn: "Osittain käytössä: {services}",
    consentId: "Suostumustunnuksesi: {id}",
    consentDate: "Valintasi päivämäärä: {date}",
  },
};
