import type { Locale } from "../core/list-titles";

/**
 * The built-in Ukrainian strings (same keys and tokens as `en`); override any with
 * `text.uk` in the config. Addresses the visitor as «ви»; the categories follow a colon, in the nominative.
 */
export const uk: Locale = {
  text: {
    bannerTitle: "Файли cookie на цьому сайті",
    bannerBody:
      "Ми використовуємо необхідні файли cookie, щоб сайт працював. За вашою згодою ми також хотіли б використовувати файли cookie для таких цілей: {categories}. Ви можете будь-коли змінити свій вибір у розділі «Налаштування cookie».",
    bannerLabel: "Згода на файли cookie",
    acceptAll: "Прийняти всі",
    rejectAll: "Відхилити всі",
    customize: "Налаштувати",
    save: "Зберегти вибір",
    preferencesTitle: "Налаштування cookie",
    preferencesBody:
      "Виберіть, які файли cookie ми можемо використовувати. Необхідні файли cookie завжди увімкнені, бо без них сайт не працює. Ви можете будь-коли змінити свій вибір.",
    close: "Закрити",
    alwaysOn: "Завжди увімкнені",
    policyLink: "Політика конфіденційності",
    services: "Сервіси та файли cookie",
    cookies: "Файли cookie: {name}",
    cookieName: "Назва",
    cookieService: "Сервіс",
    cookieHost: "Домен",
    cookieDuration: "Термін зберігання",
    cookieDescription: "Опис",
    partyFirst: "Власні",
    partyThird: "Сторонні",
    gpcHonoured:
      "Ваш браузер надсилає сигнал Global Privacy Control, тому файли cookie для цих цілей залишаються вимкненими, доки ви не ввімкнете їх тут: {categories}.",
    placeholderTitle: "Вміст від {service}",
    placeholderBody:
      "Цей вміст надає {service}, який може використовувати файли cookie. Щоб його показати, потрібна ваша згода на таку ціль: {category}.",
    placeholderButton: "Дозволити й завантажити",
    reopen: "Налаштування cookie",
    declarationEmpty: "Файли cookie не вказано.",
    and: "та",
    partlyOn: "Частково увімкнено: {services}",
    consentId: "Ідентифікатор вашої згоди: {id}",
    consentDate: "Дата вашого вибору: {date}",
  },
};
