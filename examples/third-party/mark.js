/*
 * Generic tagged script for the browser tests: `mark.js?name=slow&cookie=foo` records `name` in
 * window.thirdPartyRan (in the order scripts run) and optionally sets a first-party cookie.
 */
(function () {
  var params = new URL(document.currentScript.src).searchParams;
  var name = params.get("name") || "mark";
  if (params.get("cookie")) document.cookie = params.get("cookie") + "=1; path=/; max-age=3600; SameSite=Lax";
  (window.thirdPartyRan = window.thirdPartyRan || []).push(name);
  document.dispatchEvent(new CustomEvent("third-party-ran", { detail: name }));
})();
