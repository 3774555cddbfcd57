// Keyboard shortcuts for the review queue: j/k move between candidates, a/r/m press that candidate's button.
// The form still needs the write token; without JavaScript the buttons work as they are.
(function () {
  "use strict";
  var items = Array.prototype.slice.call(document.querySelectorAll("li.candidate"));
  var at = 0;
  function focus(i) {
    if (!items.length) { return; }
    at = Math.max(0, Math.min(items.length - 1, i));
    items[at].focus();
  }
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA")) { return; }
    if (event.key === "j") { focus(at + 1); }
    else if (event.key === "k") { focus(at - 1); }
    else if (items.length) {
      var button = items[at].querySelector('button[data-key="' + event.key + '"]');
      if (button) { button.click(); }
    }
  });
  focus(0);
})();
