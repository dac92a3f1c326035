"""Turtle (all facts in one graph), TriG and N-Quads (one named graph per article)."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from kg.export.atomic import write_bytes
from kg.rdf.graph import bind_prefixes


def union_graph(ds: Dataset) -> Graph:
    g = Graph()
    bind_prefixes(g)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def write_turtle(ds: Dataset, path: Path) -> None:
    write_bytes(path, union_graph(ds).serialize(format="turtle", encoding="utf-8"))


def write_trig(ds: Dataset, path: Path) -> None:
    write_bytes(path, ds.serialize(format="trig", encoding="utf-8"))


def write_nquads(ds: Dataset, path: Path) -> None:
    lines = ds.serialize(format="nquads", encoding="utf-8").decode("utf-8").splitlines()
    write_bytes(path, ("\n".join(sorted(set(lines))) + "\n").encode("utf-8"))
