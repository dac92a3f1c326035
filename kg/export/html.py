"""HTML: one self-contained, offline page that draws the graph with pyvis (vis-network).

Nodes are the things a reader cares about (persons, posts, organisations, places, sites,
events, awards and their categories, articles); the scaffolding of the RDF contract (NIF
phrases and contexts, intervals, instants, roles) is not drawn. An ``org:Membership`` is folded
into a person -> post edge labelled with the role, a ``kg:AwardConferral`` into a person -> award
edge labelled with the category.

Article text is untrusted. Hover cards are markup built here from ``html.escape``d parts only;
a small script parses them in an inert document (``DOMParser``) and hands vis-network an
element, because vis-network 9 shows a string ``title`` as plain text. Labels are drawn on the
canvas, so they stay plain text. The page loads nothing from the network: vis-network is inlined
by pyvis, pyvis's CDN links for bootstrap are removed, and a Content-Security-Policy forbids
any fetch. The same dataset always gives byte-identical HTML.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
from pyvis.network import Network
from rdflib import RDF, Dataset, Graph, Literal, URIRef
from rdflib.namespace import ORG, SDO, SKOS, TIME

from kg.errors import KGError
from kg.export.atomic import write_text
from kg.export.rdf import union_graph
from kg.rdf.graph import ITSRDF, NIF
from kg.rdf.namespace import KG

FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif'
CARD_LINES = 6  # lines per card section before "… N more"


@dataclass(frozen=True)
class Kind:
    name: str  # the ontology's local name, as used by ``types=``
    zh: str
    rdf_type: URIRef
    shape: str  # vis-network shape
    shape_zh: str
    color: str
    glyph: str  # how the legend draws the shape


#: Node kinds, in legend order. A node gets the first kind whose class it has.
KINDS = (
    Kind("Person", "人物", SDO.Person, "dot", "圆点", "#D55E00", "●"),
    Kind("Post", "职务", ORG.Post, "diamond", "菱形", "#E69F00", "◆"),
    Kind("Organization", "组织机构", ORG.Organization, "square", "方形", "#0072B2", "■"),
    Kind("Place", "地点", SDO.AdministrativeArea, "triangle", "三角", "#009E73", "▲"),
    Kind("Site", "考察点", KG.Site, "triangleDown", "倒三角", "#56B4E9", "▼"),
    Kind("Event", "事件", SDO.Event, "star", "星形", "#CC79A7", "★"),
    Kind("Award", "奖项", SKOS.ConceptScheme, "hexagon", "六边形", "#B8A100", "⬢"),
    Kind("AwardCategory", "奖项类别", SKOS.Concept, "ellipse", "椭圆", "#F0E442", "⬬"),
    Kind("Article", "文章", SDO.NewsArticle, "box", "方框", "#BBBBBB", "▭"),
)
KIND = {k.name: k for k in KINDS}
ORG_KIND_ZH = {
    SDO.GovernmentOrganization: "政府机构",
    KG.PartyOrganization: "党组织",
    SDO.Corporation: "企业",
}
NAME_PREDICATES = (SDO.name, SKOS.prefLabel, SDO.headline)
#: Card sections in the order a reader wants them; others follow alphabetically.
SECTION_ORDER = ("类型 Kind", "日期 Date", "职务 Posts", "奖项 Awards", "活动 Events", "证据 Evidence")


@dataclass
class Node:
    iri: str
    kind: Kind
    name: str
    sections: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    @property
    def label(self) -> str:
        if self.kind.name == "Article" and len(self.name) > 18:
            return self.name[:17] + "…"
        return self.name


@dataclass
class Edge:
    source: str
    target: str
    label: str
    details: set[str] = field(default_factory=set)


class _Reader:
    """Turns the union of all named graphs into nodes and labelled edges."""

    def __init__(self, g: Graph) -> None:
        self.g = g
        self.nodes: dict[str, Node] = {}
        self.edges: dict[tuple[str, str, str], Edge] = {}

    def one(self, s: URIRef, p: URIRef) -> URIRef | Literal | None:
        values = sorted(self.g.objects(s, p), key=lambda o: (str(o), repr(o)))
        return values[0] if values else None

    def text(self, s: URIRef | None, p: URIRef) -> str | None:
        value = self.one(s, p) if s is not None else None
        return str(value) if value is not None else None

    def name(self, s: URIRef) -> str:
        for p in NAME_PREDICATES:
            if (value := self.text(s, p)) is not None:
                return value
        return str(s).rstrip("/").rsplit("/", 1)[-1]

    def article_date(self, article: URIRef | None) -> str | None:
        return self.text(article, KG.dateline) or self.text(article, SDO.datePublished)

    def source_note(self, article: URIRef | None, day: str | None = None) -> str:
        """``2024-03-01 《headline》`` for a fact read from ``article``."""
        day = day or self.article_date(article)
        headline = f"《{self.name(article)}》" if article is not None else ""
        return " ".join(part for part in (day, headline) if part)

    def read(self) -> tuple[dict[str, Node], list[Edge]]:
        for kind in reversed(KINDS):  # earlier kinds win
            for s in self.g.subjects(RDF.type, kind.rdf_type):
                if isinstance(s, URIRef):
                    self.nodes[str(s)] = Node(str(s), kind, self.name(s))
        self._structure()
        self._memberships()
        self._conferrals()
        self._events()
        self._articles()
        self._cards()
        edges = [e for e in self.edges.values() if e.source in self.nodes and e.target in self.nodes]
        return self.nodes, edges

    def edge(self, source: object, target: object, label: str, detail: str | None = None) -> None:
        key = (str(source), str(target), label)
        edge = self.edges.setdefault(key, Edge(*key))
        if detail:
            edge.details.add(detail)

    def note(self, node: object, section: str, line: str | None) -> None:
        if line and str(node) in self.nodes:
            self.nodes[str(node)].sections[section].add(line)

    def _structure(self) -> None:
        simple = (
            (ORG.postIn, "隶属", False),
            (ORG.subOrganizationOf, "隶属", False),
            (KG.jurisdiction, "位于", False),
            (SDO.containedInPlace, "位于", False),
            (SKOS.inScheme, "隶属", False),
            (SDO.worksFor, "任职于", False),
            (SDO.location, "位于", False),
            (KG.siteVisited, "考察", False),
            (SDO.publisher, "颁发", True),
            (SDO.author, "撰稿", True),
            (SDO.contributor, "摄影", True),
        )
        for p, label, reverse in simple:
            for s, o in self.g.subject_objects(p):
                self.edge(*((o, s) if reverse else (s, o)), label)

    def _memberships(self) -> None:
        held = set()
        for ms in self.g.subjects(RDF.type, ORG.Membership):
            person, post = self.one(ms, ORG.member), self.one(ms, KG.post)
            if person is None or post is None:
                continue
            held.add((str(person), str(post)))
            role = self.text(self.one(ms, ORG.role), SKOS.prefLabel)
            article = self.one(ms, KG.article)
            interval = self.one(ms, ORG.memberDuring)
            day = self.text(self.one(interval, TIME.inside), TIME.inXSDDate) if interval else None
            where = self.source_note(article, day)
            self.edge(person, post, f"担任（{role}）" if role else "担任", where)
            self.note(person, "职务 Posts", " · ".join(x for x in (self.name(post), where) if x))
            self.evidence(person, ms, article)
            if article is not None:
                self.edge(article, person, "报道")
        for person, post in self.g.subject_objects(ORG.holds):
            if (str(person), str(post)) not in held:
                self.edge(person, post, "担任")

    def _conferrals(self) -> None:
        for c in self.g.subjects(RDF.type, KG.AwardConferral):
            person, award = self.one(c, KG.recipient), self.one(c, KG.award)
            if person is None or award is None:
                continue
            category = self.text(self.one(c, KG.category), SKOS.prefLabel)
            article = self.one(c, KG.article)
            where = self.source_note(article)
            self.edge(person, award, f"获得（{category}）" if category else "获得", where)
            title = self.name(award) + (f"（{category}）" if category else "")
            self.note(person, "奖项 Awards", " · ".join(x for x in (title, where) if x))
            self.evidence(person, c, article)
            if article is not None:
                self.edge(article, person, "报道")

    def _events(self) -> None:
        for ev in self.g.subjects(RDF.type, SDO.Event):
            inspection = (ev, RDF.type, KG.Inspection) in self.g
            article = self.one(ev, KG.article)
            day = self.text(ev, SDO.startDate)
            for person in self.g.objects(ev, SDO.attendee):
                self.edge(person, ev, "考察" if inspection else "出席", day)
                self.note(person, "活动 Events", " · ".join(x for x in (self.name(ev), day) if x))
                self.evidence(person, ev, article)
            self.note(ev, "类型 Kind", "考察 Inspection" if inspection else None)
            self.note(ev, "类型 Kind", "会议 Meeting" if (ev, RDF.type, KG.Meeting) in self.g else None)
            self.note(ev, "日期 Date", day)
            self.evidence(ev, ev, article)
            if article is not None:
                self.edge(article, ev, "报道")

    def _articles(self) -> None:
        """``报道`` edges from an article to the persons and events its text links to."""
        for phrase, target in self.g.subject_objects(ITSRDF.taIdentRef):
            node = self.nodes.get(str(target))
            if node is None or node.kind.name not in ("Person", "Event"):
                continue
            context = self.one(phrase, NIF.referenceContext)
            for article in self.g.subjects(KG.text, context) if context is not None else ():
                self.edge(article, target, "报道")

    def evidence(self, node: object, fact: URIRef, article: URIRef | None) -> None:
        for sentence in self.g.objects(fact, KG.evidence):
            self.note(node, "证据 Evidence", f"“{sentence}” —— {self.source_note(article)}")

    def _cards(self) -> None:
        for iri, node in self.nodes.items():
            s = URIRef(iri)
            kind = node.kind.name
            if kind == "Organization":
                kinds = [zh for t, zh in ORG_KIND_ZH.items() if (s, RDF.type, t) in self.g]
                self.note(s, "类型 Kind", "、".join(kinds) or None)
            elif kind == "Place":
                self.note(s, "级别 Level", self.text(s, KG.level))
                self.note(s, "代码 Code", self.text(s, SKOS.notation))
                for alias in self.g.objects(s, SDO.alternateName):
                    self.note(s, "别名 Also", str(alias))
                self.note(s, "沿革 History", self.text(s, SKOS.historyNote))
            elif kind == "Post":
                self.note(s, "职位 Role", self.text(self.one(s, ORG.role), SKOS.prefLabel))
            elif kind == "Award":
                self.note(s, "年度 Year", self.text(s, SDO.temporalCoverage))
            elif kind == "Article":
                self.note(s, "日期 Date", self.article_date(s))
                self.note(s, "来源 Source", self.text(s, KG.sourceFile))
                self.note(s, "网址 URL", self.text(s, SDO.url))  # shown as text, never a link


def _card(kind: str, title: str, sections: Iterable[tuple[str, Iterable[str]]]) -> str:
    """Hover-card markup; every piece of text is escaped here, and the markup is only built here."""
    out = [f'<div class="kg-card"><div class="kg-kind">{html.escape(kind)}</div>']
    out.append(f'<div class="kg-title">{html.escape(title)}</div>')
    for heading, lines in sections:
        lines = sorted(lines)
        if not lines:
            continue
        shown = lines[:CARD_LINES]
        more = len(lines) - len(shown)
        items = "".join(f"<li>{html.escape(line)}</li>" for line in shown)
        if more:
            items += f"<li>… 另有 {more} 条 ({more} more)</li>"
        if heading:
            out.append(f'<div class="kg-sec">{html.escape(heading)}</div>')
        out.append(f"<ul>{items}</ul>")
    out.append("</div>")
    return "".join(out)


def _node_card(node: Node) -> str:
    def rank(heading: str) -> tuple[int, str]:
        return (SECTION_ORDER.index(heading) if heading in SECTION_ORDER else len(SECTION_ORDER), heading)

    sections = sorted(node.sections.items(), key=lambda item: rank(item[0]))
    return _card(f"{node.kind.zh} · {node.kind.name}", node.name, sections)


def _select(
    nodes: dict[str, Node],
    edges: list[Edge],
    focus: str | None,
    depth: int,
    types: Sequence[str] | None,
    max_nodes: int | None,
) -> tuple[set[str], int, nx.MultiGraph]:
    """The ids of the nodes to draw, and how many ``max_nodes`` left out."""
    graph = nx.MultiGraph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from((e.source, e.target) for e in edges)
    keep = set(nodes)
    centres: set[str] = set()
    if focus is not None:
        if depth < 0:
            raise KGError(f"depth must be 0 or more, not {depth}")
        centres = {i for i, n in nodes.items() if focus in (n.name, i)}
        if not centres:
            raise KGError(
                f"no entity named {focus!r} in the graph",
                hint="pass a name exactly as it is written on a node (or the entity's IRI)",
            )
        keep = set()
        for centre in sorted(centres):
            keep |= set(nx.single_source_shortest_path_length(graph, centre, cutoff=depth))
    if types is not None:
        unknown = sorted(set(types) - set(KIND))
        if unknown:
            raise KGError(f"unknown node type(s) {', '.join(unknown)}", hint=f"choose from {', '.join(KIND)}")
        keep = {i for i in keep if nodes[i].kind.name in types or i in centres}
    left_out = 0
    if max_nodes is not None:
        if max_nodes < 1:
            raise KGError(f"max_nodes must be 1 or more, not {max_nodes}")
        sub = graph.subgraph(keep)
        ranked = sorted(keep, key=lambda i: (i not in centres, -sub.degree(i), nodes[i].name, i))
        left_out = max(0, len(ranked) - max_nodes)
        keep = set(ranked[:max_nodes])
    return keep, left_out, graph.subgraph(keep)


def _legend(kinds: Iterable[Kind], n_nodes: int, n_edges: int, notes: Iterable[str]) -> str:
    rows = "".join(
        f'<tr><td class="kg-glyph" style="color:{k.color}">{k.glyph}</td>'
        f"<td>{html.escape(k.zh)}</td><td>{html.escape(k.name)}</td>"
        f'<td class="kg-shape">{html.escape(k.shape_zh)} {html.escape(k.shape)}</td></tr>'
        for k in kinds
    )
    paras = "".join(f'<p class="kg-note">{html.escape(n)}</p>' for n in notes)
    counts = f"节点 {n_nodes} · 关系 {n_edges} ({n_nodes} nodes, {n_edges} edges)"
    return (
        '<div id="kg-legend"><div class="kg-legend-title">图例 Legend</div>'
        f"<table>{rows}</table><p>{html.escape(counts)}</p>{paras}</div>"
    )


STYLE = f"""<style>
html, body {{ margin: 0; padding: 0; font-family: {FONT}; }}
#mynetwork {{ border: 0; float: none; }}
#kg-legend {{ position: fixed; top: 12px; right: 12px; z-index: 10; max-width: 22em;
  background: rgba(255,255,255,0.93); border: 1px solid #ccc; border-radius: 6px;
  padding: 8px 12px; font-size: 13px; line-height: 1.5; }}
