/*
 * The demo panel of the Kedjeverket pages: shows which "third-party" scripts ran, which cookies the
 * page can see and what Assent has recorded, so that blocking, consent and withdrawal are visible.
 * It is the site's own code, not tagged, and uses only Assent's public API and events.
 */
(function () {
  var sv = document.documentElement.lang === "sv";
  var NONE = sv ? "inga" : "none";
  var NO_CHOICE = sv ? "inget val ännu" : "no choice yet";

  // The ES module pages put their imports here; the drop-in build defines window.Assent.
  function api() {
    return window.demoAssent || window.Assent;
  }

  function fill(selector, items) {
    var list = document.querySelector(selector);
    if (!list) return;
    list.textContent = items.length ? items.join(", ") : NONE;
  }

  function render() {
    fill("[data-ran-list]", window.thirdPartyRan || []);
    var names = document.cookie
      ? document.cookie.split("; ").map(function (pair) {
          return pair.split("=")[0];
        })
      : [];
    fill("[data-cookie-list]", names.sort());
    var consent = api() && api().getConsent();
    var status = document.querySelector("[data-consent-status]");
    if (status) status.textContent = consent ? consent.categories.join(", ") : NO_CHOICE;
  }

  document.addEventListener("third-party-ran", render);
  document.addEventListener("assent:consent", render);
  document.addEventListener("assent:change", render);
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-demo-reset]");
    if (!button || !api()) return;
    api().reset();
    render();
  });
  // Cookies have no change event in every browser; a slow poll keeps the list honest.
  setInterval(render, 1000);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", render);
  else render();
})();
