"""Generate ``ontology/REFERENCE.md`` (every class and property, labels and comments in Chinese and
English, and the SHACL rules on each class) from ``ontology/kg.ttl`` and ``ontology/shapes.ttl``.

    python -m kg.rdf.gen_docs           # rewrite REFERENCE.md
    python -m kg.rdf.gen_docs --check   # exit 1 if REFERENCE.md is stale

The output is a pure function of the two files: regeneration is byte-identical.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH
from rdflib.term import Node

from kg.errors import OntologyError
from kg.ontology import ONTOLOGY_FILE, SHAPES_FILE, declared_terms, load_ontology, load_shapes, ontology_dir

ONTOLOGY_IRI = URIRef("https://kg.example.org/ontology")
KG_NS = "https://kg.example.org/ontology#"
REFERENCE_FILE = "REFERENCE.md"

_KINDS = (
    (OWL.Class, "class"),
    (RDFS.Class, "class"),
    (OWL.ObjectProperty, "object property"),
    (OWL.DatatypeProperty, "datatype property"),
    (OWL.AnnotationProperty, "annotation property"),
    (RDF.Property, "property"),
)


class _Names:
    """Shortens IRIs with the prefixes the ontology and shapes files declare (and nothing else)."""

    def __init__(self, *graphs: Graph) -> None:
        pairs = {(str(ns), prefix) for g in graphs for prefix, ns in g.namespaces() if prefix}
        self.prefixes = sorted(pairs, key=lambda p: (-len(p[0]), p[1]))

    def __call__(self, node: Node) -> str:
        if isinstance(node, URIRef):
            for ns, prefix in self.prefixes:
                if node.startswith(ns) and len(node) > len(ns):
                    return f"{prefix}:{node[len(ns) :]}"
            return f"<{node}>"
        return node.n3()


def _text(graph: Graph, node: Node, prop: URIRef, lang: str) -> str:
    values = sorted(
        str(o) for o in graph.objects(node, prop) if isinstance(o, Literal) and o.language == lang
    )
    return " ".join(values)


def _class_expr(graph: Graph, node: Node, name: _Names) -> str:
    members = graph.value(node, OWL.unionOf)
    if members is not None:
        return " ∪ ".join(f"`{name(m)}`" for m in Collection(graph, members))
    return f"`{name(node)}`"


def _kind(graph: Graph, term: URIRef) -> str:
    return next(label for t, label in _KINDS if (term, RDF.type, t) in graph)


def _joined(graph: Graph, nodes: Iterable[Node], name: _Names) -> str:
    return ", ".join(sorted(_class_expr(graph, n, name) for n in nodes))


def _rules(shapes: Graph, term: URIRef, name: _Names) -> list[str]:
    lines = []
    for shape in sorted(shapes.subjects(SH.targetClass, term), key=str):
        parts = [shape, *shapes.objects(shape, SH.property), *shapes.objects(shape, SH.sparql)]
        for part in sorted(parts, key=str):
            path = shapes.value(part, SH.path)
            where = f"`{name(path)}`: " if path is not None else ""
            en, zh = _text(shapes, part, SH.message, "en"), _text(shapes, part, SH.message, "zh")
            lines.append(f"- `{name(part)}` {where}{en} / {zh}")
    return lines


SKOS_EXAMPLE = URIRef("http://www.w3.org/2004/02/skos/core#example")


def _entry(ontology: Graph, shapes: Graph, term: URIRef, name: _Names) -> list[str]:
    zh_label, en_label = _text(ontology, term, RDFS.label, "zh"), _text(ontology, term, RDFS.label, "en")
    lines = [f"### `{name(term)}` {zh_label} / {en_label}", ""]
    facts = [f"*{_kind(ontology, term)}*"]
    if not term.startswith(KG_NS):
        facts.append(f"defined by `{name(ontology.value(term, RDFS.isDefinedBy) or term)}`")
    for prop, title in ((RDFS.subClassOf, "subclass of"), (RDFS.domain, "domain"), (RDFS.range, "range")):
        values = list(ontology.objects(term, prop))
        if values:
            facts.append(f"{title} {_joined(ontology, values, name)}")
    lines += ["; ".join(facts), ""]
    lines += [
        f"- zh: {_text(ontology, term, RDFS.comment, 'zh')}",
        f"- en: {_text(ontology, term, RDFS.comment, 'en')}",
    ]
    examples = sorted(str(e) for e in ontology.objects(term, SKOS_EXAMPLE))
    if examples:
        lines += ["", "Example:", "", "```turtle", *examples, "```"]
    rules = _rules(shapes, term, name)
    if rules:
        lines += ["", "Rules (ontology/shapes.ttl):", "", *rules]
    return [*lines, ""]


def render(ontology: Graph, shapes: Graph) -> str:
    """The text of ``REFERENCE.md``."""
    name = _Names(ontology, shapes)
    terms = declared_terms(ontology)
    version = ontology.value(ONTOLOGY_IRI, OWL.versionInfo)
    if version is None:
        raise OntologyError(
            f"no owl:versionInfo on {ONTOLOGY_IRI}", path=f"ontology/{ONTOLOGY_FILE}", hint="add one"
        )
    lines = [
        "# kg ontology reference",
        "",
        f"<!-- GENERATED from ontology/{ONTOLOGY_FILE} and ontology/{SHAPES_FILE} "
        "by `python -m kg.rdf.gen_docs`; do not edit. -->",
        "",
        f"Ontology `<{ONTOLOGY_IRI}>`, version {version}.",
        "",
        f"{_text(ontology, ONTOLOGY_IRI, RDFS.comment, 'en')}",
        "",
        f"{_text(ontology, ONTOLOGY_IRI, RDFS.comment, 'zh')}",
        "",
        "| prefix | namespace |",
        "| --- | --- |",
    ]
    lines += [f"| `{prefix}:` | `{ns}` |" for ns, prefix in sorted(name.prefixes, key=lambda p: p[1])]
    lines.append("")
    sections = (
        ("kg classes", True, True),
        ("kg properties", True, False),
        ("External classes", False, True),
        ("External properties", False, False),
    )
    for title, own, is_class in sections:
        chosen = [
            t for t in terms if t.startswith(KG_NS) == own and (_kind(ontology, t) == "class") == is_class
        ]
        lines += [f"## {title}", ""]
        for term in sorted(chosen, key=name):
            lines += _entry(ontology, shapes, term, name)
    return "\n".join(lines).rstrip("\n") + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.rdf.gen_docs", description="Generate REFERENCE.md.")
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale; write nothing")
    parser.add_argument(
        "--output", type=Path, default=None, help="file to write (default: ontology/REFERENCE.md)"
    )
    args = parser.parse_args(argv)
    try:
        output = args.output or ontology_dir() / REFERENCE_FILE
        text = render(load_ontology(), load_shapes())
    except OntologyError as err:
        sys.stderr.write(f"error: {err}\n")
        return 2
    current = output.read_text(encoding="utf-8") if output.exists() else None
    if args.check:
        if current != text:
            sys.stderr.write(f"{output} is stale; run `python -m kg.rdf.gen_docs`\n")
            return 1
        return 0
    if current != text:
        output.write_text(text, encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
