/* Stand-in for the Pardot tracking code: runs, and sets the first-party visitor_id* cookies consent.json declares. */
(function () {
  var tenYears = 3650 * 86400;
  var id = Math.random().toString(36).slice(2);
  document.cookie = "visitor_id4711=" + id + "; path=/; max-age=" + tenYears + "; SameSite=Lax";
  document.cookie = "visitor_id4711-hash=" + id.split("").reverse().join("") + "; path=/; max-age=" + tenYears + "; SameSite=Lax";
  (window.thirdPartyRan = window.thirdPartyRan || []).push("Pardot");
  document.dispatchEvent(new CustomEvent("third-party-ran", { detail: "Pardot" }));
})();
