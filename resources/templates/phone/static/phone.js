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
