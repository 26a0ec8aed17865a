import type { Locale } from "../core/list-titles";

/**
 * The built-in Romanian strings (same keys and tokens as `en`); override any with
 * `text.ro` in the config. Addresses the visitor as „dumneavoastră“; the categories follow a colon.
 */
export const ro: Locale = {
  text: {
    bannerTitle: "Cookie-uri pe acest site",
    bannerBody:
      "Folosim cookie-uri strict necesare pentru funcționarea site-ului. Cu acordul dumneavoastră, am dori să folosim cookie-uri și în aceste scopuri: {categories}. Puteți modifica oricând alegerea din „Setări cookie-uri”.",
    bannerLabel: "Consimțământ pentru cookie-uri",
    acceptAll: "Acceptă toate",
    rejectAll: "Respinge toate",
    customize: "Personalizează",
    save: "Salvează alegerile",
    preferencesTitle: "Setări cookie-uri",
    preferencesBody:
      "Alegeți ce cookie-uri putem folosi. Cookie-urile strict necesare sunt mereu active, deoarece site-ul nu funcționează fără ele. Puteți modifica oricând alegerea.",
    close: "Închide",
    alwaysOn: "Mereu active",
    policyLink: "Politica de confidențialitate",
    services: "Servicii și cookie-uri",
    cookies: "Cookie-uri: {name}",
    cookieName: "Nume",
    cookieService: "Serviciu",
    cookieHost: "Domeniu",
    cookieDuration: "Durată",
    cookieDescription: "Descriere",
    partyFirst: "Proprii",
    partyThird: "Terțe părți",
    gpcHonoured:
      "Browserul dumneavoastră trimite semnalul Global Privacy Control, așa că cookie-urile pentru aceste scopuri rămân dezactivate, cu excepția cazului în care le activați aici: {categories}.",
    placeholderTitle: "Conținut de la {service}",
    placeholderBody:
      "Acest conținut este furnizat de {service}, care poate folosi cookie-uri. Pentru afișare este nevoie de acordul dumneavoastră pentru scopul: {category}.",
    placeholderButton: "Permite și încarcă",
    reopen: "Setări cookie-uri",
    declarationEmpty: "Nu sunt declarate cookie-uri.",
    and: "și",
    partlyOn: "Parțial active: {services}",
    consentId: "ID-ul consimțământului dumneavoastră: {id}",
    consentDate: "Data alegerii dumneavoastră: {date}",
  },
};
