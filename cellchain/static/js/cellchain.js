// Behaviour kept out of templates so the Content-Security-Policy can forbid inline script.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    // A page's own autofocus field wins over the global scan box (keyboard-wedge scanners type
    // into whatever has focus, so exactly one field must have it).
    var own = document.querySelector("main [autofocus]");
    var scan = document.getElementById("scan-code");
    if (own) { own.focus(); } else if (scan) { scan.focus(); }
  });
  // Destructive and signed actions ask first. The question sits on the button that submits
  // (a form may hold several actions) or on the form itself.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var button = event.submitter;
    var question = (button && button.getAttribute("data-confirm")) ||
      (form.getAttribute && form.getAttribute("data-confirm"));
    if (question && !window.confirm(question)) { event.preventDefault(); }
  }, true);
  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("[data-print]")) { window.print(); }
  });
  // Keyboard-wedge scanners end each read with Enter. In a field marked data-scan-next="<id>"
  // that Enter moves to the named field instead of submitting a half-filled form; the last
  // field carries no mark, so its Enter submits.
  document.addEventListener("keydown", function (event) {
    var field = event.target;
    if (event.key !== "Enter" || event.isComposing || !field.getAttribute) { return; }
    var nextId = field.getAttribute("data-scan-next");
    if (!nextId) { return; }
    event.preventDefault();
    var next = document.getElementById(nextId);
    if (!next) { return; }
    next.focus();
    // A re-scan replaces what the next field holds instead of appending to it.
    if (next.tagName === "INPUT" && next.type === "text") { next.select(); }
  });
  // htmx requests carry the session's CSRF token.
  document.addEventListener("htmx:configRequest", function (event) {
    var token = document.body.getAttribute("data-csrf");
    if (token) { event.detail.headers["X-CSRF-Token"] = token; }
  });
})();
