import type { Locale } from "../core/list-titles";

/**
 * The built-in Icelandic strings (same keys and tokens as `en`); override any with
 * `text.is` in the config. Addresses the visitor as „þú“; «vafrakökur» for cookies.
 */
export const is: Locale = {
  text: {
    bannerTitle: "Vafrakökur á vefnum",
    bannerBody:
      "Við notum nauðsynlegar vafrakökur svo að vefurinn virki. Með samþykki þínu viljum við einnig nota vafrakökur í þessum tilgangi: {categories}. Þú getur alltaf breytt vali þínu undir „Stillingar vafrakaka“.",
    bannerLabel: "Samþykki fyrir vafrakökum",
    acceptAll: "Samþykkja allar",
    rejectAll: "Hafna öllum",
    customize: "Sérsníða",
    save: "Vista val",
    preferencesTitle: "Stillingar vafrakaka",
    preferencesBody:
      "Veldu hvaða vafrakökur við megum nota. Nauðsynlegar vafrakökur eru alltaf virkar, því vefurinn virkar ekki án þeirra. Þú getur alltaf breytt vali þínu.",
    close: "Loka",
    alwaysOn: "Alltaf virkar",
    policyLink: "Persónuverndarstefna",
    services: "Þjónustur og vafrakökur",
    cookies: "Vafrakökur: {name}",
    cookieName: "Heiti",
    cookieService: "Þjónusta",
    cookieHost: "Lén",
    cookieDuration: "Gildistími",
    cookieDescription: "Lýsing",
    partyFirst: "Fyrsti aðili",
    partyThird: "Þriðji aðili",
    gpcHonoured:
      "Vafrinn þinn sendir merkið Global Privacy Control, svo vafrakökur í þessum tilgangi verða óvirkar nema þú kveikir á þeim hér: {categories}.",
    placeholderTitle: "Efni frá {service}",
    placeholderBody:
      "Þetta efni kemur frá {service}, sem kann að nota vafrakökur. Til að birta það þarf samþykki þitt í þessum tilgangi: {category}.",
    placeholderButton: "Leyfa og hlaða",
    reopen: "Stillingar vafrakaka",
    declarationEmpty: "Engar vafrakökur skráðar.",
    and: "og",
    partlyOn: "Að hluta virkar: {services}",
    consentId: "Samþykkisauðkenni þitt: {id}",
    consentDate: "Dagsetning vals þíns: {date}",
  },
};
