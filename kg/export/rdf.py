"""Turtle (all facts in one graph), TriG and N-Quads (one named graph per article), N-Triples.

Written with pyoxigraph's serialisers (an order of magnitude faster than rdflib's, and they
round-trip every literal exactly) in one canonical order, so the same input always gives
byte-identical files:

- a named graph's triples are its distinct N-Triples lines (as pyoxigraph writes them) sorted
  as UTF-8 bytes; TriG and N-Quads hold the named graphs in the order of their IRIs;
- Turtle and N-Triples hold the distinct lines of all graphs, sorted the same way.

Every writer goes through the same steps from sorted N-Triples lines (a *block* is one named
graph's lines), so a build held in memory as an rdflib ``Dataset`` and a streamed build, whose
blocks come from disk and whose union is merged from sorted runs (:class:`SortedLines`), write
the same bytes.
"""

from __future__ import annotations

import heapq
import os
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kg.errors import KGError
from kg.export.atomic import atomic_open
from kg.rdf.graph import PREFIXES

#: One named graph: its IRI and its sorted, distinct N-Triples lines (or those lines joined).
Block = tuple[str, bytes | Iterable[bytes]]

#: Bytes of lines a :class:`SortedLines` holds in memory before it writes a sorted run to disk.
RUN_BYTES = 64 * 1024 * 1024
#: Bytes gathered before one write to an output file.
WRITE_BYTES = 4 * 1024 * 1024


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


def _rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        raise KGError(f"blank node {term} in a kg build", hint="kg never emits blank nodes; this is a bug")
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value, datatype=None if datatype == str(XSD.string) else URIRef(datatype))


def nt_lines(triples: Iterable[tuple[Node, Node, Node]]) -> list[bytes]:
    """The distinct N-Triples lines of rdflib triples, sorted: one named graph's block."""
    data = ox.serialize(
        (ox.Triple(_term(s), _term(p), _term(o)) for s, p, o in triples), format=ox.RdfFormat.N_TRIPLES
    )
    return sorted(set(data.splitlines(keepends=True)))


def quad_lines(blocks: Iterable[Block]) -> Iterator[bytes]:
    """N-Quads of blocks given in the order of their graph IRIs, a block at a time."""
    for graph, lines in blocks:
        # every N-Triples line ends with " .\n", and only there (line breaks in literals are escaped)
        data = lines if isinstance(lines, bytes) else b"".join(lines)
        yield data.replace(b" .\n", b" <" + graph.encode() + b"> .\n")


def distinct(lines: Iterable[bytes]) -> Iterator[bytes]:
    """Sorted lines without repeats."""
    previous = None
    for line in lines:
        if line != previous:
            yield line
            previous = line


class SortedLines:
    """The distinct lines added to it, in sorted order; memory stays bounded.

    Lines are kept in memory up to ``run_bytes``, then sorted and written to a temporary run
    file in ``folder``; iterating merges the runs. The order never depends on when runs were
    cut, so spilling changes nothing in the output.
    """

    def __init__(self, folder: Path | None = None, run_bytes: int | None = None) -> None:
        self.folder = folder
        self.run_bytes = run_bytes or RUN_BYTES
        self._buffer: list[bytes] = []
        self._size = 0
        self._runs: list[Path] = []

    def add(self, lines: Iterable[bytes]) -> None:
        for line in lines:
            self._buffer.append(line)
            self._size += len(line)
        if self._size >= self.run_bytes and self.folder is not None:
            self._spill()

    def _spill(self) -> None:
        fd, name = tempfile.mkstemp(prefix="run-", suffix=".nt", dir=self.folder)
        with os.fdopen(fd, "wb") as fh:
            fh.writelines(distinct(sorted(self._buffer)))
        self._runs.append(Path(name))
        self._buffer, self._size = [], 0

    def __iter__(self) -> Iterator[bytes]:
        memory = sorted(self._buffer)
        if not self._runs:
            return distinct(memory)
        files = [open(run, "rb") for run in self._runs]  # noqa: SIM115 (closed by _merge)
        return self._merge(files, memory)

    @staticmethod
    def _merge(files: list, memory: list[bytes]) -> Iterator[bytes]:
        try:
            yield from distinct(heapq.merge(memory, *files))
        finally:
            for fh in files:
                fh.close()

    def close(self) -> None:
        for run in self._runs:
            run.unlink(missing_ok=True)
        self._runs, self._buffer = [], []


