"""The network of people: who attended the same events, who serves in the same organisation.

Two persons are linked when they attended the same event (``schema:attendee``) or serve in the
same organisation (a post they hold, ``org:holds``/``org:postIn``, or ``schema:worksFor``); the
link's weight counts the events and organisations they share. Over that network:

- **degree centrality**: the share of all other people a person is linked to (1.0 = everyone);
- **betweenness centrality**: the share of shortest paths between other people that pass
  through a person (brokers between groups score high); exact up to ``EXACT_BETWEENNESS``
  people, above it estimated from ``BETWEENNESS_SAMPLE`` seeded sample sources (exact costs
  a breadth-first search from every person: half a minute at 2,000 people);
- **community**: groups found by Louvain modularity (networkx, fixed seed), numbered from 1 by
  size, largest first; 0 for a person linked to nobody.

``write_analysis`` writes the figures as ``people.csv`` or the network as ``people.graphml``
(for Gephi or Cytoscape). The same graph gives byte-identical files.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
from rdflib import RDF, Dataset, Graph, URIRef
from rdflib.namespace import ORG, SDO, SKOS

from kg.errors import KGError
from kg.export.atomic import write_text
from kg.export.rdf import union_graph

SEED = 1
EXACT_BETWEENNESS = 500  # people; above this, estimated from BETWEENNESS_SAMPLE sources
BETWEENNESS_SAMPLE = 200
FORMATS = {"csv": "people.csv", "graphml": "people.graphml"}
CSV_COLUMNS = (
    "person",
    "posts",
    "events_attended",
    "people_linked",
    "degree_centrality",
    "betweenness_centrality",
    "community",
    "post_titles",
    "iri",
)


@dataclass(frozen=True)
class PersonFigures:
    iri: str
    name: str
    posts: tuple[str, ...]  # names of the posts held, sorted
    events: tuple[str, ...]  # names of the events attended, sorted
    linked: int  # people linked to
    degree: float  # degree centrality
    betweenness: float  # betweenness centrality
    community: int  # 1 = largest community; 0 = linked to nobody


@dataclass
class Analysis:
    network: nx.Graph  # person IRI -> person IRI, with ``weight``, ``events``, ``organizations``
    people: dict[str, PersonFigures]
    communities: list[list[str]]  # person IRIs of each community (2 or more people), largest first

    def ranked(self) -> list[PersonFigures]:
        """People by degree centrality, then betweenness, then name."""
        return sorted(self.people.values(), key=lambda p: (-p.degree, -p.betweenness, p.name, p.iri))


def _name(g: Graph, s: URIRef) -> str:
    for p in (SDO.name, SKOS.prefLabel):
        if names := sorted(str(o) for o in g.objects(s, p)):
            return names[0]
    return str(s).rstrip("/").rsplit("/", 1)[-1]


def people_network(g: Graph) -> nx.Graph:
    """The network of people in ``g`` (nodes: person IRIs with ``name``; see the module doc)."""
    people = sorted(str(s) for s in g.subjects(RDF.type, SDO.Person) if isinstance(s, URIRef))
    known = set(people)
    events: dict[str, set[str]] = defaultdict(set)
    for event in g.subjects(RDF.type, SDO.Event):
        for person in g.objects(event, SDO.attendee):
            if str(person) in known:
                events[str(event)].add(str(person))
    organizations: dict[str, set[str]] = defaultdict(set)
    for person, post in g.subject_objects(ORG.holds):
        for org in g.objects(post, ORG.postIn):
            if str(person) in known:
                organizations[str(org)].add(str(person))
    for person, org in g.subject_objects(SDO.worksFor):
        if str(person) in known:
            organizations[str(org)].add(str(person))

    shared: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: {"events": set(), "orgs": set()})
    for key, groups in (("events", events), ("orgs", organizations)):
        for thing, members in groups.items():
            label = _name(g, URIRef(thing))
            for a, b in itertools.combinations(sorted(members), 2):
                shared[(a, b)][key].add(label)

    network = nx.Graph()
    network.add_nodes_from((p, {"name": _name(g, URIRef(p))}) for p in people)
    for (a, b), why in sorted(shared.items()):
        network.add_edge(
            a,
            b,
            weight=len(why["events"]) + len(why["orgs"]),
            events="、".join(sorted(why["events"])),
            organizations="、".join(sorted(why["orgs"])),
        )
    return network


def analyse(source: Dataset | Graph, *, seed: int = SEED) -> Analysis:
    """Centralities and communities of the people in ``source`` (a build's dataset or a graph)."""
    g = union_graph(source) if isinstance(source, Dataset) else source
    network = people_network(g)
    n = network.number_of_nodes()
    degree = nx.degree_centrality(network) if n > 1 else dict.fromkeys(network, 0.0)
    sample = None if n <= EXACT_BETWEENNESS else BETWEENNESS_SAMPLE
    betweenness = nx.betweenness_centrality(network, k=sample, seed=seed)
    linked = network.subgraph(p for p in network if network.degree(p) > 0)
    found = nx.community.louvain_communities(linked, weight="weight", seed=seed) if len(linked) else []
    communities = sorted(
        (sorted(c) for c in found if len(c) > 1),
        key=lambda c: (-len(c), min(network.nodes[p]["name"] for p in c), c[0]),
    )
    community = {p: i for i, members in enumerate(communities, 1) for p in members}

    posts: dict[str, set[str]] = defaultdict(set)
    for person, post in g.subject_objects(ORG.holds):
        posts[str(person)].add(_name(g, post))
    attended: dict[str, set[str]] = defaultdict(set)
    for event, person in g.subject_objects(SDO.attendee):
        attended[str(person)].add(_name(g, event))
    people = {
        p: PersonFigures(
            iri=p,
            name=network.nodes[p]["name"],
            posts=tuple(sorted(posts[p])),
            events=tuple(sorted(attended[p])),
            linked=network.degree(p),
            degree=round(degree[p], 6),
            betweenness=round(betweenness[p], 6),
            community=community.get(p, 0),
        )
        for p in network
    }
    return Analysis(network, people, communities)


def people_csv(analysis: Analysis) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for p in analysis.ranked():
        writer.writerow(
            (
                p.name,
                len(p.posts),
                len(p.events),
                p.linked,
                f"{p.degree:.6f}",
                f"{p.betweenness:.6f}",
                p.community,
                "、".join(p.posts),
                p.iri,
            )
        )
    return out.getvalue()


def people_graphml(analysis: Analysis) -> str:
    """The network with each person's figures as node attributes (GraphML, for Gephi/Cytoscape)."""
    g = nx.Graph()
    for p in sorted(analysis.people.values(), key=lambda p: p.iri):
        g.add_node(
            p.iri,
            label=p.name,
            posts=len(p.posts),
            events_attended=len(p.events),
            degree_centrality=p.degree,
            betweenness_centrality=p.betweenness,
            community=p.community,
            post_titles="、".join(p.posts),
        )
    for a, b, data in sorted(analysis.network.edges(data=True)):
        g.add_edge(*sorted((a, b)), **data)
    return "\n".join(nx.generate_graphml(g, prettyprint=True)) + "\n"


def write_analysis(ds: Dataset | Graph, outdir: Path, fmt: str = "csv") -> Path:
    """Write ``people.csv`` (``fmt="csv"``) or ``people.graphml`` into ``outdir``; return its path."""
    if fmt not in FORMATS:
        raise KGError(f"unknown analysis format {fmt!r}", hint=f"choose one of {', '.join(FORMATS)}")
    analysis = analyse(ds)
    path = Path(outdir) / FORMATS[fmt]
    write_text(path, people_csv(analysis) if fmt == "csv" else people_graphml(analysis))
    return path
