// The live grid: when the server says the grid changed, fetch the day again and swap it in.
// Server-sent events first; polling every few seconds where they are missing or keep failing.
(function () {
  "use strict";
  var day = document.getElementById("day");
  if (!day || !window.fetch) { return; }
  var stamp = day.getAttribute("data-stamp");
  var polling = null;

  function refresh(next) {
    if (next === stamp) { return; }
    fetch("/grid", { credentials: "same-origin", cache: "no-store" })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) {
        day.innerHTML = html;  // rendered and escaped by the server, from this origin
        stamp = next;
        day.setAttribute("data-stamp", next);
      })
      .catch(function () { /* the next change or poll tries again */ });
  }

  function poll() {
    if (polling) { return; }
    polling = setInterval(function () {
      fetch("/stamp", { cache: "no-store" })
        .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
        .then(refresh)
        .catch(function () {});
    }, 5000);
  }

  // A star or unstar without leaving the place on the page: post the form, then take the answer's
  // messages, stars count and day (the server's own, escaped HTML) in place of ours.
  day.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.action || !/\/(un)?star$/.test(form.action) || !window.DOMParser) { return; }
    event.preventDefault();
    fetch(form.action, { method: "POST", body: new URLSearchParams(new FormData(form)),
                         credentials: "same-origin" })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html");
        var main = document.querySelector("main .wrap");
        var freshMain = fresh.querySelector("main .wrap");
        var freshDay = fresh.getElementById("day");
        if (!main || !freshMain || !freshDay) { form.submit(); return; }
        main.querySelectorAll(".notice").forEach(function (node) { node.remove(); });
        freshMain.querySelectorAll(".notice").forEach(function (node) {
          main.insertBefore(document.importNode(node, true), main.firstChild);
        });
        var account = document.querySelector(".account");
        var freshAccount = fresh.querySelector(".account");
        if (account && freshAccount) { account.replaceWith(document.importNode(freshAccount, true)); }
        day.innerHTML = freshDay.innerHTML;
        stamp = freshDay.getAttribute("data-stamp");
        day.setAttribute("data-stamp", stamp);
      })
      .catch(function () { form.submit(); });
  });

  if (!window.EventSource) { poll(); return; }
  var failures = 0;
  var source = new EventSource("/events");
  source.addEventListener("grid", function (event) {
    failures = 0;
    refresh(JSON.parse(event.data));
  });
  source.onerror = function () {
    failures += 1;
    if (failures >= 3) { source.close(); poll(); }
  };
})();