def _prefixes() -> dict[str, str]:
    return {k: str(v) for k, v in PREFIXES.items()}


def write_lines(lines: Iterable[bytes], path: Path) -> int:
    """Write N-Triples or N-Quads (lines, or chunks of whole lines) as they are; returns the lines."""
    count = 0
    with atomic_open(path, "wb") as fh:
        buffer: list[bytes] = []
        size = 0
        for chunk in lines:
            buffer.append(chunk)
            size += len(chunk)
            if size >= WRITE_BYTES:
                count += _flush(fh, buffer)
                size = 0
        count += _flush(fh, buffer)
    return count


def _flush(fh: IO[bytes], buffer: list[bytes]) -> int:
    data = b"".join(buffer)
    fh.write(data)
    buffer.clear()
    return data.count(b"\n")


def convert(source: Path, path: Path, fmt: str) -> None:
    """Write ``source`` (an N-Triples or N-Quads file of canonical lines) as Turtle or TriG."""
    in_fmt, out_fmt = {
        "turtle": (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.TURTLE),
        "trig": (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG),
    }[fmt]
    with atomic_open(path, "wb") as fh:
        ox.serialize(ox.parse(path=source, format=in_fmt), fh, out_fmt, prefixes=_prefixes())


# ----------------------------------------------------------------------------- datasets in memory


def dataset_blocks(ds: Dataset) -> list[Block]:
    """The named graphs of ``ds`` (the default graph is unused) as blocks, in IRI order."""
    graphs: dict[str, list[tuple[Node, Node, Node]]] = defaultdict(list)
    for s, p, o, g in ds.quads((None, None, None, None)):
        gid = g.identifier if isinstance(g, Graph) else g
        if gid is None or str(gid).startswith("urn:x-rdflib:default"):
            continue
        graphs[str(gid)].append((s, p, o))
    return [(g, nt_lines(triples)) for g, triples in sorted(graphs.items())]


def _union(ds: Dataset) -> Iterator[bytes]:
    union = SortedLines()
    for _, lines in dataset_blocks(ds):
        union.add(lines)
    return iter(union)


def _via(lines: Iterable[bytes], path: Path, fmt: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".kg-", dir=path.parent) as tmp:
        source = Path(tmp) / ("all.nq" if fmt == "trig" else "all.nt")
        write_lines(lines, source)
        convert(source, path, fmt)


def write_turtle(ds: Dataset, path: Path) -> None:
    _via(_union(ds), path, "turtle")


def write_trig(ds: Dataset, path: Path) -> None:
    _via(quad_lines(dataset_blocks(ds)), path, "trig")


def write_nquads(ds: Dataset, path: Path) -> None:
    write_lines(quad_lines(dataset_blocks(ds)), path)


def write_ntriples(ds: Dataset, path: Path) -> None:
    write_lines(_union(ds), path)


def read_nquads(path: Path) -> Dataset:
    """An rdflib dataset of a kg N-Quads file (for the outputs drawn from rdflib: HTML, JSON-LD)."""
    from kg.rdf.graph import bind_prefixes

    ds = Dataset()
    bind_prefixes(ds)
    graphs: dict[str, Graph] = {}
    for q in ox.parse(path=path, format=ox.RdfFormat.N_QUADS):
        name = q.graph_name.value
        if name not in graphs:
            graphs[name] = ds.graph(URIRef(name))
        graphs[name].add((_rdflib(q.subject), _rdflib(q.predicate), _rdflib(q.object)))
    return ds


def quads(ds: Dataset) -> list[tuple[Node, Node, Node, Node]]:
    """Every quad of the named graphs (the default graph is unused), sorted by graph, subject,
    predicate and object (for writers that take rdflib terms, such as JSON-LD)."""
    out = []
    for s, p, o, g in ds.quads((None, None, None, None)):
        gid = g.identifier if isinstance(g, Graph) else g
        if gid is None or str(gid).startswith("urn:x-rdflib:default"):
            continue
        out.append((s, p, o, gid))
    return sorted(set(out), key=lambda q: (str(q[3]), str(q[0]), str(q[1]), q[2].n3()))


def union_graph(ds: Dataset) -> Graph:
    """All triples of all named graphs, as one rdflib graph (for readers such as the HTML view)."""
    from kg.rdf.graph import bind_prefixes

    g = Graph()
    bind_prefixes(g)
    for s, p, o, _ in quads(ds):
        g.add((s, p, o))
    return g
