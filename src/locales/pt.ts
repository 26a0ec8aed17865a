import type { Locale } from "../core/list-titles";

/**
 * The built-in Portuguese (European; pt-BR reads it too) strings (same keys and tokens as `en`); override any with
 * `text.pt` in the config. Addresses the visitor with «o seu», avoiding «tu» and «você».
 */
export const pt: Locale = {
  text: {
    bannerTitle: "Cookies neste site",
    bannerBody:
      "Utilizamos cookies estritamente necessários para o funcionamento do site. Com o seu consentimento, gostaríamos de utilizar também cookies para {categories}. Pode alterar a sua escolha a qualquer momento em «Definições de cookies».",
    bannerLabel: "Consentimento de cookies",
    acceptAll: "Aceitar todos",
    rejectAll: "Rejeitar todos",
    customize: "Personalizar",
    save: "Guardar escolhas",
    preferencesTitle: "Definições de cookies",
    preferencesBody:
      "Escolha os cookies que podemos utilizar. Os cookies estritamente necessários estão sempre ativos, porque o site não funciona sem eles. Pode alterar a sua escolha a qualquer momento.",
    close: "Fechar",
    alwaysOn: "Sempre ativos",
    policyLink: "Política de privacidade",
    services: "Serviços e cookies",
    cookies: "Cookies: {name}",
    cookieName: "Nome",
    cookieService: "Serviço",
    cookieHost: "Domínio",
    cookieDuration: "Duração",
    cookieDescription: "Descrição",
    partyFirst: "Próprio",
    partyThird: "De terceiros",
    gpcHonoured:
      "O seu navegador envia o sinal Global Privacy Control, por isso os cookies para {categories} ficam desativados, a menos que os ative aqui.",
    placeholderTitle: "Conteúdo de {service}",
    placeholderBody:
      "Este conteúdo é fornecido por {service}, que pode utilizar cookies. Para o ver, precisamos do seu consentimento para {category}.",
    placeholderButton: "Permitir e carregar",
    reopen: "Definições de cookies",
    declarationEmpty: "Nenhum cookie declarado.",
    and: "e",
    partlyOn: "Parcialmente ativos: {services}",
    consentId: "O seu ID de consentimento: {id}",
    consentDate: "Data da sua escolha: {date}",
  },
};
