"""Generate ``kg/rdf/namespace.py`` (the closed ``KG`` namespace) from ``ontology/kg.ttl``.

    python -m kg.rdf.gen_namespace           # rewrite namespace.py
    python -m kg.rdf.gen_namespace --check   # exit 1 if namespace.py is stale

The output has no timestamp and sorted terms, so regeneration is byte-identical, and it is laid out
as ``ruff format`` would lay it out.
"""

from __future__ import annotations

import argparse
import keyword
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

from kg.errors import OntologyError
from kg.ontology import ONTOLOGY_FILE, load_ontology

log = logging.getLogger(__name__)

NAMESPACE = "https://kg.example.org/ontology#"
CLASS_NAME = "KG"
TARGET = Path(__file__).resolve().parent / "namespace.py"

_CLASS_TYPES = (OWL.Class, RDFS.Class)
_PROPERTY_TYPES = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property)
_MAX_LINE = 110

HEADER = '''"""The kg ontology's own terms.

GENERATED from ontology/{source} by `python -m kg.rdf.gen_namespace`; do not edit.
"""

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace


class {name}(DefinedNamespace):
    _fail = True
    _NS = Namespace("{ns}")
'''


def _english_label(graph: Graph, term: URIRef) -> str:
    labels = [o for o in graph.objects(term, RDFS.label) if isinstance(o, Literal) and o.language == "en"]
    return min((str(o) for o in labels), default="")


def _local_name(term: URIRef) -> str:
    name = term[len(NAMESPACE) :]
    if not name.isidentifier() or keyword.iskeyword(name) or name.startswith("_"):
        raise OntologyError(
            f"term {term} has local name {name!r}, which is not usable as a Python attribute",
            path=f"ontology/{ONTOLOGY_FILE}",
            hint="rename the term to a lowerCamelCase (property) or UpperCamelCase (class) identifier",
        )
    return name


def _terms(graph: Graph, types: Sequence[URIRef]) -> list[tuple[str, str]]:
    found = {
        s
        for t in types
        for s in graph.subjects(RDF.type, t)
        if isinstance(s, URIRef) and s.startswith(NAMESPACE)
    }
    return sorted((_local_name(t), _english_label(graph, t)) for t in found)


def _line(name: str, label: str) -> str:
    line = f"    {name}: URIRef"
    if label:
        comment = f"  # {label}"
        if len(line) + len(comment) > _MAX_LINE:
            comment = comment[: _MAX_LINE - len(line) - 3] + "..."
        line += comment
    return line


def render(graph: Graph) -> str:
    """The text of ``namespace.py`` for an ontology graph."""
    classes = _terms(graph, _CLASS_TYPES)
    properties = _terms(graph, _PROPERTY_TYPES)
    both = {n for n, _ in classes} & {n for n, _ in properties}
    if both:
        raise OntologyError(
            f"terms declared both as class and as property: {', '.join(sorted(both))}",
            path=f"ontology/{ONTOLOGY_FILE}",
            hint="give each term one kind",
        )
    if not classes and not properties:
        raise OntologyError(
            f"no terms in {NAMESPACE}", path=f"ontology/{ONTOLOGY_FILE}", hint="is the kg: prefix right?"
        )
    parts = [HEADER.format(source=ONTOLOGY_FILE, name=CLASS_NAME, ns=NAMESPACE)]
    for title, terms in (("Classes", classes), ("Properties", properties)):
        if terms:
            parts.append(f"\n    # {title}\n")
            parts.extend(_line(name, label) + "\n" for name, label in terms)
    return "".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kg.rdf.gen_namespace", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale; write nothing")
    parser.add_argument("--output", type=Path, default=TARGET, help="file to write (default: %(default)s)")
    args = parser.parse_args(argv)
    try:
        text = render(load_ontology())
    except OntologyError as err:
        sys.stderr.write(f"error: {err}\n")
        return 2
    current = args.output.read_text(encoding="utf-8") if args.output.exists() else None
    if args.check:
        if current != text:
            sys.stderr.write(
                f"{args.output} is stale with respect to ontology/{ONTOLOGY_FILE}; "
                "run `python -m kg.rdf.gen_namespace`\n"
            )
            return 1
        return 0
    if current != text:
        args.output.write_text(text, encoding="utf-8", newline="\n")
        log.info("wrote %s", args.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
