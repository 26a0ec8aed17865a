import type { Locale } from "../core/list-titles";

/**
 * The built-in Lithuanian strings (same keys and tokens as `en`); override any with
 * `text.lt` in the config. Addresses the visitor as „jūs“; the categories follow a colon, in the nominative.
 */
export const lt: Locale = {
  text: {
    bannerTitle: "Slapukai šioje svetainėje",
    bannerBody:
      "Naudojame būtinuosius slapukus, kad svetainė veiktų. Jums sutikus, norėtume naudoti slapukus ir šiais tikslais: {categories}. Savo pasirinkimą bet kada galite pakeisti skiltyje „Slapukų nustatymai“.",
    bannerLabel: "Sutikimas dėl slapukų",
    acceptAll: "Priimti visus",
    rejectAll: "Atmesti visus",
    customize: "Tinkinti",
    save: "Išsaugoti pasirinkimą",
    preferencesTitle: "Slapukų nustatymai",
    preferencesBody:
      "Pasirinkite, kuriuos slapukus galime naudoti. Būtinieji slapukai visada įjungti, nes be jų svetainė neveikia. Savo pasirinkimą bet kada galite pakeisti.",
    close: "Uždaryti",
    alwaysOn: "Visada įjungti",
    policyLink: "Privatumo politika",
    services: "Paslaugos ir slapukai",
    cookies: "Slapukai: {name}",
    cookieName: "Pavadinimas",
    cookieService: "Paslauga",
    cookieHost: "Domenas",
    cookieDuration: "Galiojimas",
    cookieDescription: "Aprašymas",
    partyFirst: "Pirmosios šalies",
    partyThird: "Trečiųjų šalių",
    gpcHonoured:
      "Jūsų naršyklė siunčia signalą Global Privacy Control, todėl šių tikslų slapukai lieka išjungti, nebent juos įjungsite čia: {categories}.",
    placeholderTitle: "Turinys iš {service}",
    placeholderBody:
      "Šį turinį teikia paslauga {service}, kuri gali naudoti slapukus. Kad jį parodytume, reikia jūsų sutikimo šiam tikslui: {category}.",
    placeholderButton: "Leisti ir įkelti",
    reopen: "Slapukų nustatymai",
    declarationEmpty: "Slapukų nenurodyta.",
    and: "ir",
    partlyOn: "Iš dalies įjungti: {services}",
    consentId: "Jūsų sutikimo ID: {id}",
    consentDate: "Jūsų pasirinkimo data: {date}",
  },
};
