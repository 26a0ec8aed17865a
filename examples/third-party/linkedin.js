/*
 * Stand-in for the LinkedIn Insight tag. LinkedIn's own cookies live on linkedin.com, out of the
 * page's reach, so this one only reports that it ran and fetches a tracking pixel from its origin.
 */
(function () {
  var script = document.currentScript;
  var pixel = new Image(1, 1);
  pixel.alt = "";
  pixel.src = (script ? new URL(script.src).origin : "") + "/pixel.gif?from=linkedin";
  (window.thirdPartyRan = window.thirdPartyRan || []).push("LinkedIn Insight");
  document.dispatchEvent(new CustomEvent("third-party-ran", { detail: "LinkedIn Insight" }));
})();
