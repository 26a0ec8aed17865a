import type { Locale } from "../core/list-titles";

/**
 * The built-in Hungarian strings (same keys and tokens as `en`); override any with
 * `text.hu` in the config. Addresses the visitor as „Ön“; the categories follow a colon, in the nominative.
 */
export const hu: Locale = {
  text: {
    bannerTitle: "Sütik ezen a webhelyen",
    bannerBody:
      "A webhely működéséhez elengedhetetlen sütiket használunk. Az Ön hozzájárulásával sütiket használnánk a következő célokra is: {categories}. Döntését bármikor módosíthatja a „Sütibeállítások” menüpontban.",
    bannerLabel: "Hozzájárulás a sütikhez",
    acceptAll: "Az összes elfogadása",
    rejectAll: "Az összes elutasítása",
    customize: "Testreszabás",
    save: "Választás mentése",
    preferencesTitle: "Sütibeállítások",
    preferencesBody:
      "Válassza ki, mely sütiket használhatjuk. Az elengedhetetlen sütik mindig be vannak kapcsolva, mert nélkülük a webhely nem működik. Döntését bármikor módosíthatja.",
    close: "Bezárás",
    alwaysOn: "Mindig bekapcsolva",
    policyLink: "Adatvédelmi tájékoztató",
    services: "Szolgáltatások és sütik",
    cookies: "Sütik: {name}",
    cookieName: "Név",
    cookieService: "Szolgáltatás",
    cookieHost: "Tartomány",
    cookieDuration: "Időtartam",
    cookieDescription: "Leírás",
    partyFirst: "Saját",
    partyThird: "Harmadik fél",
    gpcHonoured:
      "Böngészője Global Privacy Control jelzést küld, ezért az alábbi célokra szolgáló sütik kikapcsolva maradnak, amíg itt be nem kapcsolja őket: {categories}.",
    placeholderTitle: "Tartalom innen: {service}",
    placeholderBody:
      "Ezt a tartalmat a(z) {service} biztosítja, amely sütiket használhat. A megjelenítéséhez az Ön hozzájárulására van szükség ehhez a célhoz: {category}.",
    placeholderButton: "Engedélyezés és betöltés",
    reopen: "Sütibeállítások",
    declarationEmpty: "Nincsenek megadott sütik.",
    and: "és",
    partlyOn: "Részben bekapcsolva: {services}",
    consentId: "Hozzájárulásának azonosítója: {id}",
    consentDate: "Döntésének dátuma: {date}",
  },
};
