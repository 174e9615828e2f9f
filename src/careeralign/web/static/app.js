// careeralign web app: small behaviours that cannot be inline (the Content-Security-Policy forbids inline script).
(function () {
  "use strict";
  function status(el, text) {
    var s = el.parentNode.querySelector(".status");
    if (s) { s.textContent = text; }
  }
  document.addEventListener("click", function (ev) {
    var t = ev.target;
    if (!(t instanceof Element)) { return; }
    if (t.matches("button.copy")) {
      var src = document.getElementById(t.getAttribute("data-copy"));
      if (!src) { return; }
      var text = src.textContent;
      var done = function () { status(t, "Copied"); };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(done, function () { fallback(text); done(); });
      } else { fallback(text); done(); }
    } else if (t.matches("button.use")) {
      var from = document.getElementById(t.getAttribute("data-use"));
      var answer = document.getElementById("answer");
      if (from && answer) {
        answer.value = from.textContent;
        answer.dispatchEvent(new Event("input", { bubbles: true }));
        status(t, "Applied to your answer");
        answer.focus();
      }
    } else {
      var item = t.closest(".venn .item");
      if (item) { showEvidence(item); }
    }
  });
  document.addEventListener("focusin", function (ev) {
    var t = ev.target;
    if (t instanceof Element && t.matches(".venn .item")) { showEvidence(t); }
  });
  document.addEventListener("keydown", function (ev) {
    var t = ev.target;
    if ((ev.key === "Enter" || ev.key === " ") && t instanceof Element && t.matches(".venn .item")) {
      ev.preventDefault(); showEvidence(t);
    }
  });
  function showEvidence(item) {
    var title = item.querySelector("title");
    var out = document.getElementById("venn-evidence");
    if (title && out) { out.textContent = title.textContent; }
  }
  function fallback(text) {
    var ta = document.createElement("textarea");
    ta.value = text; document.body.appendChild(ta); ta.select();
    try { document.execCommand("copy"); } catch (e) { /* nothing more to try */ }
    document.body.removeChild(ta);
  }
})();
