"""The spool of a streamed build, and every named graph read back from it in order.

While a build extracts, each article's graph (a compressed block of sorted N-Triples), its
metadata lines, and its graph again in two parts for the union's Turtle (:mod:`kg.union_turtle`)
go to three files on disk, indexed by article id. A :class:`Plan` says how to read
them back: the named graphs in the order of their IRIs, with the people's IRIs that the resolution
moved replaced. It is plain data, so a second process can read the spool by it while the build's
own process writes the other files (:func:`write_union` writes Turtle and N-Triples, the union of
all graphs).
"""

from __future__ import annotations

import functools
import hashlib
import itertools
from collections import deque
from collections.abc import Container, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from rdflib.namespace import SKOS

from kg.errors import KGError
from kg.export.rdf import SortedLines, write_lines, write_union_turtle
from kg.export.splice import REUSED, Reused
from kg.packed import unpack
from kg.rdf.iri import Minter, PeopleIris

if TYPE_CHECKING:
    from kg.resolve import Resolution
    from kg.tasks import ArticleDone

#: Lines of the metadata and review graphs handled at once.
CHUNK_LINES = 65536
#: Articles whose blocks are read and decompressed at once, and such batches read ahead.
READ_BATCH = 64
READ_AHEAD = 4
#: Index of an article: block offset and length, metadata offset and length, its people's keys,
#: a digest of its block, a digest of its metadata lines; then where its block is again in two
#: parts for the union's Turtle (:func:`own_key`): their offset, the length of the lines but its
#: own (-1 if the parts were not made), the length of its own Turtle statements, the number of
#: its own lines and of the others.
Index = dict[str, tuple[int, int, int, int, tuple[str, ...], bytes, bytes, int, int, int, int, int]]
#: The parts of an article's block: the whole, the lines but its own, its own statements.
BLOCK, REST, OWN = "block", "rest", "own"


@dataclass
class ArticleGraph:
    """One article's graph as N-Triples: sorted and distinct unless people were replaced."""

    data: bytes
    moved: bool  # people's IRIs replaced: lines may be out of order or repeated

    def lines(self) -> list[bytes]:
        return self.data.splitlines(keepends=True)

    def block(self) -> bytes:
        """Sorted, distinct lines."""
        return b"".join(sorted(set(self.lines()))) if self.moved else self.data


@dataclass
class Rest:
    """An article's lines but its own, as units (:data:`REST`), and its people's IRIs to replace
    (:func:`kg.union_turtle.rest_units`)."""

    article: str
    data: bytes
    replaced: Sequence[tuple[bytes, bytes]]


