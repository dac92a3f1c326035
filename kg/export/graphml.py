"""GraphML of the graph the HTML view draws, for Gephi, Cytoscape or yEd.

Nodes are the entities of :mod:`kg.export.html_data` (``kind``, ``label``, ``color``), people
with their figures in the network of people (:mod:`kg.analyze`: degree and betweenness
centrality, community); edges carry the same labels as the page (担任, 出席, 隶属 ...). The
network of people alone is ``kg analyze OUTDIR --format graphml``.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from rdflib import Dataset, Graph

from kg.analyze import analyse
from kg.export.atomic import write_text
from kg.export.html_data import read_graph
from kg.export.rdf import union_graph


def graphml(ds: Dataset | Graph) -> str:
    g = union_graph(ds) if isinstance(ds, Dataset) else ds
    nodes, edges = read_graph(g)
    people = analyse(g).people
    out = nx.MultiDiGraph()
    for iri in sorted(nodes):
        node = nodes[iri]
        data: dict[str, object] = {"label": node.name, "kind": node.kind.name, "color": node.kind.color}
        if (p := people.get(iri)) is not None:
            data.update(
                degree_centrality=p.degree, betweenness_centrality=p.betweenness, community=p.community
            )
        out.add_node(iri, **data)
    for e in sorted(edges, key=lambda e: (e.source, e.target, e.label)):
        out.add_edge(e.source, e.target, label=e.label, details="; ".join(sorted(e.details)))
    return "\n".join(nx.generate_graphml(out, prettyprint=True)) + "\n"


def write_graphml(ds: Dataset | Graph, path: Path) -> None:
    """Write the drawn graph of ``ds`` as GraphML to ``path``."""
    write_text(path, graphml(ds))
