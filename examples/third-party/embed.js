/* The embedded player sets its own (third-party) cookies, as a real video embed does. */
document.cookie = "YSC=" + Math.random().toString(36).slice(2) + "; path=/; SameSite=Lax";
document.cookie = "VISITOR_INFO1_LIVE=" + Math.random().toString(36).slice(2) + "; path=/; max-age=15552000; SameSite=Lax";
document.querySelector(".play").addEventListener("click", function () {
  document.querySelector(".title").textContent = "▶ Playing (not really, this is a demo)";
});
