"""Finding and loading the ontology (``ontology/kg.ttl``) and the SHACL shapes (``ontology/shapes.ttl``).

The files live in ``ontology/`` at the repository root; a wheel carries them as ``kg/ontology/``
(``pyproject.toml`` force-includes them), so both places are searched, the installed one first.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, URIRef

import kg
from kg.errors import OntologyError

ONTOLOGY_FILE = "kg.ttl"
SHAPES_FILE = "shapes.ttl"

#: ``rdf:type`` objects that make a subject a declared term.
DECLARATION_TYPES = frozenset(
    {
        OWL.Class,
        RDFS.Class,
        OWL.ObjectProperty,
        OWL.DatatypeProperty,
        OWL.AnnotationProperty,
        RDF.Property,
    }
)


def _candidates() -> list[Path]:
    package = Path(kg.__file__).resolve().parent
    return [package / "ontology", package.parent / "ontology"]


def ontology_dir() -> Path:
    """The directory holding ``kg.ttl`` and ``shapes.ttl`` (installed package first, then the checkout)."""
    candidates = _candidates()
    for directory in candidates:
        if (directory / ONTOLOGY_FILE).is_file():
            return directory
    raise OntologyError(
        f"cannot find {ONTOLOGY_FILE}; looked in " + ", ".join(str(d) for d in candidates),
        hint="run kg from a source checkout, or reinstall the wheel (it must include kg/ontology/)",
    )


def _parse(name: str) -> Graph:
    path = ontology_dir() / name
    graph = Graph(bind_namespaces="none")
    try:
        graph.parse(path, format="turtle")
    except FileNotFoundError as err:
        raise OntologyError(
            f"cannot find {name} next to {ONTOLOGY_FILE}",
            path=str(path),
            hint="restore it from version control",
        ) from err
    except Exception as err:  # rdflib raises several unrelated types for bad Turtle
        raise OntologyError(
            f"cannot parse as Turtle: {err}",
            path=str(path),
            hint="fix the syntax error; `git diff ontology/` shows recent edits",
        ) from err
    return graph


@cache
def _cached(name: str) -> Graph:
    return _parse(name)


def load_ontology() -> Graph:
    """A fresh graph of ``ontology/kg.ttl`` (the caller may change it)."""
    return _parse(ONTOLOGY_FILE)


def load_shapes() -> Graph:
    """A fresh graph of ``ontology/shapes.ttl`` (the caller may change it)."""
    return _parse(SHAPES_FILE)


def cached_ontology() -> Graph:
    """The parsed ontology, shared: do not change it."""
    return _cached(ONTOLOGY_FILE)


def cached_shapes() -> Graph:
    """The parsed shapes, shared: do not change it."""
    return _cached(SHAPES_FILE)


def declared_terms(ontology: Graph | None = None) -> set[URIRef]:
    """Every IRI the ontology declares as a class or property (kg's own terms and external ones)."""
    graph = cached_ontology() if ontology is None else ontology
    return {
        term
        for term, kind in graph.subject_objects(RDF.type)
        if isinstance(term, URIRef) and kind in DECLARATION_TYPES
    }
