"""Exporters, loaded by name like rdflib's plugins: ``get("turtle")(dataset, path)``."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from rdflib import Dataset

from kg.errors import KGError

Exporter = Callable[[Dataset, Path], None]

#: format name -> (module, function, file name in the output folder)
EXPORTERS: dict[str, tuple[str, str, str]] = {
    "turtle": ("kg.export.rdf", "write_turtle", "graph.ttl"),
    "trig": ("kg.export.rdf", "write_trig", "graph.trig"),
    "nquads": ("kg.export.rdf", "write_nquads", "graph.nq"),
    "ntriples": ("kg.export.rdf", "write_ntriples", "graph.nt"),
    "jsonld": ("kg.export.jsonld", "write_jsonld", "graph.jsonld"),
    "html": ("kg.export.html", "write_html", "graph.html"),
    "graphml": ("kg.export.graphml", "write_graphml", "graph.graphml"),
}


def get(name: str) -> Exporter:
    try:
        module, func, _ = EXPORTERS[name]
    except KeyError:
        raise KGError(
            f"unknown output format {name!r}", hint=f"choose one of {', '.join(EXPORTERS)}"
        ) from None
    return getattr(importlib.import_module(module), func)


def filename(name: str) -> str:
    return EXPORTERS[name][2]
