import type { Locale } from "../core/list-titles";

/**
 * The built-in Estonian strings (same keys and tokens as `en`); override any with
 * `text.et` in the config. Addresses the visitor as „sina“; the categories follow a colon, in the nominative.
 */
export const et: Locale = {
  text: {
    bannerTitle: "Küpsised sellel veebilehel",
    bannerBody:
      "Kasutame hädavajalikke küpsiseid, et veebileht töötaks. Sinu nõusolekul kasutame küpsiseid ka järgmistel eesmärkidel: {categories}. Saad oma valikut igal ajal muuta jaotises „Küpsiste seaded“.",
    bannerLabel: "Nõusolek küpsistele",
    acceptAll: "Nõustu kõigiga",
    rejectAll: "Keeldu kõigist",
    customize: "Kohanda",
    save: "Salvesta valik",
    preferencesTitle: "Küpsiste seaded",
    preferencesBody:
      "Vali, milliseid küpsiseid võime kasutada. Hädavajalikud küpsised on alati sees, sest ilma nendeta veebileht ei tööta. Saad oma valikut igal ajal muuta.",
    close: "Sulge",
    alwaysOn: "Alati sees",
    policyLink: "Privaatsuspoliitika",
    services: "Teenused ja küpsised",
    cookies: "Küpsised: {name}",
    cookieName: "Nimi",
    cookieService: "Teenus",
    cookieHost: "Domeen",
    cookieDuration: "Kehtivus",
    cookieDescription: "Kirjeldus",
    partyFirst: "Esimene osapool",
    partyThird: "Kolmas osapool",
    gpcHonoured:
      "Sinu brauser saadab Global Privacy Controli signaali, seega jäävad nende eesmärkide küpsised välja, kui sa neid siin ise sisse ei lülita: {categories}.",
    placeholderTitle: "Sisu teenusest {service}",
    placeholderBody:
      "Seda sisu pakub {service}, mis võib kasutada küpsiseid. Selle kuvamiseks on vaja sinu nõusolekut eesmärgile: {category}.",
    placeholderButton: "Luba ja laadi",
    reopen: "Küpsiste seaded",
    declarationEmpty: "Küpsiseid pole kirjeldatud.",
    and: "ja",
    partlyOn: "Osaliselt sees: {services}",
    consentId: "Sinu nõusoleku ID: {id}",
    consentDate: "Sinu valiku kuupäev: {date}",
  },
};
