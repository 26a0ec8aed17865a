import type { Locale } from "../core/list-titles";

/**
 * The built-in French strings (same keys and tokens as `en`); override any with
 * `text.fr` in the config. Addresses the visitor as « vous », with French spacing before « : » and inside « guillemets ».
 */
export const fr: Locale = {
  text: {
    bannerTitle: "Cookies sur ce site",
    bannerBody:
      "Nous utilisons des cookies strictement nécessaires au fonctionnement du site. Avec votre accord, nous souhaitons aussi utiliser des cookies pour les finalités suivantes : {categories}. Vous pouvez modifier votre choix à tout moment dans « Paramètres des cookies ».",
    bannerLabel: "Consentement aux cookies",
    acceptAll: "Tout accepter",
    rejectAll: "Tout refuser",
    customize: "Personnaliser",
    save: "Enregistrer mes choix",
    preferencesTitle: "Paramètres des cookies",
    preferencesBody:
      "Choisissez les cookies que nous pouvons utiliser. Les cookies strictement nécessaires sont toujours actifs, car le site ne peut pas fonctionner sans eux. Vous pouvez modifier votre choix à tout moment.",
    close: "Fermer",
    alwaysOn: "Toujours actifs",
    policyLink: "Politique de confidentialité",
    services: "Services et cookies",
    cookies: "Cookies : {name}",
    cookieName: "Nom",
    cookieService: "Service",
    cookieHost: "Domaine",
    cookieDuration: "Durée",
    cookieDescription: "Description",
    partyFirst: "Interne",
    partyThird: "Tiers",
    gpcHonoured:
      "Votre navigateur envoie le signal Global Privacy Control. Ces cookies restent donc désactivés, sauf si vous les activez ici : {categories}.",
    placeholderTitle: "Contenu de {service}",
    placeholderBody:
      "Ce contenu est fourni par {service}, qui peut utiliser des cookies. Pour l’afficher, nous avons besoin de votre accord pour la finalité : {category}.",
    placeholderButton: "Autoriser et afficher",
    reopen: "Paramètres des cookies",
    declarationEmpty: "Aucun cookie déclaré.",
    and: "et",
    partlyOn: "Partiellement actifs : {services}",
    consentId: "Votre identifiant de consentement : {id}",
    consentDate: "Date de votre choix : {date}",
  },
};
