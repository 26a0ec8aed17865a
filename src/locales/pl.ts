import type { Locale } from "../core/list-titles";

/**
 * The built-in Polish strings (same keys and tokens as `en`); override any with
 * `text.pl` in the config. Addresses the visitor as „Ty“ (capitalised, as Polish sites do); the categories follow a colon, in the nominative.
 */
export const pl: Locale = {
  text: {
    bannerTitle: "Pliki cookie w tym serwisie",
    bannerBody:
      "Używamy niezbędnych plików cookie, aby serwis działał. Za Twoją zgodą chcemy też używać plików cookie w tych celach: {categories}. Swój wybór możesz w każdej chwili zmienić w sekcji „Ustawienia plików cookie”.",
    bannerLabel: "Zgoda na pliki cookie",
    acceptAll: "Zaakceptuj wszystkie",
    rejectAll: "Odrzuć wszystkie",
    customize: "Dostosuj",
    save: "Zapisz wybór",
    preferencesTitle: "Ustawienia plików cookie",
    preferencesBody:
      "Wybierz, z jakich plików cookie możemy korzystać. Niezbędne pliki cookie są zawsze włączone, bo bez nich serwis nie działa. Swój wybór możesz w każdej chwili zmienić.",
    close: "Zamknij",
    alwaysOn: "Zawsze włączone",
    policyLink: "Polityka prywatności",
    services: "Usługi i pliki cookie",
    cookies: "Pliki cookie: {name}",
    cookieName: "Nazwa",
    cookieService: "Usługa",
    cookieHost: "Domena",
    cookieDuration: "Okres przechowywania",
    cookieDescription: "Opis",
    partyFirst: "Własne",
    partyThird: "Podmiotów trzecich",
    gpcHonoured:
      "Twoja przeglądarka wysyła sygnał Global Privacy Control, dlatego pliki cookie w tych celach pozostają wyłączone, dopóki nie włączysz ich tutaj: {categories}.",
    placeholderTitle: "Treść z serwisu {service}",
    placeholderBody:
      "Tę treść udostępnia serwis {service}, który może używać plików cookie. Aby ją wyświetlić, potrzebujemy Twojej zgody w celu: {category}.",
    placeholderButton: "Zezwól i załaduj",
    reopen: "Ustawienia plików cookie",
    declarationEmpty: "Brak zadeklarowanych plików cookie.",
    and: "i",
    partlyOn: "Częściowo włączone: {services}",
    consentId: "Identyfikator Twojej zgody: {id}",
    consentDate: "Data Twojego wyboru: {date}",
  },
};
