"""The embedded triplestore and SPARQL, on pyoxigraph.

``open_store`` loads a graph file (or an output folder) into an in-memory store; ``query`` runs
SPARQL 1.1 on it and returns a :class:`QueryResult` of plain strings, which ``format_table``,
``format_csv`` and ``format_json`` render.

By default the named graphs (one per article) are queried as one union default graph, so a query
needs no ``GRAPH`` clause unless it asks which article said what. Queries may use the standard
prefixes of :mod:`kg.rdf.graph` (``schema:``, ``org:``, ``kg:`` ...) without declaring them; a
query's own ``PREFIX`` declarations take precedence.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, RDFS

from kg import rx
from kg.errors import InputError, QueryError
from kg.rdf.graph import PREFIXES

#: Prefixes every query may use without declaring them.
STANDARD_PREFIXES: dict[str, str] = {
    **{name: str(ns) for name, ns in PREFIXES.items()},
    "rdf": str(RDF),
    "rdfs": str(RDFS),
}

FORMATS: dict[str, ox.RdfFormat] = {
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
}

#: Files looked for in an output folder, best first (the quad formats keep the per-article graphs).
FOLDER_FILES = ("graph.trig", "graph.nq", "graph.ttl")

_ERROR_AT = rx.compile(r"^error at (\d+):(\d+):\s*(.*)$", re.DOTALL)
_PREFIXED_NAME_END = rx.compile(r"([A-Za-z][\w.-]*)?:[\w.%-]*$")


@dataclass(frozen=True)
class QueryResult:
    """The answer of a query, every RDF term rendered as a plain string (``None`` when unbound).

    IRIs are given as the IRI, literals as their lexical value (no quotes, language tag or
    datatype). ``ASK`` gives one row with the variable ``ask`` and the value ``"true"`` or
    ``"false"``. ``CONSTRUCT`` and ``DESCRIBE`` give one row per triple with the variables ``s``,
    ``p``, ``o``, each term in N-Triples syntax, so ``" ".join(row) + " ."`` is an N-Triples line;
    those rows are sorted, since a graph has no order.
    """

    variables: list[str]
    rows: list[tuple[str | None, ...]]


# ----------------------------------------------------------------------------- loading


def open_store(path: Path | str) -> ox.Store:
    """A new in-memory store holding the graph in ``path``.

    ``path`` is a ``.trig``, ``.nq``, ``.ttl`` or ``.nt`` file, or an output folder of ``kg build``
    (``graph.trig`` is preferred, then ``graph.nq``, then ``graph.ttl``).
    """
    file = graph_file(Path(path))
    store = ox.Store()
    fmt = FORMATS[file.suffix.lower()]
    try:
        store.load(path=str(file), format=fmt)
    except SyntaxError as e:
        raise InputError(
            f"cannot parse as {_format_name(file)}: {_first_line(e.args[0] if e.args else str(e))}",
            path=str(file),
            hint="the file is damaged or its extension does not match its format; export it again",
        ) from None
    except (OSError, ValueError) as e:
        raise InputError(f"cannot read the graph: {e}", path=str(file)) from None
    return store


def graph_file(path: Path) -> Path:
    if path.is_dir():
        for name in FOLDER_FILES:
            if (path / name).is_file():
                return path / name
        raise InputError(
            f"no graph file in the folder (looked for {', '.join(FOLDER_FILES)})",
            path=str(path),
            hint="pass the output folder of a build or a graph file",
        )
    if not path.exists():
        raise InputError(
            "no such file or folder", path=str(path), hint="pass a graph file or an output folder"
        )
    if path.suffix.lower() not in FORMATS:
        raise InputError(
            f"unknown graph format {path.suffix or '(no extension)'!r}",
            path=str(path),
            hint=f"pass a file ending in {', '.join(FORMATS)}",
        )
    return path


def _format_name(file: Path) -> str:
    return {".trig": "TriG", ".nq": "N-Quads", ".ttl": "Turtle", ".nt": "N-Triples"}[file.suffix.lower()]


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else "invalid data"


# ----------------------------------------------------------------------------- querying


def load_query(arg: str | Path) -> str:
    """The query text: the contents of ``arg`` if it names an existing ``.rq`` file (or is a
    :class:`~pathlib.Path`), else ``arg`` itself."""
    text, _ = _resolve(arg)
    return text


def _resolve(arg: str | Path) -> tuple[str, str | None]:
    if isinstance(arg, Path) or (arg.endswith(".rq") and "\n" not in arg and Path(arg).is_file()):
        file = Path(arg)
        try:
            return file.read_text(encoding="utf-8"), str(file)
        except (OSError, UnicodeDecodeError) as e:
            raise QueryError(f"cannot read the query file: {e}", path=str(file)) from None
    return arg, None


def query(store: ox.Store, sparql: str | Path, *, union_default_graph: bool = True) -> QueryResult:
    """Run a SPARQL 1.1 query (its text, or the path of a ``.rq`` file) on ``store``.

    With ``union_default_graph`` (the default) the default graph is the union of all graphs.
    A triple stated in several article graphs then matches once per graph: use ``DISTINCT`` or
    ``COUNT(DISTINCT ...)``. Raises :class:`QueryError` naming the line and column of a syntax error.
    """
    text, source = _resolve(sparql)
    try:
        answer = store.query(text, prefixes=STANDARD_PREFIXES, use_default_graph_as_union=union_default_graph)
    except SyntaxError as e:
        raise QueryError(_syntax_message(text, str(e)), path=source, hint="check the query") from None
    try:
        return _result(answer)
    except (OSError, ValueError, RuntimeError) as e:
        raise QueryError(f"the query failed while running: {e}", path=source) from None


def _result(answer: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples) -> QueryResult:
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult(["ask"], [("true" if bool(answer) else "false",)])
    if isinstance(answer, ox.QueryTriples):
        rows = sorted((str(t.subject), str(t.predicate), str(t.object)) for t in answer)
        return QueryResult(["s", "p", "o"], list(rows))
    names = [v.value for v in answer.variables]
    rows = [tuple(_plain(solution[name]) for name in names) for solution in answer]
    return QueryResult(names, rows)


def _plain(term: object) -> str | None:
    if term is None:
        return None
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value
    return str(term)  # an RDF-star triple term


def _syntax_message(text: str, engine: str) -> str:
    m = _ERROR_AT.match(engine.strip())
    if not m:
        return f"SPARQL syntax error: {_shorten(engine)}"
    line_no, col, detail = int(m.group(1)), int(m.group(2)), m.group(3)
    lines = text.splitlines()
    if not any(line.strip() for line in lines[line_no - 1 :]):  # only blank lines from here on
        return f"SPARQL syntax error at the end of the query: {_shorten(detail)}"
    line = lines[line_no - 1]
    where = f"SPARQL syntax error at line {line_no}, column {col}"
    if "Prefix not found" in detail:
        name = _PREFIXED_NAME_END.search(line[: col - 1])
        prefix = (name.group(1) or "") if name else "?"
        return f"{where}: the prefix '{prefix}:' is not declared; add a PREFIX {prefix}: <...> line"
    near = line[max(0, col - 21) : col + 19].strip()
    return f"{where} (near {near!r}): {_shorten(detail)}" if near else f"{where}: {_shorten(detail)}"


def _shorten(detail: str, limit: int = 160) -> str:
    detail = " ".join(detail.split())
    return detail if len(detail) <= limit else detail[: limit - 1] + "…"


# ----------------------------------------------------------------------------- formatting


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: CJK wide and full-width characters take two."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _cell(value: str | None, max_width: int | None) -> str:
    text = "" if value is None else value.replace("\r", "").replace("\n", "⏎")
    if max_width is None or display_width(text) <= max_width:
        return text
    out, width = [], 0
    for ch in text:
        w = display_width(ch)
        if width + w > max_width - 1:
            break
        out.append(ch)
        width += w
    return "".join(out) + "…"


def format_table(result: QueryResult, *, max_width: int | None = None) -> str:
    """Aligned columns under a header and a rule; CJK characters count as two columns.

    Unbound values are blank, newlines show as ``⏎``, and with ``max_width`` longer cells are cut
    with ``…``. The text ends with a newline.
    """
    header = list(result.variables)
    body = [[_cell(v, max_width) for v in row] for row in result.rows]
    widths = [max([display_width(h)] + [display_width(r[i]) for r in body]) for i, h in enumerate(header)]
    rule = ["-" * w for w in widths]

    def line(cells: Sequence[str]) -> str:
        padded = [c + " " * (w - display_width(c)) for c, w in zip(cells, widths, strict=True)]
        return "  ".join(padded).rstrip()

    return "\n".join(line(cells) for cells in [header, rule, *body]) + "\n"


def format_csv(result: QueryResult) -> str:
    """RFC 4180 CSV with a header row; unbound values are empty fields."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow(["" if v is None else v for v in row])
    return buf.getvalue()


def format_json(result: QueryResult) -> str:
    """A JSON array with one object per row, ``{variable: value}``; unbound values are ``null``.

    This is not the SPARQL 1.1 JSON results format: values are plain strings (see
    :class:`QueryResult`), so term types are not kept. Chinese is written as is (UTF-8).
    """
    objects = [dict(zip(result.variables, row, strict=True)) for row in result.rows]
    return json.dumps(objects, ensure_ascii=False, indent=2) + "\n"
