/**
 * The one site every contender is dropped into: the same three categories,
 * the same 15 declared cookies and the same five third-party scripts (three
 * analytics, two marketing). Each page builder in pages.mjs translates this
 * into the shape its consent tool documents, so the contenders differ only in
 * the tool.
 */

/** Categories in the order they are shown; services in document order. */
export const CATEGORIES = [
  {
    id: "necessary",
    required: true,
    title: "Strictly necessary",
    description: "Keep the site working: sign-in, security and load balancing.",
    services: [
      {
        id: "session",
        title: "Session",
        cookies: [
          { name: "sessionid", host: "localhost", duration: "Session", description: "Keeps an anonymous session." },
          { name: "csrftoken", host: "localhost", duration: "1 year", description: "Protects forms against forgery." },
          { name: "AWSALB", host: "localhost", duration: "7 days", description: "Routes requests to the same server." },
        ],
      },
    ],
  },
  {
    id: "analytics",
    title: "Analytics",
    description: "Count visits and see which pages are read, so we can improve them.",
    services: [
      {
        id: "google-analytics",
        title: "Google Analytics",
        script: "ga.js",
        cookies: [
          { name: "_ga", host: ".localhost", duration: "2 years", description: "Tells visitors apart." },
          { name: "_ga_*", host: ".localhost", duration: "2 years", description: "Keeps the session state." },
          { name: "_gid", host: ".localhost", duration: "1 day", description: "Tells visitors apart for a day." },
          { name: "_gat_UA-*", host: ".localhost", duration: "1 minute", description: "Throttles the request rate." },
        ],
      },
      {
        id: "hotjar",
        title: "Hotjar",
        script: "hotjar.js",
        cookies: [
          { name: "_hjSessionUser_*", host: ".localhost", duration: "1 year", description: "Keeps the Hotjar user id." },
          { name: "_hjSession_*", host: ".localhost", duration: "30 minutes", description: "Keeps the current session." },
        ],
      },
      {
        id: "matomo",
        title: "Matomo",
        script: "matomo.js",
        cookies: [
          { name: "_pk_id.*", host: "localhost", duration: "13 months", description: "Stores a visitor id." },
          { name: "_pk_ses.*", host: "localhost", duration: "30 minutes", description: "Marks the current visit." },
        ],
      },
    ],
  },
  {
    id: "marketing",
    title: "Marketing",
    description: "Show you relevant ads on other sites and measure our campaigns.",
    services: [
      {
        id: "facebook-pixel",
        title: "Meta Pixel",
        script: "fbpixel.js",
        cookies: [
          { name: "_fbp", host: ".localhost", duration: "3 months", description: "Identifies browsers for ads." },
          { name: "fr", host: ".facebook.com", duration: "3 months", description: "Delivers and measures ads." },
        ],
      },
      {
        id: "linkedin",
        title: "LinkedIn Insight",
        script: "linkedin.js",
        cookies: [
          { name: "li_sugr", host: ".linkedin.com", duration: "3 months", description: "Matches browsers for ads." },
          { name: "bcookie", host: ".linkedin.com", duration: "1 year", description: "Identifies the browser." },
        ],
      },
    ],
  },
];

/** The five tagged scripts in document order: `{ id, category, file }`. */
export const SCRIPTS = CATEGORIES.flatMap((category) =>
  category.services.filter((s) => s.script).map((s) => ({ id: s.id, category: category.id, file: s.script })),
);

/** Every declared cookie (15), with its category and service. */
export const COOKIES = CATEGORIES.flatMap((category) =>
  category.services.flatMap((service) => service.cookies.map((c) => ({ ...c, category: category.id, service: service.id }))),
);

export const BANNER_TITLE = "We use cookies";
export const BANNER_BODY =
  "We use cookies for analytics and marketing. Accept all, reject all or choose per category; you can change your choice at any time.";

/**
 * The URL of a stand-in third-party script; `delayMs` asks the third-party
 * server to hold the response (the adversarial-latency run).
 */
export function scriptUrl(script, delayMs = 0) {
  return `{{THIRD_PARTY}}/third/${script.file}${delayMs ? `?delay=${delayMs}` : ""}`;
}

/**
 * The stand-in for a third-party script: it records when it ran, and in what
 * order, so the bench can check "all ran" and "document order kept". A little
 * busy work stands in for a real tag's start-up so the scripts aren't free.
 */
export function standInScript(script) {
  return `(function () {
  var t = performance.now();
  var s = 0; for (var i = 0; i < 20000; i++) s += i % 7;
  (window.__benchRan = window.__benchRan || []).push({ id: ${JSON.stringify(script.id)}, t: t, s: s });
})();
`;
}

/** The page's own content, the same for every contender (a small article). */
export function pageBody() {
  const paragraphs = Array.from(
    { length: 12 },
    (_, i) =>
      `<p>Paragraph ${i + 1}. A plain article page with some text, so that every contender renders its banner over a page that has real layout work, not an empty document.</p>`,
  ).join("\n    ");
  return `<header><h1>Bench site</h1><nav><a href="/">Home</a> · <a href="/privacy">Privacy</a></nav></header>
  <main>
    ${paragraphs}
  </main>`;
}
