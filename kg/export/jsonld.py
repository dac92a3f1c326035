"""JSON-LD: the dataset as one JSON-LD document, one named graph per article.

The ``@context`` is the one published in ``ontology/context.jsonld`` (the standard prefixes, and
``"@language": "zh"``), written into the document so that no processor has to fetch it. Terms
are compact IRIs (``schema:name``); entity IRIs are written in full. A Chinese-tagged literal is a
plain JSON string; other literals are value objects (``{"@value": "2022-06-09", "@type":
"xsd:date"}``; a string with no language is ``{"@value": ...}``); numbers stay strings, so every
literal round-trips exactly. Graphs, nodes, properties and values are sorted, so the same input
gives byte-identical files.
"""

from __future__ import annotations

import json
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any

from rdflib import RDF, Dataset, Literal, URIRef
from rdflib.term import Node

from kg import rx
from kg.errors import KGError, OntologyError
from kg.export.atomic import write_text
from kg.export.rdf import quads
from kg.ontology import ontology_dir

CONTEXT_FILE = "context.jsonld"
DEFAULT_LANGUAGE = "zh"
_LOCAL_NAME = rx.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")


@cache
def context() -> dict[str, str]:
    """The published ``@context`` (``ontology/context.jsonld``)."""
    path = ontology_dir() / CONTEXT_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        ctx = data["@context"]
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise OntologyError(
            f"cannot read the JSON-LD context: {e}",
            path=str(path),
            hint="restore it from the repository (`git checkout ontology/context.jsonld`)",
        ) from None
    if ctx.get("@language") != DEFAULT_LANGUAGE:
        raise OntologyError(f'the JSON-LD context must set "@language": "{DEFAULT_LANGUAGE}"', path=str(path))
    return {"@language": DEFAULT_LANGUAGE, **{k: ctx[k] for k in sorted(ctx) if k != "@language"}}


def _prefixes() -> list[tuple[str, str]]:
    """(prefix, namespace), longest namespace first, so the most specific prefix wins."""
    items = [(k, v) for k, v in context().items() if not k.startswith("@")]
    return sorted(items, key=lambda kv: (-len(kv[1]), kv[0]))


def compact(iri: str) -> str:
    """``prefix:local`` when a context prefix covers ``iri`` with a plain local name, else ``iri``."""
    for prefix, ns in _prefixes():
        if iri.startswith(ns) and _LOCAL_NAME.match(iri[len(ns) :]):
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


def _value(node: Node) -> Any:
    if isinstance(node, URIRef):
        return {"@id": str(node)}
    if isinstance(node, Literal):
        if node.language == DEFAULT_LANGUAGE:
            return str(node)
        if node.language:
            return {"@value": str(node), "@language": node.language}
        if node.datatype and str(node.datatype) != "http://www.w3.org/2001/XMLSchema#string":
            return {"@value": str(node), "@type": compact(str(node.datatype))}
        return {"@value": str(node)}
    raise KGError(f"unsupported RDF term {node!r} in the JSON-LD output", hint="kg emits no blank nodes")


def _sort_key(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _node(subject: str, props: dict[str, list[Any]]) -> dict[str, Any]:
    node: dict[str, Any] = {"@id": subject}
    for key in sorted(props, key=lambda k: (k != "@type", k)):
        values = props[key]
        ordered = sorted(values, key=_sort_key)
        node[key] = ordered[0] if len(ordered) == 1 else ordered
    return node


def document(ds: Dataset) -> dict[str, Any]:
    """The JSON-LD document of ``ds`` (its named graphs; kg leaves the default graph empty)."""
    graphs: dict[str, dict[str, dict[str, list[Any]]]] = defaultdict(lambda: defaultdict(dict))
    for s, p, o, g in quads(ds):
        props = graphs[str(g)][str(s)]
        if p == RDF.type and isinstance(o, URIRef):
            props.setdefault("@type", []).append(compact(str(o)))
        else:
            props.setdefault(compact(str(p)), []).append(_value(o))
    return {
        "@context": context(),
        "@graph": [
            {"@id": gid, "@graph": [_node(s, props) for s, props in sorted(nodes.items())]}
            for gid, nodes in sorted(graphs.items())
        ],
    }


def write_jsonld(ds: Dataset, path: Path) -> None:
    text = json.dumps(document(ds), ensure_ascii=False, indent=1)  # keys are already in order
    write_text(path, text + "\n")
