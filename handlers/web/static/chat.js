// Trygghetsboten's chat page. Every text is set with textContent, never as HTML.
(function () {
  "use strict";
  var body = document.body;
  var lang = body.dataset.lang || "sv";
  var log = document.getElementById("log");
  var form = document.getElementById("ask");
  var input = document.getElementById("question");
  var status = document.getElementById("status");
  // A <template>'s text lives in its content fragment; the element's own textContent is empty,
  // which left the "share my location" button without a name.
  var locationTemplate = document.getElementById("location-label");
  var locationLabel = (locationTemplate.content ? locationTemplate.content.textContent : locationTemplate.textContent).trim();
  var KEY = "trygghetsboten.conversation";
  var ERRORS = {
    sv: { network: "Kunde inte nå Trygghetsboten. Försök igen. Vid fara: ring 112.", wait: "Du skriver snabbt! Vänta några sekunder och försök igen.", location: "Platsen kunde inte hämtas. Skriv platsen i stället." },
    en: { network: "Could not reach Trygghetsboten. Please try again. In danger: call 112.", wait: "You are writing fast! Wait a few seconds and try again.", location: "Your location could not be read. Please type the place instead." }
  };

  function conversationId() {
    var id = null;
    try { id = window.localStorage.getItem(KEY); } catch (e) { id = null; }
    if (!id || !/^[A-Za-z0-9_-]{16,64}$/.test(id)) {
      var bytes = new Uint8Array(18);
      window.crypto.getRandomValues(bytes);
      id = Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
      try { window.localStorage.setItem(KEY, id); } catch (e) { /* private mode: one conversation per page */ }
    }
    return id;
  }
  var conversation = conversationId();

  function add(who, text, extra) {
    var item = document.createElement("li");
    item.className = who + (extra && extra.urgent ? " urgent" : "");
    var bubble = document.createElement("div");
    bubble.className = "msg";
    var lines = text.split("\n");
    var sourceStart = lines.findIndex(function (l) { return /^(Källa|Source): /.test(l); });
    bubble.textContent = (sourceStart >= 0 ? lines.slice(0, sourceStart) : lines).join("\n").replace(/\s+$/, "");
    if (sourceStart >= 0) {
      var source = document.createElement("small");
      source.className = "source";
      linkify(source, lines.slice(sourceStart).join("\n"));
      bubble.appendChild(source);
    }
    item.appendChild(bubble);
    log.appendChild(item);
    item.scrollIntoView({ block: "end" });
    return item;
  }

  // A source's address becomes a link (text nodes and <a> built one by one, never HTML); the
  // punctuation that ends a sentence after it is not part of it.
  var URL = /https?:\/\/[^\s<>"”]+?(?=[.,;:)]*(?:\s|$))/g;
  function linkify(parent, text) {
    var last = 0;
    text.replace(URL, function (url, at) {
      parent.appendChild(document.createTextNode(text.slice(last, at)));
      var link = document.createElement("a");
      link.href = url;
      link.textContent = url;
      link.rel = "noopener noreferrer";
      link.target = "_blank";
      parent.appendChild(link);
      last = at + url.length;
      return url;
    });
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  // Once the resident goes on (types, or presses another button), the choices of earlier steps
  // no longer apply: they are disabled so an old button cannot answer a later question.
  function retireButtons() {
    Array.prototype.forEach.call(log.querySelectorAll(".buttons button"), function (b) { b.disabled = true; });
  }

  function buttons(item, specs) {
    if (!specs.length) { return; }
    var row = document.createElement("div");
    row.className = "buttons";
    specs.forEach(function (spec) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = spec.label;
      button.addEventListener("click", function () {
        retireButtons();
        if (spec.run) { spec.run(); } else { send(spec.request, spec.label); }
      });
      row.appendChild(button);
    });
    item.appendChild(row);
  }

  function shareLocation() {
    if (!navigator.geolocation) { status.textContent = ERRORS[lang].location; return; }
    navigator.geolocation.getCurrentPosition(function (position) {
      send({ location: [position.coords.latitude, position.coords.longitude] }, locationLabel);
    }, function () { status.textContent = ERRORS[lang].location; }, { timeout: 15000 });
  }

  function show(output) {
    var urgent = output.type === "answer" && output.topic === "emergency" ||
      output.type === "prompt" && output.kind === "emergency";
    var item = add("bot", output.text, { urgent: urgent });
    // News about the resident's own concern or a kommun they follow (issue #34): shown first when they come back.
    if (output.type === "notice" && output.kind === "updates") { item.classList.add("news"); }
    var specs = [];
    if (output.type === "answer") {
      (output.suggestions || []).forEach(function (s) { specs.push({ label: s, request: { text: s } }); });
      (output.follow_ups || []).forEach(function (f) {
        specs.push({ label: f.label, request: { topic: { municipality: output.municipality, topic: f.topic } } });
      });
      // "Följ Växjö" (issue #34): the kommun's news shown here when the resident comes back.
      if (output.follow) { specs.push({ label: output.follow.label, request: { choice: output.follow.choice } }); }
    } else if (output.type === "prompt") {
      if (output.wants_location) { specs.push({ label: locationLabel, run: shareLocation }); }
      (output.choices || []).forEach(function (c) { specs.push({ label: c.label, request: { choice: c.id } }); });
    } else {
      (output.commands || []).forEach(function (c) {
        specs.push({ label: c.label, request: { text: "/" + c.command } });
      });
      (output.municipalities || []).forEach(function (m) {
        specs.push({ label: m.name, request: { topic: { municipality: m.id, topic: "overview" } } });
      });
    }
    buttons(item, specs);
    // Scrolled once the buttons are in: before, the choices sat below the view.
    item.scrollIntoView({ block: "end" });
  }

  // While a reply is on its way the log is aria-busy, so a screen reader waits for the whole reply
  // (an answer and the step it interrupted arrive together) instead of reading half of it.
  var pending = 0;
  function busy(step) {
    pending += step;
    log.parentNode.setAttribute("aria-busy", pending > 0 ? "true" : "false");  // the role="log" region
  }

  function send(request, shown) {
    status.textContent = "";
    if (shown) { add("me", shown); }
    request.conversation = conversation;
    if (!request.language && lang === "en") { request.language = "en"; }
    busy(1);
    return fetch("/api/chat", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(request)
    }).then(function (response) {
      if (response.status === 429) { status.textContent = ERRORS[lang].wait; return; }
      return response.json().then(function (data) {
        if (!response.ok) { status.textContent = data.error || ERRORS[lang].network; return; }
        data.outputs.forEach(show);
      });
    }).catch(function () { status.textContent = ERRORS[lang].network; })
      .then(function () { busy(-1); });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) { return; }
    input.value = "";
    retireButtons();
    send({ text: text }, text).then(function () { input.focus(); });
  });

  var kommun = body.dataset.kommun;
  send({ text: kommun ? "/start " + kommun : "/start" });
  window.trygghetsboten = { send: send, conversation: conversation };
})();
