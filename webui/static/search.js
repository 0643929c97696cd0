// Search page enhancement. Without it everything still works: the filter panel is
// simply open. On a phone the panel starts folded so the results come first.
(function () {
  "use strict";
  var panel = document.querySelector("details.filters");
  if (panel && window.matchMedia("(max-width: 760px)").matches) {
    panel.removeAttribute("open");
  }
})();
