/*
 * Stand-in for a Google Tag Manager container (tests/e2e/recipes.test.mjs). Like a real container with a Custom HTML
 * Hotjar tag and a Meta pixel image tag, it inserts both from the vendors' hosts (here: paths on this origin).
 */
(function () {
  var origin = new URL(document.currentScript.src).origin;
  (window.thirdPartyRan = window.thirdPartyRan || []).push("gtm.js");
  var hotjar = document.createElement("script");
  hotjar.async = true;
  hotjar.src = origin + "/static.hotjar.com/c/hotjar-1234567.js?sv=6&from=gtm";
  document.head.appendChild(hotjar);
  var pixel = document.createElement("img");
  pixel.src = origin + "/www.facebook.com/tr?id=0&ev=PageView&from=gtm";
  pixel.width = pixel.height = 1;
  pixel.alt = "";
  document.body.appendChild(pixel);
})();
