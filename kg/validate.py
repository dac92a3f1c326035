"""Check a graph against the SHACL shapes of the contract (``ontology/shapes.ttl``).

    report = validate(dataset)          # or a Graph, or a path to .ttl/.trig/.nq/.nt
    if not report.conforms:
        logging.error(report.text())

A dataset (or a TriG/N-Quads file) is validated as the union of all its graphs, so that a person
typed in one article's graph satisfies a membership in another's.
"""

from __future__ import annotations

import logging
import warnings
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import RDF, Dataset, Graph, Literal, URIRef
from rdflib.namespace import SH, NamespaceManager
from rdflib.term import Node

from kg import rx
from kg.errors import InputError
from kg.ontology import cached_ontology, cached_shapes

log = logging.getLogger(__name__)

#: rdflib parser names by file suffix.
FORMATS = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "nt"}
_QUAD_FORMATS = {"trig", "nquads"}
_HAN = rx.compile(r"[\u3400-\u9fff]")
_SEVERITIES = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}


@dataclass(frozen=True)
class Violation:
    """One SHACL result: which node broke which rule, and the rule's message."""

    focus: Node
    path: Node | None
    message: str  # English message of the rule
    severity: str  # Violation | Warning | Info
    shape: Node  # the (property) shape, or the SPARQL constraint, whose rule failed
    value: Node | None = None
    constraint: URIRef | None = None  # sh:MinCountConstraintComponent, ...
    message_zh: str | None = None


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of :func:`validate`."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    namespaces: NamespaceManager | None = field(default=None, repr=False, compare=False)

    def _short(self, node: Node | None) -> str:
        if node is None:
            return "-"
        if isinstance(node, URIRef) and self.namespaces is not None:
            try:
                return self.namespaces.normalizeUri(node)
            except Exception:  # rdflib cannot shorten every IRI
                return f"<{node}>"
        return node.n3()

    def text(self, lang: str = "en") -> str:
        """A readable report: one group per rule (with its message), one line per violation."""
        if self.conforms:
            return "conforms: the graph satisfies every shape"
        groups: dict[str, list[Violation]] = defaultdict(list)
        for v in self.violations:
            groups[self._short(v.shape)].append(v)
        lines = [f"does not conform: {len(self.violations)} violation(s) of {len(groups)} rule(s)"]
        for shape in sorted(groups):
            items = groups[shape]
            first = items[0]
            message = first.message_zh if lang == "zh" and first.message_zh else first.message
            lines.append(f"[{first.severity}] {shape}: {message}")
            for v in sorted(items, key=lambda v: (str(v.focus), str(v.path), str(v.value))):
                line = f"  {self._short(v.focus)}"
                if v.path is not None:
                    line += f" {self._short(v.path)}"
                if v.value is not None and v.value != v.focus:
                    line += f" = {self._short(v.value)}"
                if v.constraint is not None:
                    line += f"  ({self._short(v.constraint).split(':')[-1]})"
                lines.append(line)
        return "\n".join(lines)


def read_graph(path: Path) -> Graph:
    """Parse a .ttl/.trig/.nq/.nt file; datasets become the union of their graphs."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(
            f"cannot tell the RDF syntax of suffix {path.suffix!r}",
            path=str(path),
            hint="use one of " + ", ".join(sorted(FORMATS)),
        )
    target: Graph = Dataset() if fmt in _QUAD_FORMATS else Graph()
    try:
        with warnings.catch_warnings():
            # rdflib's TriG/N-Quads parsers call its own deprecated Dataset.default_context
            warnings.filterwarnings("ignore", category=DeprecationWarning, module="rdflib")
            target.parse(path, format=fmt)
    except FileNotFoundError as err:
        raise InputError("no such file", path=str(path), hint="check the path") from err
    except Exception as err:  # rdflib raises many unrelated types for bad input
        raise InputError(
            f"cannot parse as {fmt}: {err}",
            path=str(path),
            hint="the file is not valid RDF; regenerate it or fix the reported line",
        ) from err
    return _union(target) if isinstance(target, Dataset) else target


def _union(dataset: Dataset) -> Graph:
    union = Graph()
    for prefix, ns in dataset.namespaces():
        union.bind(prefix, ns, override=True)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def _language(message: Literal) -> str | None:
    if message.language:
        return message.language
    # pyshacl drops the language of SPARQL-based messages when it fills in their variables
    return "zh" if _HAN.search(str(message)) else "en"


def _messages(results: Graph, result: Node) -> tuple[str, str | None]:
    by_lang: dict[str | None, list[str]] = defaultdict(list)
    for m in results.objects(result, SH.resultMessage):
        if isinstance(m, Literal):
            by_lang[_language(m)].append(str(m))
    english = min(by_lang.get("en", []), default="") or min(
        (m for ms in by_lang.values() for m in ms), default=""
    )
    return english, min(by_lang.get("zh", []), default=None)


def validate(graph: Graph | Dataset | Path) -> ValidationReport:
    """Validate ``graph`` against ``ontology/shapes.ttl``, with ``ontology/kg.ttl`` as the ontology."""
    if isinstance(graph, Path):
        data = read_graph(graph)
    elif isinstance(graph, Dataset):
        data = _union(graph)
    else:
        data = graph
    conforms, results, _ = shacl_validate(
        data,
        shacl_graph=cached_shapes(),
        ont_graph=cached_ontology(),
        inference="none",
        advanced=False,
        abort_on_first=False,
        allow_warnings=False,
    )
    violations = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        english, chinese = _messages(results, result)
        violations.append(
            Violation(
                focus=results.value(result, SH.focusNode),
                path=results.value(result, SH.resultPath),
                message=english,
                severity=_SEVERITIES.get(results.value(result, SH.resultSeverity), "Violation"),
                shape=results.value(result, SH.sourceConstraint) or results.value(result, SH.sourceShape),
                value=results.value(result, SH.value),
                constraint=results.value(result, SH.sourceConstraintComponent),
                message_zh=chinese,
            )
        )
    violations.sort(key=lambda v: (str(v.shape), str(v.focus), str(v.path), str(v.value)))
    namespaces = NamespaceManager(Graph(bind_namespaces="none"), bind_namespaces="none")
    for source in (cached_shapes(), data):
        for prefix, ns in source.namespaces():
            namespaces.bind(prefix, ns, override=False)
    log.debug("validated %d triples: %d violation(s)", len(data), len(violations))
    return ValidationReport(conforms=bool(conforms), violations=violations, namespaces=namespaces)
