import type { Locale } from "../core/list-titles";

/**
 * The built-in Dutch strings (same keys and tokens as `en`); override any with
 * `text.nl` in the config. Addresses the visitor as ‘je’, as most Dutch sites do.
 */
export const nl: Locale = {
  text: {
    bannerTitle: "Cookies op deze website",
    bannerBody:
      "We gebruiken noodzakelijke cookies om deze website te laten werken. Met je toestemming gebruiken we ook cookies voor {categories}. Je kunt je keuze altijd wijzigen via ‘Cookie-instellingen’.",
    bannerLabel: "Toestemming voor cookies",
    acceptAll: "Alles accepteren",
    rejectAll: "Alles weigeren",
    customize: "Aanpassen",
    save: "Keuze opslaan",
    preferencesTitle: "Cookie-instellingen",
    preferencesBody:
      "Kies welke cookies we mogen gebruiken. Noodzakelijke cookies staan altijd aan, omdat de website zonder deze cookies niet werkt. Je kunt je keuze altijd wijzigen.",
    close: "Sluiten",
    alwaysOn: "Altijd aan",
    policyLink: "Privacyverklaring",
    services: "Diensten en cookies",
    cookies: "Cookies: {name}",
    cookieName: "Naam",
    cookieService: "Dienst",
    cookieHost: "Domein",
    cookieDuration: "Bewaartermijn",
    cookieDescription: "Beschrijving",
    partyFirst: "Eigen",
    partyThird: "Derde partij",
    gpcHonoured:
      "Je browser stuurt het signaal Global Privacy Control. Cookies voor {categories} blijven daarom uit, tenzij je ze hier zelf aanzet.",
    placeholderTitle: "Inhoud van {service}",
    placeholderBody:
      "Deze inhoud komt van {service}, dat cookies kan gebruiken. Hiervoor is je toestemming voor {category} nodig.",
    placeholderButton: "Toestaan en laden",
    reopen: "Cookie-instellingen",
    declarationEmpty: "Geen cookies opgegeven.",
    and: "en",
    partlyOn: "Deels aan: {services}",
    consentId: "Je toestemmings-ID: {id}",
    consentDate: "Datum van je keuze: {date}",
  },
};
