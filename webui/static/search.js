// Search page enhancements. Without them everything still works: the filter panel is
// simply open, and the search box offers the suggestions the page was served with
// (a <datalist> of parks and frequent phrases, which browsers show without any script).
(function () {
  "use strict";
  var panel = document.querySelector("details.filters");
  if (panel && window.matchMedia("(max-width: 760px)").matches) {
    panel.removeAttribute("open");
  }

  // The footer's 检索语法 link (/#syntax) lands on the syntax table: open it, or the reader
  // finds a closed line at the bottom of the page and nothing that looks like help.
  var syntax = document.getElementById("syntax");
  function openSyntax() {
    if (syntax && window.location.hash === "#syntax") { syntax.open = true; syntax.scrollIntoView(); }
  }
  openSyntax();
  window.addEventListener("hashchange", openSyntax);

  // Suggestions as you type: refresh the datalist from /api/suggest (parks and
  // phrases from the index that contain what was typed).
  var box = document.querySelector('.searchbox input[type="search"][data-suggest]');
  var list = document.getElementById("suggest-list");
  if (!box || !list || !window.fetch) { return; }
  var timer = null, asked = "";
  function fill(items) {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    items.forEach(function (item) {
      var option = document.createElement("option");
      option.value = item.value;
      option.label = item.label;
      list.appendChild(option);
    });
  }
  function ask() {
    var text = box.value.trim();
    if (text === asked) { return; }
    asked = text;
    fetch(box.getAttribute("data-suggest") + "?q=" + encodeURIComponent(text), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) { if (data && box.value.trim() === text) { fill(data.suggestions); } })
      .catch(function () { /* keep the suggestions we have */ });
  }
  box.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 150);
  });
})();