class Spool:
    """The articles' blocks and metadata lines on disk, by article id."""

    def __init__(self, folder: Path, index: Index | None = None) -> None:
        """A new spool in ``folder``; or, given the ``index`` of one written there, that spool to read."""
        self.folder = folder
        mode = "w+b" if index is None else "rb"
        self.blocks = open(folder / "blocks.bin", mode)  # noqa: SIM115 (closed by close)
        self.meta = open(folder / "meta.bin", mode)  # noqa: SIM115
        self.parts = open(folder / "parts.bin", mode)  # noqa: SIM115
        self.index: Index = {} if index is None else index

    def add(self, done: ArticleDone) -> None:
        if done.id in self.index:
            raise KGError(
                f"two articles have the id {done.id}",
                path=done.source,
                hint="this is a bug in kg's article ids; rename one of the files",
            )
        offset, meta, parts = self.blocks.tell(), self.meta.tell(), self.parts.tell()
        self.blocks.write(done.block)
        self.meta.write(done.meta)
        rest = -1
        if done.own:
            self.parts.write(done.rest)
            self.parts.write(done.own)
            rest = len(done.rest)
        keys = tuple(s.key for s in done.sightings)
        digest = hashlib.blake2b(done.block, digest_size=16).digest()
        meta_digest = hashlib.blake2b(done.meta, digest_size=16).digest()
        self.index[done.id] = (
            *(offset, len(done.block), meta, len(done.meta), keys, digest, meta_digest),
            *(parts, rest, len(done.own), done.own_lines, done.rest_lines),
        )

    def split(self, article: str) -> bool:
        """Whether the article's block is kept in two parts too (:data:`REST`, :data:`OWN`)."""
        return self.index[article][8] >= 0

    def _where(self, article: str, part: str) -> tuple[int, int]:
        entry = self.index[article]
        if part == BLOCK:
            return entry[0], entry[1]
        if part == REST:
            return entry[7], entry[8]
        return entry[7] + entry[8], entry[9]

    def _read(self, fh: IO[bytes], offset: int, length: int) -> bytes:
        fh.seek(offset)
        return fh.read(length)

    def graphs(
        self,
        articles: Sequence[str],
        moved: Mapping[str, Sequence[tuple[bytes, bytes]]],
        iris: PeopleIris,
        split: Container[str] = (),
    ) -> Iterator[ArticleGraph | Rest]:
        """The articles' graphs, in the order given, their people's IRIs replaced as ``moved``
        says (article -> its people's old IRI and new IRI, each as ``<iri>``: :attr:`Plan.moved`)
        by ``iris``; of those in ``split``, the part :data:`REST` as it is.

        Blocks are read and decompressed on a thread, a few articles ahead (LZ4 lets go of the
        GIL), while the caller handles the ones before.
        """
        parts = ((a, REST if a in split else BLOCK) for a in articles)
        for article, data in zip(articles, self.decompressed(parts), strict=True):
            replaced = moved.get(article, ())
            if article in split:
                yield Rest(article, data, replaced)
                continue
            if replaced:
                data, _ = iris.replaced(data, dict(replaced))
            yield ArticleGraph(data, bool(replaced))

    def decompressed(self, parts: Iterable[tuple[str, str]]) -> Iterator[bytes]:
        """The (article, part) given, each read and decompressed, in order, on a thread."""
        self.flush()
        files = {BLOCK: "blocks.bin", REST: "parts.bin", OWN: "parts.bin"}
        with ExitStack() as stack:
            pool = stack.enter_context(ThreadPoolExecutor(1))
            handles = {
                name: stack.enter_context(open(self.folder / name, "rb")) for name in set(files.values())
            }

            def read(batch: list[tuple[str, str]]) -> list[bytes]:  # only ever on the pool's one thread
                return [unpack(self._read(handles[files[p]], *self._where(a, p))) for a, p in batch]

            todo = iter(parts)
            batches = iter(lambda: list(itertools.islice(todo, READ_BATCH)), [])
            ahead = deque(pool.submit(read, batch) for batch in itertools.islice(batches, READ_AHEAD))
            while ahead:
                blocks = ahead.popleft().result()
                if (following := next(batches, None)) is not None:
                    ahead.append(pool.submit(read, following))
                yield from blocks

    def flush(self) -> None:
        """Make what was added readable by another process."""
        for fh in (self.blocks, self.meta, self.parts):
            if fh.writable():
                fh.flush()

    def meta_lines(self, article: str) -> list[bytes]:
        offset, length = self.index[article][2:4]
        return self._read(self.meta, offset, length).splitlines(keepends=True)

    def close(self) -> None:
        self.blocks.close()
        self.meta.close()
        self.parts.close()


