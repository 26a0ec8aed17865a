import type { Locale } from "../core/list-titles";

/**
 * The built-in Spanish strings (same keys and tokens as `en`); override any with
 * `text.es` in the config. Addresses the visitor as «tú», as most Spanish sites do; «y» becomes «e» before an /i/ sound.
 */
export const es: Locale = {
  text: {
    bannerTitle: "Cookies en este sitio web",
    bannerBody:
      "Usamos cookies estrictamente necesarias para que el sitio funcione. Si nos das tu consentimiento, también usaremos cookies para {categories}. Puedes cambiar tu elección en cualquier momento en «Configuración de cookies».",
    bannerLabel: "Consentimiento de cookies",
    acceptAll: "Aceptar todas",
    rejectAll: "Rechazar todas",
    customize: "Configurar",
    save: "Guardar selección",
    preferencesTitle: "Configuración de cookies",
    preferencesBody:
      "Elige qué cookies podemos usar. Las cookies estrictamente necesarias están siempre activas, porque sin ellas el sitio no funciona. Puedes cambiar tu elección en cualquier momento.",
    close: "Cerrar",
    alwaysOn: "Siempre activas",
    policyLink: "Política de privacidad",
    services: "Servicios y cookies",
    cookies: "Cookies: {name}",
    cookieName: "Nombre",
    cookieService: "Servicio",
    cookieHost: "Dominio",
    cookieDuration: "Duración",
    cookieDescription: "Descripción",
    partyFirst: "Propia",
    partyThird: "De terceros",
    gpcHonoured:
      "Tu navegador envía la señal Global Privacy Control, así que las cookies para {categories} seguirán desactivadas salvo que las actives aquí.",
    placeholderTitle: "Contenido de {service}",
    placeholderBody:
      "Este contenido lo ofrece {service}, que puede usar cookies. Para verlo necesitamos tu consentimiento para {category}.",
    placeholderButton: "Permitir y cargar",
    reopen: "Configuración de cookies",
    declarationEmpty: "No hay cookies declaradas.",
    and: "y",
    partlyOn: "Activas en parte: {services}",
    consentId: "Tu ID de consentimiento: {id}",
    consentDate: "Fecha de tu elección: {date}",
  },
  // «y» is written «e» before a word that starts with an /i/ sound: «análisis e información», but «y hielo».
  grammar: { andBefore: ["^h?[ií](?![aeiouáéó])", "e"] },
};