#kg-legend table {{ border-collapse: collapse; }}
#kg-legend td {{ padding: 0 6px 0 0; }}
#kg-legend p {{ margin: 6px 0 0 0; }}
.kg-legend-title {{ font-weight: bold; margin-bottom: 4px; }}
.kg-glyph {{ font-size: 16px; text-align: center; }}
.kg-shape, .kg-note {{ color: #555; }}
div.vis-tooltip {{ white-space: normal; max-width: 30em; font-family: {FONT};
  font-size: 13px; line-height: 1.5; padding: 8px 10px; }}
.kg-kind {{ color: #666; font-size: 12px; }}
.kg-title {{ font-weight: bold; font-size: 15px; }}
.kg-sec {{ margin-top: 6px; font-weight: bold; color: #444; }}
.kg-card ul {{ margin: 2px 0 0 0; padding-left: 1.2em; }}
</style>
"""

# Runs right after pyvis's drawGraph(): cards become elements (parsed inert), physics stops once laid out.
SCRIPT = """<script type="text/javascript">
(function () {
  function card(markup) {
    var doc = new DOMParser().parseFromString(markup, "text/html");
    var div = document.createElement("div");
    while (doc.body.firstChild) { div.appendChild(document.adoptNode(doc.body.firstChild)); }
    return div;
  }
  [nodes, edges].forEach(function (set) {
    set.update(set.get({ fields: ["id", "card"] }).map(function (item) {
      return { id: item.id, title: card(item.card) };
    }));
  });
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: { enabled: false } });
  });
})();
</script>
"""

CSP = (
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
    "script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:\">"
)

_REMOTE_TAG = re.compile(
    r'<link\b[^>]*\bhref\s*=\s*"https?://[^"]*"[^>]*>|<script\b[^>]*\bsrc\s*=\s*"https?://[^"]*"[^>]*>\s*</script>'
)
_EMPTY_HEADING = re.compile(r"<center>\s*<h1></h1>\s*</center>\s*")
_DEAD_COMMENT = re.compile(r"<!--\s*<link[^>]*node_modules.*?-->\s*", re.S)
#: What must not be left in the page: an attribute that fetches from another host.
EXTERNAL_REF = re.compile(r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.IGNORECASE)


def _options() -> dict:
    font = {"face": FONT, "strokeWidth": 3, "strokeColor": "#ffffff"}
    return {
        "nodes": {"font": {**font, "size": 14, "color": "#222222"}, "borderWidth": 1},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "color": {"color": "#9a9a9a", "highlight": "#333333", "hover": "#333333"},
            "font": {**font, "size": 11, "color": "#555555", "align": "middle"},
            "smooth": {"enabled": True, "type": "continuous"},
        },
        "physics": {
            "enabled": True,
            "solver": "barnesHut",
            "barnesHut": {
                "gravitationalConstant": -6000,
                "centralGravity": 0.25,
                "springLength": 150,
                "springConstant": 0.04,
                "damping": 0.12,
                "avoidOverlap": 0.3,
            },
            "stabilization": {"enabled": True, "iterations": 200, "updateInterval": 25, "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": True},
    }


def _replace_once(page: str, anchor: str, text: str) -> str:
    """Replace the one ``anchor`` of pyvis's page; fail loudly if its template has changed."""
    if (n := page.count(anchor)) != 1:
        raise KGError(f"pyvis's page has {n} of {anchor!r}, expected 1", hint="kg needs pyvis 0.3.2")
    return page.replace(anchor, text)


def render_html(
    ds: Dataset,
    *,
    focus: str | None = None,
    depth: int = 2,
    types: Sequence[str] | None = None,
    max_nodes: int | None = None,
) -> str:
    """The page as a string; see :func:`write_html`."""
    types = [types] if isinstance(types, str) else types
    nodes, edges = _Reader(union_graph(ds)).read()
    keep, left_out, graph = _select(nodes, edges, focus, depth, types, max_nodes)
    shown = sorted((nodes[i] for i in keep), key=lambda n: (KINDS.index(n.kind), n.name, n.iri))
    drawn = sorted(
        (e for e in edges if e.source in keep and e.target in keep),
        key=lambda e: (e.source, e.target, e.label),
    )

    net = Network(height="100vh", width="100%", directed=True, cdn_resources="in_line")
    # tojson escapes < > & ' for <script>; keys sorted for byte-identical output; Chinese left readable.
    net.templateEnv.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
    net.options = _options()
    # Filled directly: Network.add_edge scans every edge on each call.
    net.nodes = [
        {
            "id": n.iri,
            "label": n.label,
            "kind": n.kind.name,
            "shape": n.kind.shape,
            "color": n.kind.color,
            "size": 14 + 2 * min(graph.degree(n.iri), 12),
            "card": _node_card(n),
        }
        for n in shown
    ]
    net.edges = [
        {
            "id": f"e{i}",
            "from": e.source,
            "to": e.target,
            "label": e.label,
            "card": _card(
                f"关系 · {e.label}", f"{nodes[e.source].name} → {nodes[e.target].name}", [("", e.details)]
            ),
        }
        for i, e in enumerate(drawn)
    ]
    net.node_ids = [n["id"] for n in net.nodes]

    notes = []
    if focus is not None:
        notes.append(f"以“{focus}”为中心，{depth} 跳以内 (within {depth} hops of {focus})")
    if types is not None:
        notes.append(f"类型 types: {', '.join(sorted(types))}")
    if left_out:
        notes.append(
            f"另有 {left_out} 个节点未显示，仅显示关联最多的 {len(keep)} 个 "
            f"({left_out} nodes left out; showing the {len(keep)} with most links)"
        )
    legend = _legend((k for k in KINDS if any(n.kind is k for n in shown)), len(shown), len(drawn), notes)

    page = net.generate_html()
    page = _REMOTE_TAG.sub("", page)
    page = _DEAD_COMMENT.sub("", _EMPTY_HEADING.sub("", page))
    head = f'<meta charset="utf-8">\n{CSP}\n<title>知识图谱 Knowledge graph</title>'
    page = _replace_once(page, "<html>", '<!DOCTYPE html>\n<html lang="zh-CN">')
    page = _replace_once(page, '<meta charset="utf-8">', head)
    page = _replace_once(page, "</head>", STYLE + "</head>")
    page = _replace_once(page, "<body>", f"<body>\n{legend}\n")
    page = _replace_once(page, "</body>", SCRIPT + "</body>")
    if match := EXTERNAL_REF.search(page):
        raise KGError(
            f"HTML page still refers to a remote resource: {match.group(0)!r}", hint="update kg.export.html"
        )
    return page if page.endswith("\n") else page + "\n"


def write_html(
    ds: Dataset,
    path: Path,
    *,
    focus: str | None = None,
    depth: int = 2,
    types: Sequence[str] | None = None,
    max_nodes: int | None = None,
) -> None:
    """Write an interactive, offline HTML view of ``ds`` to ``path``.

    ``focus`` keeps the entities within ``depth`` hops (in either direction) of the entity with
    that name (or IRI); ``types`` keeps nodes of those kinds (local names: Person, Post,
    Organization, Place, Site, Event, Award, AwardCategory, Article), the focus always stays;
    ``max_nodes`` keeps the best-linked nodes and says on the page how many were left out.
    """
    write_text(path, render_html(ds, focus=focus, depth=depth, types=types, max_nodes=max_nodes))
