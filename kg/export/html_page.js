// The HTML view's script: runs right after pyvis's drawGraph(). Only textContent and inertly
// parsed, pre-escaped cards ever reach the DOM. The __UPPER_CASE__ placeholders are filled in by kg.export.html.
(function () {
  var PRECOMPUTED = __PRECOMPUTED__, SEARCH_KINDS = __SEARCH_KINDS__;
  function card(markup) {
    var doc = new DOMParser().parseFromString(markup, "text/html");
    var div = document.createElement("div");
    while (doc.body.firstChild) { div.appendChild(document.adoptNode(doc.body.firstChild)); }
    return div;
  }
  // Hover cards are made when first needed: parsing thousands of them up front costs seconds.
  function withCard(set) {
    return function (id) {
      var item = set.get(id);
      if (item && item.title === undefined) { set.update({ id: id, title: card(item.card) }); }
    };
  }
  var nodeCard = withCard(nodes), edgeCard = withCard(edges);
  network.on("hoverNode", function (params) { nodeCard(params.node); });
  network.on("hoverEdge", function (params) { edgeCard(params.edge); });

  var panel = document.getElementById("kg-panel"), panelCard = document.getElementById("kg-panel-card");
  var found = document.getElementById("kg-found"), search = document.getElementById("kg-search");
  function show(id) {
    panelCard.replaceChildren(card(nodes.get(id).card));
    panel.hidden = false;
  }
  document.getElementById("kg-close").addEventListener("click", function () { panel.hidden = true; });
  network.on("click", function (params) {
    if (params.nodes.length) { show(params.nodes[0]); } else { panel.hidden = true; }
  });

  var hiddenKinds = {}, filters = document.querySelectorAll("input.kg-filter");
  var articles = document.getElementById("kg-articles");
  function applyFilters() {
    nodes.update(nodes.get({ fields: ["id", "kind"] }).map(function (n) {
      return { id: n.id, hidden: !!hiddenKinds[n.kind] };
    }));
  }
  function setKind(kind, visible) {
    hiddenKinds[kind] = !visible;
    filters.forEach(function (box) { if (box.value === kind) { box.checked = visible; } });
    if (kind === "Article") { articles.checked = visible; }
  }
  filters.forEach(function (box) {
    box.addEventListener("change", function () { setKind(box.value, box.checked); applyFilters(); });
  });
  articles.addEventListener("change", function () { setKind("Article", articles.checked); applyFilters(); });

  function find(query) {
    var all = nodes.get({ fields: ["id", "name", "kind"] });
    var tests = [
      function (n) { return n.name === query && SEARCH_KINDS.indexOf(n.kind) >= 0; },
      function (n) { return n.name === query; },
      function (n) { return n.name.indexOf(query) >= 0 && SEARCH_KINDS.indexOf(n.kind) >= 0; },
      function (n) { return n.name.indexOf(query) >= 0; }
    ];
    for (var i = 0; i < tests.length; i++) {
      var hits = all.filter(tests[i]);
      if (hits.length) {
        hits.sort(function (a, b) { return a.name.length - b.name.length || (a.name < b.name ? -1 : 1); });
        return { node: hits[0], count: hits.length };
      }
    }
    return null;
  }
  function go() {
    var query = search.value.trim();
    if (!query) { found.textContent = ""; return; }
    var hit = find(query);
    if (!hit) { found.textContent = "未找到 not found: " + query; return; }
    if (hiddenKinds[hit.node.kind]) { setKind(hit.node.kind, true); applyFilters(); }
    network.selectNodes([hit.node.id]);
    network.focus(hit.node.id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    show(hit.node.id);
    found.textContent = hit.node.name + (hit.count > 1 ? "（另有 " + (hit.count - 1) + " 个匹配 more matches）" : "");
  }
  search.addEventListener("keydown", function (e) { if (e.key === "Enter") { go(); } });
  search.addEventListener("change", go);

  function stable() {
    var bar = document.getElementById("loadingBar");
    if (bar) { bar.style.display = "none"; }
    window.kgStable = true;
    document.body.setAttribute("data-kg-stable", "true");
  }
  window.kgStable = false;
  if (PRECOMPUTED) {
    network.once("afterDrawing", stable);
    network.redraw();
  } else {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      network.once("afterDrawing", stable);
      network.redraw();
    });
  }
})();
