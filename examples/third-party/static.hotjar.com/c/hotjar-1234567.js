/* Stand-in for Hotjar's site script (tests/e2e/recipes.test.mjs): records that it ran. */
(function () {
  (window.thirdPartyRan = window.thirdPartyRan || []).push("hotjar");
})();