@dataclass(frozen=True)
class Plan:
    """Every named graph of a build in the order of its IRI (an article's, then the metadata and
    review graphs), and the people's IRIs to replace (person key -> old IRI, new IRI, as ``<iri>``)."""

    folder: Path
    index: Index
    order: list[tuple[str, str | None]]  # (graph IRI, article id, or None for the other graphs)
    moves: dict[str, tuple[bytes, bytes]]
    candidates: list[tuple[str, str]]  # the review graph's pairs of person keys
    base: str

    @classmethod
    def of(cls, spool: Spool, resolution: Resolution, minter: Minter) -> Plan:
        moves = {
            key: (f"<{minter.person_text(key)}>".encode(), f"<{minter.person_text(new)}>".encode())
            for key, new in resolution.canonical.items()
            if key != new
        }
        order: list[tuple[str, str | None]] = [(str(minter.graph(a)), a) for a in spool.index]
        order.append((str(minter.meta_graph()), None))
        if resolution.candidates:
            order.append((str(minter.candidates_graph()), None))
        return cls(spool.folder, spool.index, sorted(order), moves, resolution.candidates, minter.base)

    @functools.cached_property
    def moved(self) -> dict[str, list[tuple[bytes, bytes]]]:
        """Article -> its people's IRIs that the resolution moved (old, new), for the articles
        that have any."""
        out = {}
        for article, entry in self.index.items():
            if replaced := [self.moves[k] for k in entry[4] if k in self.moves]:
                out[article] = replaced
        return out

    def fingerprints(self) -> dict[str, bytes]:
        """Each article's graph IRI -> a digest of what its lines are made of: its block as
        extracted and the people's IRIs the resolution moved in it."""
        out = {}
        for iri, article in self.order:
            if article is not None:
                entry = self.index[article]
                h = hashlib.blake2b(entry[5], digest_size=16)
                for key in sorted(k for k in entry[4] if k in self.moves):
                    h.update(b"\0".join((b"", *self.moves[key])))
                out[iri] = h.digest()
        return out

    def graphs(
        self, spool: Spool, work: Path, reused: Container[str] = (), split: Container[str] | None = None
    ) -> Iterator[tuple[str, ArticleGraph | Rest | list[bytes] | Reused]]:
        """Every named graph's IRI with its lines (an article's graph, or a chunk of another), in
        order; the articles' graphs named in ``reused`` are not read (:data:`REUSED` instead), of
        the articles in ``split`` only the lines but their own (:meth:`Spool.graphs`), and their
        lines of the metadata graph not at all (they are in their own part)."""
        minter = Minter(self.base)
        articles = [a for _, a in self.order if a is not None]
        meta_graph = str(minter.meta_graph())

        def meta() -> Iterator[bytes]:
            for article in articles:
                if split is None or article not in split:  # else in the article's own part
                    yield from spool.meta_lines(article)

        read = [a for iri, a in self.order if a is not None and iri not in reused]
        article_graphs = spool.graphs(read, self.moved, PeopleIris(minter), split or ())
        for iri, article in self.order:
            if article is not None:
                yield iri, REUSED if iri in reused else next(article_graphs)
                continue
            lines = meta() if iri == meta_graph else iter(candidate_lines(self.candidates, minter, work))
            while chunk := list(itertools.islice(lines, CHUNK_LINES)):
                yield iri, chunk


def add_to_union(union: SortedLines, graph: ArticleGraph | list[bytes]) -> int:
    """Add a graph (or a chunk of one) to the union; returns its number of distinct lines."""
    if isinstance(graph, ArticleGraph):
        lines = graph.lines()
        union.add(lines, len(graph.data))
        return len(set(lines)) if graph.moved else len(lines)
    union.add(graph)
    return len(graph)


def lines_in(graph: ArticleGraph | list[bytes] | Reused) -> int:
    """The number of distinct lines of a graph (or of a chunk of one)."""
    if isinstance(graph, ArticleGraph):
        return len(set(graph.lines())) if graph.moved else graph.data.count(b"\n")
    if isinstance(graph, Reused):
        raise TypeError("a reused graph has no lines here")
    return len(graph)


def write_union_files(union: SortedLines, targets: Mapping[str, Path]) -> None:
    """Write the union as N-Triples and Turtle (``targets``: format -> path), then remove its runs."""
    try:
        if "ntriples" in targets:
            write_lines(union, targets["ntriples"])
        if "turtle" in targets:
            write_union_turtle(union, targets["turtle"])
    finally:
        union.close()


def write_union(plan: Plan, targets: Mapping[str, Path], work: Path, spool: Spool | None = None) -> int:
    """Write the union of the plan's graphs as ``targets`` (N-Triples, Turtle); returns the number
    of quads. Reads ``spool``, or (in another process) the spool the plan was made from."""
    reader = spool or Spool(plan.folder, plan.index)
    union = SortedLines(work)
    try:
        if set(targets) == {"turtle"}:
            from kg.union_turtle import write_turtle

            count = write_turtle(plan, reader, union, targets["turtle"], work)
        else:
            count = sum(add_to_union(union, graph) for _, graph in plan.graphs(reader, work))
            write_union_files(union, targets)
    finally:
        union.close()
        if spool is None:
            reader.close()
    return count


def candidate_lines(candidates: Sequence[tuple[str, str]], minter: Minter, work: Path) -> SortedLines:
    """The review graph's lines (``a skos:closeMatch b``), sorted on disk: there can be millions."""
    lines = SortedLines(work)
    match = f" <{SKOS.closeMatch}> ".encode()
    batch: list[bytes] = []
    for a, b in candidates:
        batch.append(
            b"<%s>%s<%s> .\n" % (minter.person_text(a).encode(), match, minter.person_text(b).encode())
        )
        if len(batch) >= CHUNK_LINES:
            lines.add(batch)
            batch = []
    lines.add(batch)
    return lines
