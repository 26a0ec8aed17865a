import type { Locale } from "../core/list-titles";

/**
 * The built-in Irish strings (same keys and tokens as `en`); override any with
 * `text.ga` in the config. Addresses the visitor as “tú”; the categories follow a colon, so no initial mutation is needed.
 */
export const ga: Locale = {
  text: {
    bannerTitle: "Fianáin ar an suíomh seo",
    bannerBody:
      "Úsáidimid fianáin atá fíor-riachtanach chun go n-oibreoidh an suíomh. Le do thoiliú, ba mhaith linn fianáin a úsáid freisin chun na gcríoch seo: {categories}. Is féidir leat do rogha a athrú am ar bith faoi “Socruithe fianán”.",
    bannerLabel: "Toiliú le fianáin",
    acceptAll: "Glac le gach ceann",
    rejectAll: "Diúltaigh do gach ceann",
    customize: "Saincheap",
    save: "Sábháil roghanna",
    preferencesTitle: "Socruithe fianán",
    preferencesBody:
      "Roghnaigh na fianáin is féidir linn a úsáid. Bíonn fianáin fíor-riachtanacha ar siúl i gcónaí, mar ní oibríonn an suíomh gan iad. Is féidir leat do rogha a athrú am ar bith.",
    close: "Dún",
    alwaysOn: "Ar siúl i gcónaí",
    policyLink: "Beartas príobháideachta",
    services: "Seirbhísí agus fianáin",
    cookies: "Fianáin: {name}",
    cookieName: "Ainm",
    cookieService: "Seirbhís",
    cookieHost: "Fearann",
    cookieDuration: "Fad",
    cookieDescription: "Cur síos",
    partyFirst: "Céadpháirtí",
    partyThird: "Tríú páirtí",
    gpcHonoured:
      "Seolann do bhrabhsálaí an comhartha Global Privacy Control, mar sin fanfaidh fianáin na gcríoch seo múchta mura gcuireann tú ar siúl iad anseo: {categories}.",
    placeholderTitle: "Ábhar ó {service}",
    placeholderBody:
      "Is é {service} a sholáthraíonn an t-ábhar seo, agus d’fhéadfadh sé fianáin a úsáid. Chun é a thaispeáint, teastaíonn do thoiliú chun na críche seo: {category}.",
    placeholderButton: "Ceadaigh agus lódáil",
    reopen: "Socruithe fianán",
    declarationEmpty: "Níl aon fhianáin fógartha.",
    and: "agus",
    partlyOn: "Ar siúl i bpáirt: {services}",
    consentId: "Aitheantas do thoilithe: {id}",
    consentDate: "Dáta do rogha: {date}",
  },
};
