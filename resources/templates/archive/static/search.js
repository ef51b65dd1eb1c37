/* Search over the notes archive, entirely in the page: no server, no network, no eval.
 *
 * The index is JSON embedded in search.html (its "<", ">" and "&" are escaped, so it cannot close its
 * script element). Each document carries its text twice: as written ("x") and folded ("nx": lower case,
 * accents off, the same length), so a match found in the folded text is highlighted at the same place in
 * the real text. Results are built with DOM calls and textContent only: no HTML is ever parsed.
 */
(function () {
  "use strict";

  var MARKS = /\p{M}/gu;
  var WORD = /[\p{L}\p{N}_]+/gu;

  function fold(text) {
    var out = "";
    for (var ch of text) {
      var folded = ch.normalize("NFD").replace(MARKS, "").toLowerCase();
      if (folded.length !== ch.length) {
        var lower = ch.toLowerCase();
        folded = lower.length === ch.length ? lower : ch;
      }
      out += folded;
    }
    return out;
  }

  function words(query) {
    var found = fold(query).match(WORD) || [];
    var unique = [];
    found.forEach(function (w) { if (unique.indexOf(w) < 0) { unique.push(w); } });
    return unique;
  }

  function loadIndex() {
    var element = document.getElementById("search-index");
    return element ? JSON.parse(element.textContent) : { v: 1, docs: [] };
  }

  /* Every document holding every word (in its title, notes, hosts, tags or room), best first. */
  function search(index, query) {
    var terms = words(query);
    if (!terms.length) { return []; }
    var results = [];
    var docs = index.docs;
    for (var i = 0; i < docs.length; i++) {
      var doc = docs[i];
      var score = 0;
      var first = -1;
      var ok = true;
      for (var j = 0; j < terms.length; j++) {
        var term = terms[j];
        var inTitle = doc.nt.indexOf(term) >= 0;
        var at = doc.nx.indexOf(term);
        if (!inTitle && at < 0 && doc.ne.indexOf(term) < 0) { ok = false; break; }
        score += (inTitle ? 10 : 0) + (at >= 0 ? 1 : 0) + 1;
        if (at >= 0 && (first < 0 || at < first)) { first = at; }
      }
      if (ok) { results.push({ doc: doc, score: score, first: first, order: i }); }
    }
    results.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    return results.map(function (r) { return { doc: r.doc, first: r.first, terms: terms }; });
  }

  /* [text, isMatch] pieces of `text` (folded as `folded`) between start and end. */
  function pieces(text, folded, terms, start, end) {
    var marks = [];
    terms.forEach(function (term) {
      var at = folded.indexOf(term, start);
      while (at >= 0 && at < end) {
        marks.push([at, Math.min(end, at + term.length)]);
        at = folded.indexOf(term, at + term.length);
      }
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var out = [];
    var last = start;
    marks.forEach(function (m) {
      if (m[0] < last) { if (m[1] > last) { out.push([text.slice(last, m[1]), true]); last = m[1]; } return; }
      if (m[0] > last) { out.push([text.slice(last, m[0]), false]); }
      out.push([text.slice(m[0], m[1]), true]);
      last = m[1];
    });
    if (last < end) { out.push([text.slice(last, end), false]); }
    return out;
  }

  function snippet(result) {
    var doc = result.doc;
    if (!doc.x) { return []; }
    var at = result.first < 0 ? 0 : result.first;
    var start = Math.max(0, at - 70);
    var end = Math.min(doc.x.length, at + 150);
    if (start > 0) { var space = doc.x.indexOf(" ", start); if (space >= 0 && space < at) { start = space + 1; } }
    if (end < doc.x.length) { var back = doc.x.lastIndexOf(" ", end); if (back > at) { end = back; } }
    var out = pieces(doc.x, doc.nx, result.terms, start, end);
    if (start > 0) { out.unshift(["…", false]); }
    if (end < doc.x.length) { out.push(["…", false]); }
    return out;
  }

  function fill(element, parts) {
    parts.forEach(function (part) {
      var text = part[0].replace(/\s*\n\s*/g, " · ").replace(/\s+/g, " ");
      if (part[1]) {
        var mark = document.createElement("mark");
        mark.textContent = text;
        element.appendChild(mark);
      } else {
        element.appendChild(document.createTextNode(text));
      }
    });
  }

  function show(index, query, list, status) {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    var results = search(index, query);
    if (!words(query).length) {
      status.textContent = "Type a word to search every session's notes.";
      return results;
    }
    status.textContent = results.length === 0
      ? "No session matches “" + query.trim() + "”."
      : results.length + (results.length === 1 ? " session matches" : " sessions match") + " “" + query.trim() + "”.";
    results.forEach(function (result) {
      var item = document.createElement("li");
      var heading = document.createElement("h2");
      var link = document.createElement("a");
      link.href = result.doc.u;
      fill(link, pieces(result.doc.t, result.doc.nt, result.terms, 0, result.doc.t.length));
      heading.appendChild(link);
      item.appendChild(heading);
      if (result.doc.m) {
        var meta = document.createElement("p");
        meta.className = "meta";
        meta.textContent = result.doc.m;
        item.appendChild(meta);
      }
      var parts = snippet(result);
      if (parts.length) {
        var text = document.createElement("p");
        text.className = "snippet";
        fill(text, parts);
        item.appendChild(text);
      }
      list.appendChild(item);
    });
    return results;
  }

  var index = loadIndex();
  window.govcampSearch = { fold: fold, search: function (q) { return search(index, q); }, index: index };

  var input = document.getElementById("q");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var form = document.getElementById("search-form");
  if (!input || !list || !status) { return; }
  var params = new URLSearchParams(window.location.search);
  var initial = params.get("q") || "";
  input.value = initial;
  input.addEventListener("input", function () { show(index, input.value, list, status); });
  if (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      show(index, input.value, list, status);
    });
  }
  show(index, initial, list, status);
  input.focus();
})();
