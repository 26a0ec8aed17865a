import type { Locale } from "../core/list-titles";

/**
 * The built-in Bulgarian strings (same keys and tokens as `en`); override any with
 * `text.bg` in the config. Addresses the visitor as „Вие“ (capitalised, as Bulgarian sites do); the categories follow a colon.
 */
export const bg: Locale = {
  text: {
    bannerTitle: "Бисквитки на този сайт",
    bannerBody:
      "Използваме задължителни бисквитки, за да работи сайтът. С Вашето съгласие бихме искали да използваме бисквитки и за следните цели: {categories}. Можете да промените избора си по всяко време от „Настройки за бисквитките“.",
    bannerLabel: "Съгласие за бисквитки",
    acceptAll: "Приеми всички",
    rejectAll: "Откажи всички",
    customize: "Персонализирай",
    save: "Запази избора",
    preferencesTitle: "Настройки за бисквитките",
    preferencesBody:
      "Изберете кои бисквитки можем да използваме. Задължителните бисквитки са винаги включени, защото сайтът не работи без тях. Можете да промените избора си по всяко време.",
    close: "Затвори",
    alwaysOn: "Винаги включени",
    policyLink: "Политика за поверителност",
    services: "Услуги и бисквитки",
    cookies: "Бисквитки: {name}",
    cookieName: "Име",
    cookieService: "Услуга",
    cookieHost: "Домейн",
    cookieDuration: "Срок",
    cookieDescription: "Описание",
    partyFirst: "Собствени",
    partyThird: "На трети страни",
    gpcHonoured:
      "Браузърът Ви изпраща сигнал Global Privacy Control, затова бисквитките за тези цели остават изключени, освен ако не ги включите тук: {categories}.",
    placeholderTitle: "Съдържание от {service}",
    placeholderBody:
      "Това съдържание се предоставя от {service}, който може да използва бисквитки. За да го видите, е нужно Вашето съгласие за целта: {category}.",
    placeholderButton: "Разреши и зареди",
    reopen: "Настройки за бисквитките",
    declarationEmpty: "Няма декларирани бисквитки.",
    and: "и",
    partlyOn: "Частично включени: {services}",
    consentId: "ID на Вашето съгласие: {id}",
    consentDate: "Дата на Вашия избор: {date}",
  },
};
