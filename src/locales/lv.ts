import type { Locale } from "../core/list-titles";

/**
 * The built-in Latvian strings (same keys and tokens as `en`); override any with
 * `text.lv` in the config. Addresses the visitor as „jūs“; the categories follow a colon, in the nominative.
 */
export const lv: Locale = {
  text: {
    bannerTitle: "Sīkdatnes šajā vietnē",
    bannerBody:
      "Mēs izmantojam obligātās sīkdatnes, lai vietne darbotos. Ar jūsu piekrišanu mēs vēlētos izmantot sīkdatnes arī šādiem mērķiem: {categories}. Savu izvēli varat jebkurā laikā mainīt sadaļā „Sīkdatņu iestatījumi“.",
    bannerLabel: "Piekrišana sīkdatnēm",
    acceptAll: "Pieņemt visas",
    rejectAll: "Noraidīt visas",
    customize: "Pielāgot",
    save: "Saglabāt izvēli",
    preferencesTitle: "Sīkdatņu iestatījumi",
    preferencesBody:
      "Izvēlieties, kuras sīkdatnes mēs drīkstam izmantot. Obligātās sīkdatnes vienmēr ir ieslēgtas, jo bez tām vietne nedarbojas. Savu izvēli varat jebkurā laikā mainīt.",
    close: "Aizvērt",
    alwaysOn: "Vienmēr ieslēgtas",
    policyLink: "Privātuma politika",
    services: "Pakalpojumi un sīkdatnes",
    cookies: "Sīkdatnes: {name}",
    cookieName: "Nosaukums",
    cookieService: "Pakalpojums",
    cookieHost: "Domēns",
    cookieDuration: "Glabāšanas ilgums",
    cookieDescription: "Apraksts",
    partyFirst: "Pirmās puses",
    partyThird: "Trešās puses",
    gpcHonoured:
      "Jūsu pārlūks sūta Global Privacy Control signālu, tāpēc šo mērķu sīkdatnes paliek izslēgtas, ja vien jūs tās šeit neieslēdzat: {categories}.",
    placeholderTitle: "Saturs no {service}",
    placeholderBody:
      "Šo saturu nodrošina {service}, kas var izmantot sīkdatnes. Lai to parādītu, nepieciešama jūsu piekrišana šim mērķim: {category}.",
    placeholderButton: "Atļaut un ielādēt",
    reopen: "Sīkdatņu iestatījumi",
    declarationEmpty: "Nav norādītu sīkdatņu.",
    and: "un",
    partlyOn: "Daļēji ieslēgtas: {services}",
    consentId: "Jūsu piekrišanas ID: {id}",
    consentDate: "Jūsu izvēles datums: {date}",
  },
};
