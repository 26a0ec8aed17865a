/*
 * PLACEHOLDER for dist/assent.js, used only while the real build does not
 * exist, so the bench harness can be exercised end to end. It is NOT Assent:
 * results measured with it are labelled "placeholder" in the report.
 * It reads the inline config, shows a banner in a shadow root, stores the
 * choice in a cookie and revives tagged scripts in document order
 * (async=false: parallel download, ordered execution).
 */
(function () {
  var cfgEl = document.getElementById("assent-config");
  var config = cfgEl ? JSON.parse(cfgEl.textContent) : { categories: [] };
  var match = document.cookie.match(/(?:^|; )assent=([^;]*)/);
  var granted = match ? decodeURIComponent(match[1]).split(",") : null;

  function run(categories) {
    var tags = document.querySelectorAll('script[type="text/plain"][data-category]');
    for (var i = 0; i < tags.length; i++) {
      var old = tags[i];
      if (categories.indexOf(old.getAttribute("data-category")) < 0) continue;
      var s = document.createElement("script");
      for (var j = 0; j < old.attributes.length; j++) s.setAttribute(old.attributes[j].name, old.attributes[j].value);
      s.type = "text/javascript";
      s.async = false;
      if (!old.src) s.textContent = old.textContent;
      old.replaceWith(s);
    }
  }

  function choose(categories, host) {
    document.cookie = "assent=" + encodeURIComponent(categories.join(",")) + "; path=/; max-age=31536000; samesite=lax";
    host.remove();
    run(categories);
  }

  function showBanner() {
    var host = document.createElement("div");
    var root = host.attachShadow({ mode: "open" });
    var style = new CSSStyleSheet();
    style.replaceSync(
      ".b{position:fixed;left:0;right:0;bottom:0;padding:16px;background:#fff;color:#111;box-shadow:0 -2px 8px #0003;font:14px system-ui}button{margin-right:8px}",
    );
    root.adoptedStyleSheets = [style];
    var banner = document.createElement("div");
    banner.className = "b";
    banner.setAttribute("role", "region");
    var text = (config.text && config.text.en) || {};
    var h = document.createElement("h2");
    h.textContent = text.bannerTitle || "Cookies";
    var p = document.createElement("p");
    p.textContent = text.bannerBody || "";
    banner.append(h, p);
    var all = config.categories.map(function (c) { return c.id; });
    var req = config.categories.filter(function (c) { return c.required; }).map(function (c) { return c.id; });
    [["Accept all", all], ["Reject all", req], ["Customize", req]].forEach(function (b) {
      var btn = document.createElement("button");
      btn.textContent = b[0];
      btn.onclick = function () { choose(b[1], host); };
      banner.append(btn);
    });
    root.append(banner);
    document.body.append(host);
  }

  function start() {
    if (granted) run(granted);
    else showBanner();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
