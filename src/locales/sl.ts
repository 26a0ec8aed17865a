import type { Locale } from "../core/list-titles";

/**
 * The built-in Slovenian strings (same keys and tokens as `en`); override any with
 * `text.sl` in the config. Addresses the visitor as „vi“; the categories follow a colon, in the nominative.
 */
export const sl: Locale = {
  text: {
    bannerTitle: "Piškotki na tej spletni strani",
    bannerBody:
      "Uporabljamo nujno potrebne piškotke, da spletna stran deluje. Z vašo privolitvijo bi radi uporabljali piškotke tudi za te namene: {categories}. Svojo izbiro lahko kadar koli spremenite pod „Nastavitve piškotkov“.",
    bannerLabel: "Privolitev v piškotke",
    acceptAll: "Sprejmi vse",
    rejectAll: "Zavrni vse",
    customize: "Prilagodi",
    save: "Shrani izbiro",
    preferencesTitle: "Nastavitve piškotkov",
    preferencesBody:
      "Izberite, katere piškotke smemo uporabljati. Nujno potrebni piškotki so vedno vklopljeni, ker spletna stran brez njih ne deluje. Svojo izbiro lahko kadar koli spremenite.",
    close: "Zapri",
    alwaysOn: "Vedno vklopljeno",
    policyLink: "Politika zasebnosti",
    services: "Storitve in piškotki",
    cookies: "Piškotki: {name}",
    cookieName: "Ime",
    cookieService: "Storitev",
    cookieHost: "Domena",
    cookieDuration: "Trajanje",
    cookieDescription: "Opis",
    partyFirst: "Lastni",
    partyThird: "Tretjih oseb",
    gpcHonoured:
      "Vaš brskalnik pošilja signal Global Privacy Control, zato piškotki za te namene ostanejo izklopljeni, dokler jih tukaj sami ne vklopite: {categories}.",
    placeholderTitle: "Vsebina storitve {service}",
    placeholderBody:
      "To vsebino zagotavlja {service}, ki lahko uporablja piškotke. Za prikaz potrebujemo vašo privolitev za namen: {category}.",
    placeholderButton: "Dovoli in naloži",
    reopen: "Nastavitve piškotkov",
    declarationEmpty: "Ni navedenih piškotkov.",
    and: "in",
    partlyOn: "Delno vklopljeno: {services}",
    consentId: "ID vaše privolitve: {id}",
    consentDate: "Datum vaše izbire: {date}",
  },
};
