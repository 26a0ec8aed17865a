import type { Locale } from "../core/list-titles";

/**
 * The built-in Italian strings (same keys and tokens as `en`); override any with
 * `text.it` in the config. Addresses the visitor as «tu»; «cookie» stays invariable in the plural.
 */
export const it: Locale = {
  text: {
    bannerTitle: "Cookie su questo sito",
    bannerBody:
      "Usiamo cookie tecnici necessari al funzionamento del sito. Con il tuo consenso vorremmo usare anche cookie per {categories}. Puoi modificare la tua scelta in qualsiasi momento in «Impostazioni cookie».",
    bannerLabel: "Consenso ai cookie",
    acceptAll: "Accetta tutti",
    rejectAll: "Rifiuta tutti",
    customize: "Personalizza",
    save: "Salva le scelte",
    preferencesTitle: "Impostazioni cookie",
    preferencesBody:
      "Scegli quali cookie possiamo usare. I cookie tecnici sono sempre attivi, perché senza di essi il sito non funziona. Puoi modificare la tua scelta in qualsiasi momento.",
    close: "Chiudi",
    alwaysOn: "Sempre attivi",
    policyLink: "Informativa sulla privacy",
    services: "Servizi e cookie",
    cookies: "Cookie: {name}",
    cookieName: "Nome",
    cookieService: "Servizio",
    cookieHost: "Dominio",
    cookieDuration: "Durata",
    cookieDescription: "Descrizione",
    partyFirst: "Prima parte",
    partyThird: "Terza parte",
    gpcHonoured:
      "Il tuo browser invia il segnale Global Privacy Control, quindi i cookie per {categories} restano disattivati, a meno che tu non li attivi qui.",
    placeholderTitle: "Contenuto di {service}",
    placeholderBody:
      "Questo contenuto è fornito da {service}, che può usare cookie. Per visualizzarlo serve il tuo consenso per {category}.",
    placeholderButton: "Consenti e carica",
    reopen: "Impostazioni cookie",
    declarationEmpty: "Nessun cookie dichiarato.",
    and: "e",
    partlyOn: "Attivi in parte: {services}",
    consentId: "Il tuo ID di consenso: {id}",
    consentDate: "Data della tua scelta: {date}",
  },
};
