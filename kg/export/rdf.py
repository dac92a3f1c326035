"""Turtle (all facts in one graph), TriG and N-Quads (one named graph per article), N-Triples.

Written as pyoxigraph's serialisers write them (an order of magnitude faster than rdflib's, and
they round-trip every literal exactly; Turtle and TriG by :mod:`kg.export.turtle`, which writes
the same bytes from the sorted lines without pyoxigraph's Python objects) in one canonical order, so the
same input always gives byte-identical files:

- a named graph's triples are its distinct N-Triples lines (as pyoxigraph writes them) sorted
  as UTF-8 bytes; TriG and N-Quads hold the named graphs in the order of their IRIs;
- Turtle and N-Triples hold the distinct lines of all graphs, sorted the same way.

Every writer goes through the same steps from sorted N-Triples lines (a *block* is one named
graph's lines), so a build held in memory as an rdflib ``Dataset`` and a streamed build, whose
blocks come from disk and whose union is merged from sorted runs (:class:`SortedLines`), write
the same bytes.
"""

from __future__ import annotations

import bisect
import contextlib
import errno
import itertools
import os
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kg.errors import KGError
from kg.export.atomic import atomic_open
from kg.export.splice import Reused, Splice
from kg.export.turtle import TrigWriter, write_turtle_lines
from kg.rdf.graph import PREFIXES

#: One named graph: its IRI and its sorted, distinct N-Triples lines (or those lines joined).
Block = tuple[str, bytes | Iterable[bytes]]

#: Bytes of lines a :class:`SortedLines` holds in memory before it writes a sorted run to disk.
RUN_BYTES = 64 * 1024 * 1024
#: Bytes gathered before one write to an output file.
WRITE_BYTES = 4 * 1024 * 1024
#: Bytes read from a run file at a time, and lines written to one at a time.
READ_BYTES = 4 * 1024 * 1024
#: Bytes read from all the runs at once while merging them (each run gets its share, at least 256 KiB):
#: memory stays bounded however many runs a big build spills.
MERGE_BYTES = 64 * 1024 * 1024
MERGE_LINES = 65536


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
        yield _in_graph(graph, lines if isinstance(lines, bytes) else b"".join(lines))


def _in_graph(graph: str, data: bytes) -> bytes:
    """N-Triples lines as N-Quads of ``graph``."""
    # every N-Triples line ends with " .\n", and only there (line breaks in literals are escaped)
    return data.replace(b" .\n", b" <" + graph.encode() + b"> .\n")


def distinct_chunks(chunks: Iterable[list[bytes]]) -> Iterator[list[bytes]]:
    """Chunks of sorted lines (repeats next to each other) without repeats, a chunk at a time."""
    previous = None
    for chunk in chunks:
        lines = [line for line, _ in itertools.groupby(chunk)]
        if lines and lines[0] == previous:
            del lines[0]
        if lines:
            previous = lines[-1]
            yield lines


