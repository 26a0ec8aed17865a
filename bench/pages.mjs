/**
 * One page per contender, each built from fixture.mjs the way its tool's own
 * README documents it: tags, config and where the script goes. `{{THIRD_PARTY}}`
 * is replaced by the server with the second ("third-party") origin.
 */
import { BANNER_BODY, BANNER_TITLE, CATEGORIES, COOKIES, SCRIPTS, pageBody, scriptUrl } from "./fixture.mjs";

function wrapPage({ head = "", body = "" }) {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Bench</title>
  ${head}
</head>
<body>
  ${pageBody()}
  ${body}
</body>
</html>
`;
}

/** JSON safe to put inside an inline <script>. */
const inlineJson = (value) => JSON.stringify(value).replace(/</g, "\\u003c");

/** No consent tool, no third-party scripts: what the page costs on its own. */
function baselinePage() {
  return wrapPage({});
}

/** No consent tool, the five scripts as plain tags: the cost of running them unguarded. */
function baselineScriptsPage(delayFirst) {
  const tags = SCRIPTS.map((s, i) => `<script src="${scriptUrl(s, i === 0 ? delayFirst : 0)}"></script>`);
  return wrapPage({ body: tags.join("\n  ") });
}

/** Assent's config for the bench page: the same categories, cookies and banner text as every peer's. */
export function assentConfig() {
  return {
    revision: 1,
    languages: ["en"],
    policyUrl: "/privacy",
    categories: CATEGORIES.map((c) => ({
      id: c.id,
      ...(c.required ? { required: true } : {}),
      title: c.title,
      description: c.description,
      services: c.services.map((s) => ({ id: s.id, title: s.title, cookies: s.cookies })),
    })),
    text: { en: { bannerTitle: BANNER_TITLE, bannerBody: BANNER_BODY } },
  };
}

/**
 * Assent: the README's "Install" (inline JSON config, script in <head>) and "Tagging" (type="text/plain"
 * data-category); `script` is the setup's own <script> (README "Loading"). A site build's core carries its
 * config (`withConfig` false).
 */
function assentPage(delayFirst, script, withConfig = true) {
  const config = assentConfig();
  const tags = SCRIPTS.map(
    (s, i) => `<script type="text/plain" data-category="${s.category}" src="${scriptUrl(s, i === 0 ? delayFirst : 0)}"></script>`,
  );
  return wrapPage({
    head: `${withConfig ? `<script type="application/json" id="assent-config">${inlineJson(config)}</script>` : ""}
  ${script}`,
    body: tags.join("\n  "),
  });
}

/**
 * CookieConsent v3: stylesheet in <head>, `CookieConsent.run()` at the end of
 * <body>, scripts tagged `type="text/plain" data-category`, cookie tables in
 * the preferences modal's sections.
 */
function cookieConsentPage(delayFirst) {
  const config = {
    // Headless Chromium reports navigator.webdriver; CookieConsent would hide from it as from a crawler.
    hideFromBots: false,
    categories: Object.fromEntries(
      CATEGORIES.map((c) => [
        c.id,
        c.required
          ? { enabled: true, readOnly: true }
          : {
              autoClear: { cookies: c.services.flatMap((s) => s.cookies.map((k) => ({ name: k.name }))) },
              services: Object.fromEntries(c.services.map((s) => [s.id, { label: s.title }])),
            },
      ]),
    ),
    language: {
      default: "en",
      translations: {
        en: {
          consentModal: {
            title: BANNER_TITLE,
            description: BANNER_BODY,
            acceptAllBtn: "Accept all",
            acceptNecessaryBtn: "Reject all",
            showPreferencesBtn: "Customize",
            footer: '<a href="/privacy">Privacy policy</a>',
          },
          preferencesModal: {
            title: "Cookie preferences",
            acceptAllBtn: "Accept all",
            acceptNecessaryBtn: "Reject all",
            savePreferencesBtn: "Save choices",
            closeIconLabel: "Close",
            sections: CATEGORIES.map((c) => ({
              title: c.title,
              description: c.description,
              linkedCategory: c.id,
              cookieTable: {
                headers: { name: "Name", host: "Host", duration: "Duration", description: "Description" },
                body: COOKIES.filter((k) => k.category === c.id).map(({ name, host, duration, description }) => ({
                  name,
                  host,
                  duration,
                  description,
                })),
              },
            })),
          },
        },
      },
    },
  };
  // autoClear.cookies wants RegExp for wildcards; JSON can't carry them, so turn `*` names into RegExps in the page.
  const tags = SCRIPTS.map(
    (s, i) => `<script type="text/plain" data-category="${s.category}" src="${scriptUrl(s, i === 0 ? delayFirst : 0)}"></script>`,
  );
  return wrapPage({
    head: `<link rel="stylesheet" href="/vendor/cookieconsent.css">`,
    body: `${tags.join("\n  ")}
  <script src="/vendor/cookieconsent.umd.js"></script>
  <script>
    var config = ${inlineJson(config)};
    Object.values(config.categories).forEach(function (c) {
      if (c.autoClear) c.autoClear.cookies.forEach(function (k) {
        if (k.name.indexOf("*") >= 0) k.name = new RegExp("^" + k.name.replace(/[.]/g, "\\\\.").replace(/\\*/g, ".*") + "$");
      });
    });
    CookieConsent.run(config);
  </script>`,
  });
}

/**
 * Klaro 0.7: `klaroConfig` then klaro.js, both `defer` in <head>; scripts
 * tagged `type="text/plain" data-type="text/javascript" data-name data-src`;
 * services grouped by purpose. Klaro has no cookie table: cookies are listed
 * only for deletion.
 */
function klaroPage(delayFirst) {
  const services = CATEGORIES.flatMap((c) =>
    c.services.map((s) => ({
      name: s.id,
      title: s.title,
      purposes: [c.id],
      required: !!c.required,
      default: false,
      cookies: s.cookies.map((k) =>
        k.name.includes("*") ? `/^${k.name.replace(/[.]/g, "\\.").replace(/\*/g, ".*")}$/` : k.name,
      ),
    })),
  );
  const config = {
    version: 1,
    elementID: "klaro",
    storageMethod: "cookie",
    cookieName: "klaro",
    cookieExpiresAfterDays: 365,
    default: false,
    mustConsent: false,
    acceptAll: true,
    hideDeclineAll: false,
    groupByPurpose: true,
    htmlTexts: false,
    lang: "en",
    translations: {
      zz: { privacyPolicyUrl: "/privacy" },
      en: {
        ok: "Accept all",
        decline: "Reject all",
        consentNotice: { description: BANNER_BODY },
        purposes: Object.fromEntries(CATEGORIES.map((c) => [c.id, { title: c.title, description: c.description }])),
      },
    },
    services,
  };
  const tags = SCRIPTS.map(
    (s, i) =>
      `<script type="text/plain" data-type="text/javascript" data-name="${s.id}" data-src="${scriptUrl(s, i === 0 ? delayFirst : 0)}"></script>`,
  );
  return wrapPage({
    head: `<script>
    var klaroConfig = ${inlineJson(config)};
    klaroConfig.services.forEach(function (s) {
      s.cookies = s.cookies.map(function (k) { return k.charAt(0) === "/" ? new RegExp(k.slice(1, -1)) : k; });
    });
  </script>
  <script defer src="/vendor/klaro.js"></script>`,
    body: tags.join("\n  "),
  });
}

/**
 * Orejime 3: `window.orejimeConfig` then orejime-standard-en.js plus its
 * stylesheet; purposes grouped (one group per category); scripts wrapped in
 * `<template data-purpose>`. Orejime has no cookie table: cookies are listed
 * only for deletion.
 */
function orejimePage(delayFirst) {
  const toPurpose = (c, s) => ({
    id: s.id,
    title: s.title,
    ...(c.required ? { isMandatory: true } : {}),
    cookies: s.cookies.map((k) => (k.name.includes("*") ? `/^${k.name.replace(/[.]/g, "\\.").replace(/\*/g, ".*")}$/` : k.name)),
  });
  const config = {
    privacyPolicyUrl: "/privacy",
    purposes: CATEGORIES.map((c) => ({
      id: c.id,
      title: c.title,
      description: c.description,
      ...(c.required ? { isMandatory: true } : {}),
      purposes: c.services.map((s) => toPurpose(c, s)),
    })),
    translations: { banner: { title: BANNER_TITLE, description: BANNER_BODY } },
  };
  const tags = SCRIPTS.map(
    (s, i) => `<template data-purpose="${s.id}"><script src="${scriptUrl(s, i === 0 ? delayFirst : 0)}"></script></template>`,
  );
  return wrapPage({
    head: `<link rel="stylesheet" href="/vendor/orejime-standard.css">`,
    body: `${tags.join("\n  ")}
  <script>window.orejimeConfig = ${inlineJson(config)};</script>
  <script src="/vendor/orejime-standard-en.js"></script>`,
  });
}

/**
 * Everything the bench serves from the site origin, as `{ path: text }`:
 * one page per contender, plus the adversarial variant (first script delayed).
 */
export function buildPages({ assentSrc, adversarialDelayMs, coreText = "", siteCoreText = "", siteBannerSrc = "" }) {
  // A classic script's text ends at the first "</script"; "<\/script" means the same to JavaScript.
  const inlineCore = coreText.replace(/<\/script/gi, "<\\/script");
  // `assent build` already writes its config so that it can't end the element.
  const siteCore = siteCoreText.replace(/<\/script/gi, "<\\/script");
  const assentScripts = {
    assent: `<script src="${assentSrc}"></script>`,
    "assent-split": `<script src="/dist/assent-core.js"></script>`,
    // The banner-first UI (README "Loading"): the banner without Preact, assent-ui.js only for more.
    "assent-inline": `<script data-ui="/dist/assent-banner.js">${inlineCore}</script>`,
    "assent-site": `<script data-ui="${siteBannerSrc}">${siteCore}</script>`,
  };
  const pages = {};
  for (const [suffix, delay] of [
    ["", 0],
    ["-slow-first", adversarialDelayMs],
  ]) {
    pages[`baseline${suffix}.html`] = baselinePage();
    pages[`baseline-scripts${suffix}.html`] = baselineScriptsPage(delay);
    for (const [setup, script] of Object.entries(assentScripts))
      pages[`${setup}${suffix}.html`] = assentPage(delay, script, setup != "assent-site");
    pages[`cookieconsent${suffix}.html`] = cookieConsentPage(delay);
    pages[`klaro${suffix}.html`] = klaroPage(delay);
    pages[`orejime${suffix}.html`] = orejimePage(delay);
  }
  return pages;
}
