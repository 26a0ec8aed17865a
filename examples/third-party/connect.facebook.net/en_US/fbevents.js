/* Stand-in for Meta's fbevents.js (tests/e2e/recipes.test.mjs): records that it ran and the calls queued before it. */
(function () {
  (window.thirdPartyRan = window.thirdPartyRan || []).push("fbevents.js");
  window.fbqQueued = window.fbq && window.fbq.queue ? window.fbq.queue.length : 0;
})();
