"""What the HTML view draws: the RDF read into nodes and labelled edges, and the views of it.

Nodes are the things a reader cares about (persons, posts, organisations, places, sites,
events, awards and their categories, articles); the scaffolding of the RDF contract (NIF
phrases and contexts, intervals, instants, roles) is not drawn. An ``org:Membership`` is folded
into a person -> post edge labelled with the role, a ``kg:AwardConferral`` into a person -> award
edge labelled with the category. Card lines are plain text here; :mod:`kg.export.html` escapes them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

import networkx as nx
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import ORG, SDO, SKOS, TIME

from kg.errors import KGError
from kg.rdf.graph import ITSRDF, NIF
from kg.rdf.namespace import KG


@dataclass(frozen=True)
class Kind:
    name: str  # the ontology's local name, as used by ``types=``
    zh: str
    rdf_type: URIRef
    shape: str  # vis-network shape
    shape_zh: str
    color: str


#: Node kinds, in legend order. A node gets the first kind whose class it has.
KINDS = (
    Kind("Person", "人物", SDO.Person, "dot", "圆点", "#D55E00"),
    Kind("Post", "职务", ORG.Post, "diamond", "菱形", "#E69F00"),
    Kind("Organization", "组织机构", ORG.Organization, "square", "方形", "#0072B2"),
    Kind("Place", "地点", SDO.AdministrativeArea, "triangle", "三角", "#009E73"),
    Kind("Site", "考察点", KG.Site, "triangleDown", "倒三角", "#56B4E9"),
    Kind("Event", "事件", SDO.Event, "star", "星形", "#CC79A7"),
    Kind("Award", "奖项", SKOS.ConceptScheme, "hexagon", "六边形", "#B8A100"),
    Kind("AwardCategory", "奖项类别", SKOS.Concept, "ellipse", "椭圆", "#F0E442"),
    Kind("Article", "文章", SDO.NewsArticle, "box", "方框", "#BBBBBB"),
)
KIND = {k.name: k for k in KINDS}
ORG_KIND_ZH = {
    SDO.GovernmentOrganization: "政府机构",
    KG.PartyOrganization: "党组织",
    SDO.Corporation: "企业",
}
NAME_PREDICATES = (SDO.name, SKOS.prefLabel, SDO.headline)
#: Card sections in the order a reader wants them; others follow alphabetically.
SECTION_ORDER = (
    "类型 Kind",
    "日期 Date",
    "职务 Posts",
    "奖项 Awards",
    "活动 Events",
    "网络 Network",
    "证据 Evidence",
)


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


def read_graph(g: Graph) -> tuple[dict[str, Node], list[Edge]]:
    """The nodes (by IRI) and labelled edges of ``g``, the union of a build's named graphs."""
    return Reader(g).read()


class Reader:
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
            verb = "曾任" if (ms, KG.former, None) in self.g else "担任"  # a post held before the article
            self.edge(person, post, f"{verb}（{role}）" if role else verb, where)
            heading = "曾任 Former posts" if verb == "曾任" else "职务 Posts"
            self.note(person, heading, " · ".join(x for x in (self.name(post), where) if x))
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
                for alias in sorted(str(a) for a in self.g.objects(s, SKOS.altLabel)):
                    self.note(s, "别名 Also", alias)  # a short name the text defines, a Simplified form
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


def select(
    nodes: dict[str, Node],
    edges: list[Edge],
    focus: str | None,
    depth: int,
    types: Sequence[str] | None,
    max_nodes: int | None,
) -> tuple[set[str], list[str], nx.MultiGraph]:
    """The ids of the nodes to draw, the ids ``max_nodes`` left out, and the graph drawn.

    ``focus`` keeps the entities within ``depth`` hops (either direction) of the entities with
    that name or IRI; ``types`` keeps nodes of those kinds (the focus always stays); ``max_nodes``
    keeps the best-linked nodes (the focus first).
    """
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
    left_out: list[str] = []
    if max_nodes is not None:
        if max_nodes < 1:
            raise KGError(f"max_nodes must be 1 or more, not {max_nodes}")
        sub = graph.subgraph(keep)
        ranked = sorted(keep, key=lambda i: (i not in centres, -sub.degree(i), nodes[i].name, i))
        left_out = ranked[max_nodes:]
        keep = set(ranked[:max_nodes])
    return keep, left_out, graph.subgraph(keep)
