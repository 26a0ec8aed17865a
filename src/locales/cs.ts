import type { Locale } from "../core/list-titles";

/**
 * The built-in Czech strings (same keys and tokens as `en`); override any with
 * `text.cs` in the config. Addresses the visitor as „vy“; the categories follow a colon, in the nominative.
 */
export const cs: Locale = {
  text: {
    bannerTitle: "Cookies na tomto webu",
    bannerBody:
      "Používáme nezbytné soubory cookie, aby web fungoval. S vaším souhlasem bychom rádi používali soubory cookie také pro tyto účely: {categories}. Svou volbu můžete kdykoli změnit v „Nastavení cookies“.",
    bannerLabel: "Souhlas s cookies",
    acceptAll: "Přijmout vše",
    rejectAll: "Odmítnout vše",
    customize: "Přizpůsobit",
    save: "Uložit volbu",
    preferencesTitle: "Nastavení cookies",
    preferencesBody:
      "Vyberte, které soubory cookie smíme používat. Nezbytné soubory cookie jsou vždy zapnuté, protože bez nich web nefunguje. Svou volbu můžete kdykoli změnit.",
    close: "Zavřít",
    alwaysOn: "Vždy zapnuto",
    policyLink: "Zásady ochrany osobních údajů",
    services: "Služby a cookies",
    cookies: "Cookies: {name}",
    cookieName: "Název",
    cookieService: "Služba",
    cookieHost: "Doména",
    cookieDuration: "Doba platnosti",
    cookieDescription: "Popis",
    partyFirst: "Vlastní",
    partyThird: "Třetích stran",
    gpcHonoured:
      "Váš prohlížeč odesílá signál Global Privacy Control, proto soubory cookie pro tyto účely zůstanou vypnuté, dokud je zde sami nezapnete: {categories}.",
    placeholderTitle: "Obsah ze služby {service}",
    placeholderBody:
      "Tento obsah poskytuje služba {service}, která může používat soubory cookie. K jeho zobrazení potřebujeme váš souhlas pro účel: {category}.",
    placeholderButton: "Povolit a načíst",
    reopen: "Nastavení cookies",
    declarationEmpty: "Nejsou uvedeny žádné soubory cookie.",
    and: "a",
    partlyOn: "Částečně zapnuto: {services}",
    consentId: "ID vašeho souhlasu: {id}",
    consentDate: "Datum vaší volby: {date}",
  },
};
