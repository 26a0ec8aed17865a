import type { Locale } from "../core/list-titles";

/**
 * The built-in Maltese strings (same keys and tokens as `en`); override any with
 * `text.mt` in the config. Addresses the visitor as “int”; «cookies» is the word Maltese sites use.
 */
export const mt: Locale = {
  text: {
    bannerTitle: "Cookies fuq dan is-sit",
    bannerBody:
      "Nużaw cookies strettament meħtieġa biex is-sit jaħdem. Bil-kunsens tiegħek, nixtiequ nużaw cookies ukoll għal dawn l-għanijiet: {categories}. Tista’ tbiddel l-għażla tiegħek meta trid minn “Preferenzi tal-cookies”.",
    bannerLabel: "Kunsens għall-cookies",
    acceptAll: "Aċċetta kollox",
    rejectAll: "Irrifjuta kollox",
    customize: "Ippersonalizza",
    save: "Salva l-għażla",
    preferencesTitle: "Preferenzi tal-cookies",
    preferencesBody:
      "Agħżel liema cookies nistgħu nużaw. Il-cookies strettament meħtieġa huma dejjem attivi, għax is-sit ma jaħdimx mingħajrhom. Tista’ tbiddel l-għażla tiegħek meta trid.",
    close: "Agħlaq",
    alwaysOn: "Dejjem attivi",
    policyLink: "Politika tal-privatezza",
    services: "Servizzi u cookies",
    cookies: "Cookies: {name}",
    cookieName: "Isem",
    cookieService: "Servizz",
    cookieHost: "Dominju",
    cookieDuration: "Tul ta’ żmien",
    cookieDescription: "Deskrizzjoni",
    partyFirst: "Tal-ewwel parti",
    partyThird: "Ta’ partijiet terzi",
    gpcHonoured:
      "Il-browser tiegħek jibgħat is-sinjal Global Privacy Control, għalhekk il-cookies għal dawn l-għanijiet jibqgħu mitfija sakemm ma tixgħelhomx hawn: {categories}.",
    placeholderTitle: "Kontenut minn {service}",
    placeholderBody:
      "Dan il-kontenut huwa pprovdut minn {service}, li jista’ juża cookies. Biex jintwera, jeħtieġ il-kunsens tiegħek għal dan l-għan: {category}.",
    placeholderButton: "Ippermetti u ara",
    reopen: "Preferenzi tal-cookies",
    declarationEmpty: "L-ebda cookie ma ġie ddikjarat.",
    and: "u",
    partlyOn: "Parzjalment attivi: {services}",
    consentId: "L-ID tal-kunsens tiegħek: {id}",
    consentDate: "Id-data tal-għażla tiegħek: {date}",
  },
};
