// factcheck HTML report: links each highlighted claim in the text to its card in the list,
// and keeps a claim's details inside the window. The page works without it.
(function () {
  "use strict";
  function pair(el) {
    var id = el.getAttribute(el.classList.contains("claim") ? "data-card" : "data-mark");
    return id ? document.getElementById(id) : null;
  }
  function link(e, on) {
    var el = e.target.closest("mark.claim, li.card");
    if (!el) return;
    var other = pair(el);
    el.classList.toggle("linked", on);
    if (other) other.classList.toggle("linked", on);
  }
  document.addEventListener("mouseover", function (e) { link(e, true); });
  document.addEventListener("mouseout", function (e) { link(e, false); });
  function place(mark) {
    var pop = mark.querySelector(".pop");
    if (!pop) return;
    pop.classList.remove("flip");
    if (pop.getBoundingClientRect().right > document.documentElement.clientWidth - 8) {
      pop.classList.add("flip");
    }
  }
  document.addEventListener("mouseover", function (e) {
    var mark = e.target.closest && e.target.closest("mark.claim");
    if (mark) place(mark);
  });
  document.addEventListener("focusin", function (e) {
    var mark = e.target.closest && e.target.closest("mark.claim");
    if (mark) place(mark);
  });
  document.addEventListener("click", function (e) {
    var mark = e.target.closest && e.target.closest("mark.claim");
    if (!mark || e.target.closest(".pop")) return;
    var card = pair(mark);
    if (card && card.offsetParent) card.scrollIntoView({ block: "nearest" });
  });
})();
