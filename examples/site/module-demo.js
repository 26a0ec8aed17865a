// The ES module build on the demo's /modul and /en/module pages: no auto-init, so the page calls
// init() with a config written in JavaScript (a shorter one than consent.json, in a corner box).
import { init, on, getConsent, reset } from "/dist/assent.mjs";

const both = (sv, en) => ({ sv, en });
init({
  revision: 1,
  languages: ["sv", "en"],
  policyUrl: both("/integritet", "/en/privacy"),
  layout: "box",
  reopenButton: true,
  categories: [
    {
      id: "necessary",
      required: true,
      title: both("Nödvändiga", "Strictly necessary"),
      description: both("Krävs för att webbplatsen ska fungera.", "Needed for the site to work."),
      googleConsent: ["security_storage"],
      services: [
        {
          id: "session",
          title: both("Webbplatsens session", "Site session"),
          cookies: [
            {
              name: "ASP.NET_SessionId",
              duration: both("Sessionen", "Session"),
              description: both("Håller ihop besöket.", "Ties the visit together."),
            },
          ],
        },
        {
          id: "assent",
          title: both("Ditt cookieval", "Your cookie choice"),
          cookies: [
            {
              name: "assent",
              duration: both("12 månader", "12 months"),
              description: both("Kommer ihåg ditt val.", "Remembers your choice."),
            },
          ],
        },
      ],
    },
    {
      id: "functional",
      title: both("Presentation och funktion", "Functional and performance"),
      description: both(
        "Besöksstatistik som hjälper oss att förbättra sidan.",
        "Visitor statistics that help us improve the site.",
      ),
      googleConsent: ["analytics_storage", "functionality_storage", "personalization_storage"],
      services: [
        {
          id: "google-analytics",
          title: "Google Analytics",
          cookies: [
            {
              name: "_ga",
              duration: both("2 år", "2 years"),
              description: both("Klient-id för statistiken.", "Client id for statistics."),
            },
            { name: "_gid", duration: both("1 dygn", "1 day"), description: both("Dagens besökar-id.", "Today's visitor id.") },
            {
              name: "_gat_UA-*",
              duration: both("Några sekunder", "A few seconds"),
              description: both("Begränsar antalet anrop.", "Limits the request rate."),
            },
          ],
        },
      ],
    },
    {
      id: "marketing",
      title: both("Marknadsföring", "Marketing"),
      description: both("Annonser och uppföljning hos våra partner.", "Ads and follow-up with our partners."),
      googleConsent: ["ad_storage", "ad_user_data", "ad_personalization"],
      services: [
        ["albacross", "Albacross"],
        ["pardot", "Salesforce Pardot"],
        ["linkedin", "LinkedIn Insight"],
        ["youtube", "YouTube"],
        ["doubleclick", "Google DoubleClick"],
      ].map(([id, title]) => ({ id, title })),
    },
  ],
  globalPrivacyControl: { deny: ["marketing"] },
  consentLog: { endpoint: "/consent-receipts" },
});

// site.js shows the recorded choice through this object (the module build does not set window.Assent).
window.demoAssent = { getConsent, reset };
on("consent", (consent) => console.log("Assent: consent recorded", consent));
