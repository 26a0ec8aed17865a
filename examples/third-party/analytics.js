/*
 * Stand-in for Google Analytics on the demo's "third-party" origin. It does what the real tag does
 * as far as the page can see: it runs, and it sets the first-party cookies that consent.json
 * declares for the google-analytics service, so that withdrawing consent visibly erases them.
 */
(function () {
  var day = 86400;
  document.cookie =
    "_ga=GA1.1." +
    Math.floor(Math.random() * 1e9) +
    "." +
    Math.floor(Date.now() / 1000) +
    "; path=/; max-age=" +
    730 * day +
    "; SameSite=Lax";
  document.cookie = "_gid=GA1.1." + Math.floor(Math.random() * 1e9) + "; path=/; max-age=" + day + "; SameSite=Lax";
  document.cookie = "_gat_UA-4711-1=1; path=/; max-age=60; SameSite=Lax";
  (window.thirdPartyRan = window.thirdPartyRan || []).push("Google Analytics");
  document.dispatchEvent(new CustomEvent("third-party-ran", { detail: "Google Analytics" }));
})();
