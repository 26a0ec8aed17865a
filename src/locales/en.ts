import type { Locale } from "../core/list-titles";

/**
 * The built-in English strings. `{categories}` is replaced with the titles of the
 * categories in question ("analytics and marketing"), `{service}` with a service's
 * name, `{category}` with a category's title, `{name}` with a table's subject.
 * Text may hold `[label](url)` links; override any string with `text.en` in the config.
 */
export const en: Locale = {
  text: {
    bannerTitle: "Cookies on this site",
    bannerBody:
      "We use strictly necessary cookies to make this site work. With your consent, we would also like to use cookies for {categories}. You can change your choice at any time under Cookie settings.",
    bannerLabel: "Cookie consent",
    acceptAll: "Accept all",
    rejectAll: "Reject all",
    customize: "Customize",
    save: "Save choices",
    preferencesTitle: "Cookie settings",
    preferencesBody:
      "Choose which cookies we may use. Strictly necessary cookies are always on, because the site can't work without them. You can change your choice at any time.",
    close: "Close",
    alwaysOn: "Always on",
    policyLink: "Privacy policy",
    services: "Services and cookies",
    cookies: "Cookies: {name}",
    cookieName: "Name",
    cookieService: "Service",
    cookieHost: "Host",
    cookieDuration: "Duration",
    cookieDescription: "Description",
    partyFirst: "First party",
    partyThird: "Third party",
    gpcHonoured:
      "Your browser sends a Global Privacy Control signal, so cookies for {categories} stay off unless you switch them on here.",
    placeholderTitle: "Content from {service}",
    placeholderBody: "This content is provided by {service}, which may use cookies. It needs your consent for {category}.",
    placeholderButton: "Allow and load",
    reopen: "Cookie settings",
    declarationEmpty: "No cookies declared.",
    and: "and",
    partlyOn: "Partly on: {services}",
    consentId: "Your consent ID: {id}",
    consentDate: "Date of your choice: {date}",
  },
};