class SortedLines:
    """The lines added to it, in sorted order; memory stays bounded.

    Lines are kept in memory up to ``run_bytes``, then sorted and written to a temporary run
    file in ``folder``. :meth:`chunks` merges the runs (a repeated line comes out next to
    itself), iterating gives the distinct lines. The order never depends on when runs were
    cut, so spilling changes nothing in the output.
    """

    def __init__(self, folder: Path | None = None, run_bytes: int | None = None) -> None:
        self.folder = folder
        self.run_bytes = run_bytes or RUN_BYTES
        self._buffer: list[bytes] = []
        self._size = 0
        self._runs: list[Path] = []

    def add(self, lines: Iterable[bytes], size: int | None = None) -> None:
        """Add lines; ``size`` is their length in bytes when the caller knows it."""
        if not isinstance(lines, list):
            lines = list(lines)
        self._buffer.extend(lines)
        self._size += sum(map(len, lines)) if size is None else size
        if self._size >= self.run_bytes and self.folder is not None:
            self._spill()

    def _spill(self) -> None:
        self._buffer.sort()
        fd, name = tempfile.mkstemp(prefix="run-", suffix=".nt", dir=self.folder)
        with os.fdopen(fd, "wb") as fh:
            for start in range(0, len(self._buffer), MERGE_LINES):
                fh.write(b"".join(self._buffer[start : start + MERGE_LINES]))
        self._runs.append(Path(name))
        self._buffer, self._size = [], 0

    def chunks(self) -> Iterator[list[bytes]]:
        """All lines in sorted order, in chunks; a line added twice comes out twice, side by side."""
        self._buffer.sort()
        if not self._runs:
            return iter([self._buffer] if self._buffer else [])
        share = max(256 * 1024, min(READ_BYTES, MERGE_BYTES // len(self._runs)))
        sources = [_read_run(run, share) for run in self._runs]
        if self._buffer:
            sources.append(iter([self._buffer]))
        return _merge(sources)

    def __iter__(self) -> Iterator[bytes]:
        return itertools.chain.from_iterable(distinct_chunks(self.chunks()))

    def close(self) -> None:
        for run in self._runs:
            run.unlink(missing_ok=True)
        self._runs, self._buffer = [], []


def _read_run(path: Path, size: int = READ_BYTES) -> Iterator[list[bytes]]:
    """A run file's lines, a chunk of about ``size`` bytes at a time."""
    rest = b""
    with open(path, "rb") as fh:
        while data := fh.read(size):
            lines = (rest + data).splitlines(keepends=True)
            rest = lines.pop() if not lines[-1].endswith(b"\n") else b""
            if lines:
                yield lines
    if rest:
        yield [rest]


def _merge(sources: list[Iterator[list[bytes]]]) -> Iterator[list[bytes]]:
    """Merge sorted sources (each a series of sorted chunks) into sorted chunks.

    Each round takes, from every source, the lines up to the smallest of the last lines of
    their current chunks (no line still unread can come before it), and sorts those together:
    Python's sort merges sorted stretches in C, so the merge costs little per line.
    """
    heads = [[chunk, 0, source] for source in sources if (chunk := next(source, None))]
    while heads:
        fence = min(chunk[-1] for chunk, _, _ in heads)
        parts = []
        for head in heads:
            chunk, start = head[0], head[1]
            end = bisect.bisect_right(chunk, fence, start)
            if end > start:
                parts.append(chunk[start:end])
                head[1] = end
        for head in heads:
            if head[1] == len(head[0]):
                head[0], head[1] = next(head[2], None), 0
        heads = [head for head in heads if head[0]]
        yield parts[0] if len(parts) == 1 else sorted(itertools.chain.from_iterable(parts))


def turtle_prefixes() -> dict[str, str]:
    """The prefixes of kg's Turtle and TriG files (name -> namespace)."""
    return {k: str(v) for k, v in PREFIXES.items()}


def write_lines(lines: Iterable[bytes], path: Path) -> int:
    """Write N-Triples or N-Quads (lines, or chunks of whole lines) as they are; returns the lines."""
    with atomic_open(path, "wb") as fh:
        sink = _Sink(fh)
        for chunk in lines:
            sink.add(chunk)
        sink.flush()
    return sink.lines


class _Sink:
    """An output file written in pieces of about WRITE_BYTES; counts the lines added (not those
    copied: :meth:`copy`)."""

    def __init__(self, fh: IO[bytes]) -> None:
        self.fh, self.buffer, self.size, self.lines = fh, [], 0, 0
        self.total = 0  # bytes added and copied
        self.pending: tuple[int, int, int] | None = None  # a copy not yet made: (fd, offset, length)

    def add(self, data: bytes) -> None:
        if self.pending is not None:
            self._copy()
        self.buffer.append(data)
        self.size += len(data)
        self.total += len(data)
        if self.size >= WRITE_BYTES:
            self.flush()

    def copy(self, fd: int, offset: int, length: int) -> None:
        """``length`` bytes of the open file ``fd`` from ``offset``; a copy that continues the
        pending one (the next graph of the last build's file) joins it, so a run of unchanged
        graphs is one copy."""
        if self.pending is not None:
            old, at, size = self.pending
            if old == fd and at + size == offset:
                self.pending = (fd, at, size + length)
                self.total += length
                return
            self._copy()
        self.flush()
        self.pending = (fd, offset, length)
        self.total += length

    def _copy(self) -> None:
        assert self.pending is not None
        fd, offset, length = self.pending
        self.pending = None
        self.fh.flush()
        copy_range(fd, self.fh.fileno(), offset, length)

    def flush(self) -> None:
        if self.pending is not None:
            self._copy()
        data = b"".join(self.buffer)
        self.fh.write(data)
        self.lines += data.count(b"\n")
        self.buffer, self.size = [], 0


def copy_range(source: int, target: int, offset: int, length: int) -> None:
    """Append ``length`` bytes of ``source`` from ``offset`` to ``target`` (at its position), in
    the kernel where it can (``os.copy_file_range``: the bytes never come into this process),
    else by reading and writing them."""
    kernel = hasattr(os, "copy_file_range")
    while length > 0:
        n = 0
        if kernel:
            try:
                n = os.copy_file_range(source, target, length, offset)
            except OSError as exc:
                if exc.errno not in _NO_KERNEL_COPY:
                    raise
                kernel = False
                continue
        else:
            data = os.pread(source, min(length, WRITE_BYTES), offset)
            n = os.write(target, data) if data else 0
        if n <= 0:
            raise OSError(f"the last build's file is shorter than it left it ({length} bytes missing)")
        offset, length = offset + n, length - n


#: Why a kernel copy cannot be made (another file system, an old kernel, a special file): copy by hand.
_NO_KERNEL_COPY = {errno.EXDEV, errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP, errno.EPERM, errno.EBADF}


def write_quads(
    blocks: Iterable[Block | tuple[str, Reused]],
    nquads: Path | None,
    trig: Path | None,
    splice: Splice | None = None,
) -> int:
    """Write named graphs (blocks in the order of their IRIs; a graph may come in pieces) as
    N-Quads, TriG or both, in one pass; returns the number of quads. TriG is
    :class:`kg.export.turtle.TrigWriter`, the bytes pyoxigraph writes for those N-Quads.

    ``splice`` gives the graphs that come as :data:`~kg.export.splice.REUSED` (copied from the
    last build's files) and learns where each article's graph is written.
    """
    splice = splice or Splice()
    with contextlib.ExitStack() as stack:
        sinks = {
            fmt: _Sink(stack.enter_context(atomic_open(path, "wb")))
            for fmt, path in (("nquads", nquads), ("trig", trig))
            if path
        }
        writer = _QuadWriter(sinks, stack.enter_context(splice))
        for graph, run in itertools.groupby(blocks, key=lambda block: block[0]):
            pieces = (lines for _, lines in run)
            first = next(pieces)
            if isinstance(first, Reused):
                writer.copy(graph)
            else:
                writer.write(graph, itertools.chain((first,), pieces))
        for sink in sinks.values():
            sink.flush()
    return writer.count


class _QuadWriter:
    """Named graphs into N-Quads and TriG sinks, one graph at a time."""

    def __init__(self, sinks: dict[str, _Sink], splice: Splice) -> None:
        self.quads, self.statements = sinks.get("nquads"), sinks.get("trig")
        self.sinks, self.splice, self.count = sinks, splice, 0
        self.trig = TrigWriter(turtle_prefixes())
        self.before = self.trig.prelude  # TriG's prefixes, before the first graph

    def copy(self, graph: str) -> None:
        """The graph as the last build wrote it."""
        lines = self.splice.old_lines(graph)
        self.splice.copied += 1
        for fmt, sink in self.sinks.items():
            fd, offset, length = self.splice.place(fmt, graph)
            if length and fmt == "trig" and self.before:
                sink.add(self.before)
                self.before = b""
            self.splice.wrote(fmt, graph, sink.total, length, lines)
            sink.copy(fd, offset, length)
        self.count += lines

    def write(self, graph: str, pieces: Iterable[Any]) -> None:
        """The graph from its lines (in pieces: bytes, or lists of lines)."""
        quads, statements = self.quads, self.statements
        start = quads.total if quads is not None else 0
        lines = 0

        def chunks() -> Iterator[list[bytes]]:
            nonlocal lines
            for piece in pieces:
                data = piece if isinstance(piece, bytes) else b"".join(piece)
                lines += data.count(b"\n")
                if quads is not None:
                    quads.add(_in_graph(graph, data))
                if data and statements is not None:
                    yield data.splitlines(keepends=True)

        if statements is None:
            for _ in chunks():
                pass
        else:
            at = statements.total + len(self.before)
            for data in self.trig.graph(graph, chunks(), self.before):
                statements.add(data)
                self.before = b""
            written = max(statements.total - at, 0)
            self.splice.wrote("trig", graph, at if written else statements.total, written, lines)
        if quads is not None:
            self.splice.wrote("nquads", graph, start, quads.total - start, lines)
        self.count += lines


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


def _union(ds: Dataset) -> SortedLines:
    union = SortedLines()
    for _, lines in dataset_blocks(ds):
        union.add(lines)
    return union


def write_union_turtle(union: SortedLines, path: Path) -> None:
    """Write the lines of ``union`` as Turtle (:mod:`kg.export.turtle`)."""
    write_turtle_lines(union.chunks(), path, turtle_prefixes())


def write_turtle(ds: Dataset, path: Path) -> None:
    write_union_turtle(_union(ds), path)


def write_trig(ds: Dataset, path: Path) -> None:
    write_quads(dataset_blocks(ds), None, path)


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
