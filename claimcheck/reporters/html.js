/* claimcheck html report: shows a sentence's details in the side panel.
   All report text comes from the JSON block and is written with textContent only. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("claimcheck-data").textContent);
  var results = data.results;
  var panel = document.getElementById("panel");
  var body = panel.querySelector('[data-part="body"]');
  var empty = panel.querySelector('[data-part="empty"]');
  var titles = {
    contradicted: "Contradicted", unsourced: "Unsourced", supported: "Supported",
    skipped: "Skipped", suppressed: "Suppressed"
  };
  var pinned = null;
  var shown = null;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function field(name) { return panel.querySelector('[data-field="' + name + '"]'); }
  function section(name) { return panel.querySelector('[data-section="' + name + '"]'); }
  function list(name) { return panel.querySelector('[data-list="' + name + '"]'); }
  function setText(name, value) {
    var node = field(name);
    node.textContent = value === null || value === undefined ? "" : String(value);
    node.hidden = node.textContent === "";
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  /* Append `text` to `node`, wrapping the [start, end) ranges in <mark>. */
  function appendMarked(node, text, ranges) {
    var sorted = ranges.slice().sort(function (a, b) { return a[0] - b[0]; });
    var at = 0;
    sorted.forEach(function (range) {
      var start = Math.max(range[0], at), end = Math.min(range[1], text.length);
      if (start >= end) { return; }
      node.appendChild(document.createTextNode(text.slice(at, start)));
      node.appendChild(el("mark", "", text.slice(start, end)));
      at = end;
    });
    node.appendChild(document.createTextNode(text.slice(at)));
  }
  function findAll(text, needles) {
    var ranges = [];
    needles.forEach(function (needle) {
      if (!needle) { return; }
      var at = text.indexOf(needle);
      if (at >= 0) { ranges.push([at, at + needle.length]); }
    });
    return ranges;
  }

  function fill(r) {
    var chip = field("label");
    chip.className = "chip chip-" + r.key;
    chip.textContent = titles[r.key] || r.label;
    setText("location", r.location);
    var sentence = field("text");
    clear(sentence);
    appendMarked(sentence, r.text, r.reasons.filter(function (x) { return x.span; })
      .map(function (x) { return x.span; }));
    setText("message", r.reasons.length ? "" : r.message);

    section("suppressed").hidden = !r.suppressed;
    setText("suppressed", r.suppressed ? (r.suppressed.reason || "no reason given") : "");

    section("claim").hidden = !r.claim_id;
    setText("claim_id", r.claim_id);
    setText("score", r.score === null ? "" : "match score " + r.score.toFixed(1));
    setText("claim_text", r.claim_text);

    section("source").hidden = !(r.source_id || r.quote);
    setText("source_title", r.source_title);
    setText("source_meta", r.source_meta);
    var link = field("source_url");
    var safe = typeof r.source_url === "string" && /^https?:\/\//i.test(r.source_url);
    link.textContent = safe ? r.source_url : "";
    if (safe) { link.href = r.source_url; } else { link.removeAttribute("href"); }
    link.parentNode.hidden = !safe;
    var quote = field("quote");
    clear(quote);
    quote.hidden = !r.quote;
    if (r.quote) {
      appendMarked(quote, r.quote, findAll(r.quote, r.reasons.map(function (x) { return x.claim; })));
    }

    var reasons = list("reasons");
    clear(reasons);
    r.reasons.forEach(function (x) {
      var item = el("li");
      item.appendChild(el("span", "kind", x.kind.replace(/_/g, " ")));
      item.appendChild(el("span", "", x.message));
      if (x.draft || x.claim) {
        var values = el("span", "values");
        if (x.draft) { values.appendChild(el("span", "value value-draft", "draft: " + x.draft)); }
        if (x.claim) { values.appendChild(el("span", "value value-claim", "source: " + x.claim)); }
        item.appendChild(values);
      }
      reasons.appendChild(item);
    });
    section("reasons").hidden = r.reasons.length === 0;

    var checks = list("checks");
    clear(checks);
    r.checks.forEach(function (c) {
      var item = el("li");
      item.appendChild(el("code", "", c.claim_id));
      item.appendChild(el("span", "score", c.label + " · " + c.score.toFixed(1)));
      checks.appendChild(item);
    });
    section("checks").hidden = r.checks.length < 2;

    var candidates = list("candidates");
    clear(candidates);
    r.candidates.forEach(function (c) {
      var item = el("li");
      item.appendChild(el("code", "", c.claim_id));
      item.appendChild(el("span", "score", c.score.toFixed(1)));
      if (c.text) { item.appendChild(el("span", "candidate-text", c.text)); }
      candidates.appendChild(item);
    });
    section("candidates").hidden = r.candidates.length === 0 || r.key === "supported";
  }

  function show(index) {
    if (index === shown) { return; }
    shown = index;
    empty.hidden = index !== null;
    body.hidden = index === null;
    if (index !== null) { fill(results[index]); }
  }
  function span(index) { return document.getElementById("s" + index); }
  function select(index) {
    if (pinned !== null && span(pinned)) { span(pinned).classList.remove("is-active"); }
    pinned = index;
    if (index !== null && span(index)) { span(index).classList.add("is-active"); }
    document.body.classList.toggle("has-selection", index !== null);
    show(index);
  }
  function sentenceOf(target) {
    var node = target instanceof Element ? target.closest(".s") : null;
    return node ? Number(node.getAttribute("data-i")) : null;
  }
  var findings = [];
  results.forEach(function (r, i) {
    if ((r.key === "contradicted" || r.key === "unsourced") && span(i)) { findings.push(i); }
  });
  function jump(step) {
    if (!findings.length) { return; }
    var at = findings.indexOf(pinned);
    var next = at < 0 ? (step > 0 ? 0 : findings.length - 1)
      : (at + step + findings.length) % findings.length;
    span(findings[next]).focus();
  }

  document.addEventListener("mouseover", function (event) {
    var index = sentenceOf(event.target);
    if (index !== null) { show(index); }
  });
  document.addEventListener("mouseout", function (event) {
    if (sentenceOf(event.target) !== null && sentenceOf(event.relatedTarget) === null) {
      show(pinned);
    }
  });
  document.addEventListener("focusin", function (event) {
    var index = sentenceOf(event.target);
    if (index !== null) { select(index); }
  });
  document.addEventListener("click", function (event) {
    var index = sentenceOf(event.target);
    if (index !== null) { select(index); return; }
    var link = event.target instanceof Element ? event.target.closest(".finding") : null;
    if (link) {
      event.preventDefault();
      var target = span(Number(link.getAttribute("data-i")));
      if (!target) { return; }
      target.scrollIntoView({ block: "center" });
      target.focus({ preventScroll: true });
      return;
    }
    if (event.target instanceof Element && event.target.closest("[data-close]")) {
      select(null);
      return;
    }
    var toggle = event.target instanceof Element ? event.target.closest("[data-toggle]") : null;
    if (toggle) {
      var on = toggle.getAttribute("aria-pressed") !== "true";
      toggle.setAttribute("aria-pressed", on ? "true" : "false");
      document.body.classList.toggle("hide-" + toggle.getAttribute("data-toggle"), !on);
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    var index = sentenceOf(event.target);
    if ((event.key === "Enter" || event.key === " ") && index !== null) {
      event.preventDefault();
      select(index);
    } else if (event.key === "n" || event.key === "j") {
      jump(1);
    } else if (event.key === "p" || event.key === "k") {
      jump(-1);
    } else if (event.key === "Escape") {
      if (document.activeElement instanceof HTMLElement) { document.activeElement.blur(); }
      select(null);
    }
  });
})();
