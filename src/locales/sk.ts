import type { Locale } from "../core/list-titles";

/**
 * The built-in Slovak strings (same keys and tokens as `en`); override any with
 * `text.sk` in the config. Addresses the visitor as „vy“; the categories follow a colon, in the nominative.
 */
export const sk: Locale = {
  text: {
    bannerTitle: "Súbory cookie na tomto webe",
    bannerBody:
      "Používame nevyhnutné súbory cookie, aby web fungoval. S vaším súhlasom by sme radi používali súbory cookie aj na tieto účely: {categories}. Svoju voľbu môžete kedykoľvek zmeniť v časti „Nastavenia súborov cookie“.",
    bannerLabel: "Súhlas so súbormi cookie",
    acceptAll: "Prijať všetky",
    rejectAll: "Odmietnuť všetky",
    customize: "Prispôsobiť",
    save: "Uložiť voľbu",
    preferencesTitle: "Nastavenia súborov cookie",
    preferencesBody:
      "Vyberte, ktoré súbory cookie môžeme používať. Nevyhnutné súbory cookie sú vždy zapnuté, pretože bez nich web nefunguje. Svoju voľbu môžete kedykoľvek zmeniť.",
    close: "Zavrieť",
    alwaysOn: "Vždy zapnuté",
    policyLink: "Zásady ochrany súkromia",
    services: "Služby a súbory cookie",
    cookies: "Súbory cookie: {name}",
    cookieName: "Názov",
    cookieService: "Služba",
    cookieHost: "Doména",
    cookieDuration: "Doba uchovávania",
    cookieDescription: "Popis",
    partyFirst: "Vlastné",
    partyThird: "Tretích strán",
    gpcHonoured:
      "Váš prehliadač posiela signál Global Privacy Control, preto súbory cookie na tieto účely zostanú vypnuté, kým ich tu sami nezapnete: {categories}.",
    placeholderTitle: "Obsah zo služby {service}",
    placeholderBody:
      "Tento obsah poskytuje služba {service}, ktorá môže používať súbory cookie. Na jeho zobrazenie potrebujeme váš súhlas na účel: {category}.",
    placeholderButton: "Povoliť a načítať",
    reopen: "Nastavenia súborov cookie",
    declarationEmpty: "Nie sú uvedené žiadne súbory cookie.",
    and: "a",
    partlyOn: "Čiastočne zapnuté: {services}",
    consentId: "ID vášho súhlasu: {id}",
    consentDate: "Dátum vašej voľby: {date}",
  },
};
