// Report page enhancement: step through the query's matches (<mark id="hit-N">).
// Without it the page still works: the links go to the first/last match and
// "逐处跳转" lists every match. With it: 上一处/下一处 step, keys n / p step,
// and a counter in the (sticky) hit bar shows where you are.
(function () {
  "use strict";
  var marks = Array.prototype.slice.call(document.querySelectorAll('mark[id^="hit-"]'));
  var nav = document.getElementById("hitnav");
  if (!marks.length || !nav) { return; }
  var total = marks.length;
  var current = 0; // 1-based; 0 = none yet

  var float = document.createElement("div");
  float.className = "hit-float";
  float.setAttribute("role", "navigation");
  float.setAttribute("aria-label", "命中跳转");
  var prev = document.createElement("a");
  prev.className = "hit-float-prev";
  prev.textContent = "‹";
  prev.title = "上一处（p）";
  var counter = document.createElement("span");
  counter.className = "hit-counter";
  counter.setAttribute("aria-live", "polite");
  var next = document.createElement("a");
  next.className = "hit-float-next";
  next.textContent = "›";
  next.title = "下一处（n）";
  float.appendChild(prev);
  float.appendChild(counter);
  float.appendChild(next);
  // in the hit bar, not floating over the page: it must never cover the outline
  nav.querySelector("p").appendChild(float);
  nav.classList.add("stepping"); // on a phone the stepper replaces the text links, keeping the bar one line

  function wrap(n) { return ((n - 1 + total) % total) + 1; }

  function show(n) {
    if (current) { marks[current - 1].classList.remove("current"); }
    current = n;
    marks[n - 1].classList.add("current");
    counter.textContent = n + " / " + total;
    // keep the plain links truthful, so a middle-click or a copied link lands right
    var p = "#hit-" + wrap(n - 1), q = "#hit-" + wrap(n + 1);
    prev.href = p; next.href = q;
    nav.querySelector(".hit-prev").href = p;
    nav.querySelector(".hit-next").href = q;
  }

  function go(n) {
    n = wrap(n);
    show(n);
    // replace, not push: stepping through 40 matches should not fill the Back button
    history.replaceState(null, "", "#hit-" + n);
    marks[n - 1].scrollIntoView({ block: "center" });
  }

  function step(delta) { go(current ? current + delta : (delta > 0 ? 1 : total)); }

  function fromHash() {
    var m = /^#hit-(\d+)$/.exec(location.hash);
    var n = m ? parseInt(m[1], 10) : 0;
    if (n >= 1 && n <= total) { show(n); } else { counter.textContent = "共 " + total + " 处"; prev.href = "#hit-" + total; next.href = "#hit-1"; }
  }

  [prev, nav.querySelector(".hit-prev")].forEach(function (a) {
    a.addEventListener("click", function (e) { e.preventDefault(); step(-1); });
  });
  [next, nav.querySelector(".hit-next")].forEach(function (a) {
    a.addEventListener("click", function (e) { e.preventDefault(); step(1); });
  });
  window.addEventListener("hashchange", fromHash);
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) { return; }
    if (e.key === "n") { e.preventDefault(); step(1); }
    else if (e.key === "p") { e.preventDefault(); step(-1); }
  });
  fromHash();
})();
