"""Turtle (all facts in one graph), TriG and N-Quads (one named graph per article).

Written with pyoxigraph's serialisers (an order of magnitude faster than rdflib's, and they
round-trip every literal exactly) from quads sorted in one canonical order, so the same input
always gives byte-identical files.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import KGError
from kg.export.atomic import atomic_open
from kg.rdf.graph import PREFIXES


def _term(node: Node) -> ox.NamedNode | ox.Literal:
    if isinstance(node, URIRef):
        return ox.NamedNode(str(node))
    if isinstance(node, Literal):
        if node.language:
            return ox.Literal(str(node), language=node.language)
        if node.datatype:
            return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)))
        return ox.Literal(str(node))
    if isinstance(node, BNode):
        raise KGError(f"blank node {node!r} in the output", hint="kg never emits blank nodes; this is a bug")
    raise KGError(f"unsupported RDF term {node!r}")


def _sort_key(quad: tuple[Node, Node, Node, Node]) -> tuple[str, str, str, str]:
    s, p, o, g = quad
    return (str(g), str(s), str(p), o.n3())


def quads(ds: Dataset) -> list[tuple[Node, Node, Node, Node]]:
    """Every quad of the named graphs (the default graph is unused), in canonical order."""
    out = []
    for s, p, o, g in ds.quads((None, None, None, None)):
        gid = g.identifier if isinstance(g, Graph) else g
        if gid is None or str(gid).startswith("urn:x-rdflib:default"):
            continue
        out.append((s, p, o, gid))
    return sorted(set(out), key=_sort_key)


def ox_quads(ds: Dataset) -> Iterator[ox.Quad]:
    for s, p, o, g in quads(ds):
        yield ox.Quad(_term(s), _term(p), _term(o), ox.NamedNode(str(g)))


def ox_triples(ds: Dataset) -> list[ox.Triple]:
    triples = {(s, p, o) for s, p, o, _ in quads(ds)}
    ordered = sorted(triples, key=lambda t: (str(t[0]), str(t[1]), t[2].n3()))
    return [ox.Triple(_term(s), _term(p), _term(o)) for s, p, o in ordered]


def _prefixes() -> dict[str, str]:
    return {k: str(v) for k, v in PREFIXES.items()}


def _write(path: Path, items: Iterable[ox.Quad] | Iterable[ox.Triple], fmt: ox.RdfFormat) -> None:
    prefixes = _prefixes() if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
    with atomic_open(path, "wb") as fh:
        ox.serialize(items, fh, fmt, prefixes=prefixes)


def write_turtle(ds: Dataset, path: Path) -> None:
    _write(path, ox_triples(ds), ox.RdfFormat.TURTLE)


def write_trig(ds: Dataset, path: Path) -> None:
    _write(path, ox_quads(ds), ox.RdfFormat.TRIG)


def write_nquads(ds: Dataset, path: Path) -> None:
    _write(path, ox_quads(ds), ox.RdfFormat.N_QUADS)


def write_ntriples(ds: Dataset, path: Path) -> None:
    _write(path, ox_triples(ds), ox.RdfFormat.N_TRIPLES)


def union_graph(ds: Dataset) -> Graph:
    """All triples of all named graphs, as one rdflib graph (for readers such as the HTML view)."""
    from kg.rdf.graph import bind_prefixes

    g = Graph()
    bind_prefixes(g)
    for s, p, o, _ in quads(ds):
        g.add((s, p, o))
    return g
