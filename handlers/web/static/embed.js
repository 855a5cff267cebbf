// Trygghetsboten on a kommun's own site:
//   <script src="https://BOT/embed.js" data-kommun="solvesborg" defer></script>
// It adds a button that opens the chat in a panel (an iframe from the bot's own origin).
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) { return; }
  var origin = new URL(script.src).origin;
  var kommun = script.dataset.kommun || "";
  var english = (document.documentElement.lang || "").slice(0, 2) === "en";
  var label = script.dataset.label || (english ? "Ask about safety" : "Fråga om tryggheten");
  var style = document.createElement("style");
  style.textContent = ".tb-open{position:fixed;right:1rem;bottom:1rem;z-index:2147483000;padding:.7rem 1rem;" +
    "border:0;border-radius:2rem;background:#12305c;color:#fff;font:600 16px system-ui,sans-serif;cursor:pointer}" +
    ".tb-open:focus-visible{outline:3px solid #b35c00;outline-offset:2px}" +
    ".tb-panel{position:fixed;right:1rem;bottom:4.5rem;z-index:2147483000;width:min(26rem,calc(100vw - 2rem));" +
    "height:min(38rem,calc(100vh - 6rem));border:1px solid #6b7280;border-radius:.6rem;background:#fff;" +
    "box-shadow:0 .5rem 2rem rgba(0,0,0,.25)}.tb-panel[hidden]{display:none}";
  document.head.appendChild(style);
  var button = document.createElement("button");
  button.type = "button";
  button.className = "tb-open";
  button.textContent = label;
  button.setAttribute("aria-expanded", "false");
  var panel = document.createElement("iframe");
  panel.className = "tb-panel";
  panel.title = "Trygghetsboten";
  panel.hidden = true;
  button.addEventListener("click", function () {
    if (!panel.src) {
      panel.src = origin + "/?embed=1" + (kommun ? "&kommun=" + encodeURIComponent(kommun) : "");
    }
    panel.hidden = !panel.hidden;
    button.setAttribute("aria-expanded", String(!panel.hidden));
    if (!panel.hidden) { panel.focus(); }
  });
  document.body.appendChild(panel);
  document.body.appendChild(button);
})();
