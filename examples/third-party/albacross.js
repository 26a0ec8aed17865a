/* Stand-in for the Albacross tag: runs, and sets the two first-party cookies consent.json declares for it. */
(function () {
  var year = 365 * 86400;
  document.cookie = "nQ_cookieId=" + Math.random().toString(36).slice(2) + "; path=/; max-age=" + year + "; SameSite=Lax";
  document.cookie = "nQ_visitId=" + Math.random().toString(36).slice(2) + "; path=/; max-age=" + year + "; SameSite=Lax";
  (window.thirdPartyRan = window.thirdPartyRan || []).push("Albacross");
  document.dispatchEvent(new CustomEvent("third-party-ran", { detail: "Albacross" }));
})();
