import type { Locale } from "../core/list-titles";

/**
 * The built-in German strings (same keys and tokens as `en`); override any with
 * `text.de` in the config. Addresses the visitor as „Sie“, German quotation marks; category titles keep their capitals (nouns).
 */
export const de: Locale = {
  text: {
    bannerTitle: "Cookies auf dieser Website",
    bannerBody:
      "Wir verwenden technisch notwendige Cookies, damit diese Website funktioniert. Mit Ihrer Einwilligung verwenden wir außerdem Cookies für {categories}. Sie können Ihre Auswahl jederzeit unter „Cookie-Einstellungen“ ändern.",
    bannerLabel: "Cookie-Einwilligung",
    acceptAll: "Alle akzeptieren",
    rejectAll: "Alle ablehnen",
    customize: "Anpassen",
    save: "Auswahl speichern",
    preferencesTitle: "Cookie-Einstellungen",
    preferencesBody:
      "Wählen Sie, welche Cookies wir verwenden dürfen. Technisch notwendige Cookies sind immer aktiv, weil die Website ohne sie nicht funktioniert. Sie können Ihre Auswahl jederzeit ändern.",
    close: "Schließen",
    alwaysOn: "Immer aktiv",
    policyLink: "Datenschutzerklärung",
    services: "Dienste und Cookies",
    cookies: "Cookies: {name}",
    cookieName: "Name",
    cookieService: "Dienst",
    cookieHost: "Domain",
    cookieDuration: "Speicherdauer",
    cookieDescription: "Beschreibung",
    partyFirst: "Erstanbieter",
    partyThird: "Drittanbieter",
    gpcHonoured:
      "Ihr Browser sendet das Signal „Global Privacy Control“. Cookies für {categories} bleiben daher deaktiviert, solange Sie sie hier nicht selbst aktivieren.",
    placeholderTitle: "Inhalt von {service}",
    placeholderBody:
      "Dieser Inhalt wird von {service} bereitgestellt, das Cookies verwenden kann. Zum Anzeigen brauchen wir Ihre Einwilligung für {category}.",
    placeholderButton: "Erlauben und laden",
    reopen: "Cookie-Einstellungen",
    declarationEmpty: "Keine Cookies angegeben.",
    and: "und",
    partlyOn: "Teilweise aktiv: {services}",
    consentId: "Ihre Einwilligungs-ID: {id}",
    consentDate: "Datum Ihrer Auswahl: {date}",
  },
  // German capitalises every noun: „Cookies für Statistik und Marketing“.
  grammar: { keepCase: true },
};
