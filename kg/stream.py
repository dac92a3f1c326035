"""``kg build``: the build streamed to files, in memory that does not grow with the archive.

Each article's graph arrives as a compressed block of sorted N-Triples (made where it was
extracted, with its people as read) and goes to a spool file on disk; the report's entries go to
another. Only the people's sightings stay in memory, for the resolution. Then the graphs are
read back in the order of their IRIs (decompressed on a second thread), their people's IRIs
replaced by the resolved ones, and written: N-Quads and TriG (:mod:`kg.export.turtle`) in one
pass over the graphs, N-Triples and Turtle from the union of all graphs, sorted in
memory or merged from sorted runs (:class:`kg.export.rdf.SortedLines`). The files are byte for
byte what :func:`kg.build.build` followed by :func:`kg.build.write_outputs` writes for the same
inputs.
"""

from __future__ import annotations

import itertools
import logging
import os
import re
import shutil
import sys
import tempfile
import zlib
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from rdflib.namespace import SKOS

from kg.build import Options, Progress, extract_inputs
from kg.cache import Cache
from kg.errors import KGError
from kg.export.atomic import _alive
from kg.export.rdf import SortedLines, read_nquads, write_lines, write_quads, write_union_turtle
from kg.ingest import MAX_ARTICLE_CHARS
from kg.parallel import Engine, engine_for
from kg.rdf.iri import DEFAULT_BASE, Minter
from kg.report import report_json, review, summary_and_limits
from kg.resolve import Resolution, Sighting, resolve_sightings
from kg.tasks import ArticleDone

log = logging.getLogger(__name__)

#: Lines of the metadata and review graphs handled at once.
CHUNK_LINES = 65536
#: Articles whose blocks are read and decompressed at once, and such batches read ahead.
READ_BATCH = 8
READ_AHEAD = 4
#: Problems (errors and warnings) kept for the command line to show; all are in report.json.
PROBLEMS_KEPT = 100
_QUAD_READERS = ("html", "jsonld", "graphml")


@dataclass
class StreamResult:
    report: dict[str, Any]  # summary, limits and people (the inputs are in report.json)
    failed: int
    problems: list[tuple[str, str]] = field(default_factory=list)  # (kind, message), the first ones
    problem_count: int = 0
    outputs: list[str] = field(default_factory=list)


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


class Spool:
    """The articles' blocks and metadata lines on disk, by article id."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.blocks = open(folder / "blocks.bin", "w+b")  # noqa: SIM115 (closed by close)
        self.meta = open(folder / "meta.bin", "w+b")  # noqa: SIM115
        self.index: dict[str, tuple[int, int, int, int, tuple[str, ...]]] = {}

    def add(self, done: ArticleDone) -> None:
        if done.id in self.index:
            raise KGError(
                f"two articles have the id {done.id}",
                path=done.source,
                hint="this is a bug in kg's article ids; rename one of the files",
            )
        offset, meta = self.blocks.tell(), self.meta.tell()
        self.blocks.write(done.block)
        self.meta.write(done.meta)
        keys = tuple(s.key for s in done.sightings)
        self.index[done.id] = (offset, len(done.block), meta, len(done.meta), keys)

    def _read(self, fh: IO[bytes], offset: int, length: int) -> bytes:
        fh.seek(offset)
        return fh.read(length)

    def graphs(
        self, articles: Sequence[str], moves: dict[str, tuple[bytes, bytes]]
    ) -> Iterator[ArticleGraph]:
        """The articles' graphs, in the order given, their people's IRIs replaced by ``moves``
        (person key -> old IRI, new IRI, each as ``<iri>``).

        Blocks are read and decompressed on a thread, a few articles ahead (zlib lets go of the
        GIL), while the caller handles the ones before.
        """
        self.blocks.flush()
        with open(self.folder / "blocks.bin", "rb") as fh, ThreadPoolExecutor(1) as pool:

            def read(batch: list[str]) -> list[bytes]:  # only ever on the pool's one thread: fh is its own
                return [zlib.decompress(self._read(fh, *self.index[a][:2])) for a in batch]

            todo = iter(articles)
            batches = iter(lambda: list(itertools.islice(todo, READ_BATCH)), [])
            ahead = deque(pool.submit(read, batch) for batch in itertools.islice(batches, READ_AHEAD))
            names = iter(articles)
            while ahead:
                blocks = ahead.popleft().result()
                if (following := next(batches, None)) is not None:
                    ahead.append(pool.submit(read, following))
                for article, data in zip(itertools.islice(names, len(blocks)), blocks, strict=True):
                    moved = [moves[k] for k in self.index[article][4] if k in moves]
                    for old, new in moved:
                        data = data.replace(old, new)
                    yield ArticleGraph(data, bool(moved))

    def meta_lines(self, article: str) -> list[bytes]:
        _, _, offset, length, _ = self.index[article]
        return self._read(self.meta, offset, length).splitlines(keepends=True)

    def close(self) -> None:
        self.blocks.close()
        self.meta.close()


class _Entries:
    """report.json's ``inputs``, written as they come, indented as ``json.dumps`` would."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "inputs.json"
        self.fh = open(self.path, "w", encoding="utf-8")  # noqa: SIM115 (closed by report)
        self.count = 0

    def add(self, text: str) -> None:
        self.fh.write((",\n" if self.count else "") + text)
        self.count += 1

    def report(self, rest: dict[str, Any], path: Path) -> None:
        """Write the whole report: the entries, then ``rest`` (the other top-level keys)."""
        from kg.export.atomic import atomic_open

        self.fh.close()
        whole = report_json({"inputs": [], **rest})
        opening = '{\n  "inputs": []'
        with atomic_open(path, "w") as out:
            if not self.count:
                out.write(whole)
                return
            out.write('{\n  "inputs": [\n')
            with open(self.path, encoding="utf-8") as fh:
                shutil.copyfileobj(fh, out)
            out.write("\n  ]" + whole[len(opening) :])


def _graphs(spool: Spool, resolution: Resolution, minter: Minter) -> list[tuple[str, str | None]]:
    """Every named graph's IRI with its article (None for the metadata and review graphs), in order."""
    graphs: list[tuple[str, str | None]] = [(str(minter.graph(a)), a) for a in spool.index]
    graphs.append((str(minter.meta_graph()), None))
    if resolution.candidates:
        graphs.append((str(minter.candidates_graph()), None))
    return sorted(graphs)


def write_graph(
    spool: Spool,
    resolution: Resolution,
    minter: Minter,
    outdir: Path,
    formats: Sequence[str],
    stage: Any,
    work: Path,
) -> tuple[int, list[Path]]:
    """Write the graph files of ``formats``; returns the number of quads and the files."""
    from kg import export

    moves = {
        key: (f"<{minter.person(key)}>".encode(), f"<{minter.person(new)}>".encode())
        for key, new in resolution.canonical.items()
        if key != new
    }
    order = _graphs(spool, resolution, minter)
    articles = [a for _, a in order if a is not None]
    target = {name: outdir / export.filename(name) for name in formats}
    union = SortedLines(work) if {"turtle", "ntriples"} & set(target) else None
    meta_graph = str(minter.meta_graph())

    def meta() -> Iterator[bytes]:
        for article in articles:
            yield from spool.meta_lines(article)

    def graphs() -> Iterator[tuple[str, ArticleGraph | list[bytes]]]:
        """Every named graph's IRI with its lines (an article's graph, or a chunk of another), in order."""
        article_graphs = spool.graphs(articles, moves)
        for iri, article in order:
            if article is not None:
                yield iri, next(article_graphs)
                continue
            lines = meta() if iri == meta_graph else iter(_candidates(resolution, minter, work))
            while chunk := list(itertools.islice(lines, CHUNK_LINES)):
                yield iri, chunk

    def blocks() -> Iterator[tuple[str, bytes | list[bytes]]]:
        """Every named graph's sorted, distinct lines, added to the union on the way."""
        for iri, graph in graphs():
            if isinstance(graph, ArticleGraph):
                block = graph.block()
                if union is not None:
                    union.add(block.splitlines(keepends=True), len(block))
                yield iri, block
            else:
                if union is not None:
                    union.add(graph)
                yield iri, graph

    readers = any(name in target for name in _QUAD_READERS)
    nquads = stage(target["nquads"]) if "nquads" in target else work / "all.nq"
    if {"nquads", "trig"} & set(target) or readers:
        trig = stage(target["trig"]) if "trig" in target else None
        count = write_quads(blocks(), nquads if "nquads" in target or readers else None, trig)
    else:  # Turtle or N-Triples only: the graphs just feed the union, which sorts them anyway
        count = 0
        for _, graph in graphs():
            if isinstance(graph, ArticleGraph):
                lines, size = graph.lines(), len(graph.data)
                count += len(set(lines)) if graph.moved else len(lines)
            else:
                lines, size = graph, None
                count += len(lines)
            if union is not None:
                union.add(lines, size)
    if union is not None:
        if "ntriples" in target:
            write_lines(union, stage(target["ntriples"]))
        if "turtle" in target:
            write_union_turtle(union, stage(target["turtle"]))
        union.close()
    if readers:
        dataset = read_nquads(nquads)
        for name in _QUAD_READERS:
            if name in target:
                export.get(name)(dataset, stage(target[name]))
    return count, list(target.values())


_NO_EVIDENCE: frozenset[str] = frozenset()


def _compact(sightings: Iterable[Sighting]) -> Iterator[Sighting]:
    """Sightings sharing their names, article ids and evidence strings (millions stay in memory)."""
    for s in sightings:
        evidence = frozenset(sys.intern(e) for e in s.evidence) if s.evidence else _NO_EVIDENCE
        yield Sighting(s.key, sys.intern(s.name), sys.intern(s.article), evidence)


def _candidates(resolution: Resolution, minter: Minter, work: Path) -> SortedLines:
    """The review graph's lines (``a skos:closeMatch b``), sorted on disk: there can be millions."""
    lines = SortedLines(work)
    match = f" <{SKOS.closeMatch}> ".encode()
    batch: list[bytes] = []
    for a, b in resolution.candidates:
        batch.append(
            b"<%s>%s<%s> .\n" % (str(minter.person(a)).encode(), match, str(minter.person(b)).encode())
        )
        if len(batch) >= CHUNK_LINES:
            lines.add(batch)
            batch = []
    lines.add(batch)
    return lines


def _remove_stale_work(folder: Path) -> None:
    """Remove the spools of builds that were killed outright (SIGKILL cannot clean up)."""
    for path in folder.glob("kg-build-*-*"):
        m = re.fullmatch(r"kg-build-([0-9]+)-.*", path.name)
        if m and path.is_dir() and int(m[1]) != os.getpid() and not _alive(int(m[1])):
            shutil.rmtree(path, ignore_errors=True)
            log.info("removed %s, left by a killed build", path)


def build_to(
    paths: Sequence[str | Path],
    outdir: Path,
    formats: Sequence[str],
    *,
    base: str = DEFAULT_BASE,
    encoding: str | None = None,
    max_article_chars: int = MAX_ARTICLE_CHARS,
    jobs: int | None = None,
    cache: Cache | None = None,
    engine: Engine | None = None,
    progress: Progress | None = None,
    work: Path | None = None,
) -> StreamResult:
    """Build the graph of ``paths`` into ``outdir`` (the outputs of ``formats`` and report.json).

    Outputs are written all or none (as :func:`kg.build.write_outputs`); when no article could
    be read nothing is written. ``work`` is where the spool goes (default: the system's
    temporary folder; allow about the size of the N-Quads output).
    """
    options = Options(base, encoding, max_article_chars)
    result = StreamResult({}, 0)
    _remove_stale_work(Path(work or tempfile.gettempdir()))
    with tempfile.TemporaryDirectory(prefix=f"kg-build-{os.getpid()}-", dir=work) as tmp:
        folder = Path(tmp)
        spool, entries = Spool(folder), _Entries(folder)
        try:
            written = _run(
                paths, outdir, formats, options, engine, jobs, cache, progress, spool, entries, result
            )
        finally:
            spool.close()
            entries.fh.close()
    result.outputs = [str(p) for p in written]
    return result


def _run(
    paths: Sequence[str | Path],
    outdir: Path,
    formats: Sequence[str],
    options: Options,
    engine: Engine | None,
    jobs: int | None,
    cache: Cache | None,
    progress: Progress | None,
    spool: Spool,
    entries: _Entries,
    result: StreamResult,
) -> list[Path]:
    from kg.export.atomic import remove_stale, staged

    minter = Minter(options.base)
    statuses: Counter[str] = Counter()
    people: list[Sighting] = []
    with engine_for(engine, jobs) as running:
        for done in extract_inputs(paths, options, running, cache, progress):
            entries.add(done.text)
            statuses[done.report["status"]] += 1
            for kind in ("error", "warning"):
                for message in done.report[kind + "s"]:
                    if len(result.problems) < PROBLEMS_KEPT:
                        result.problems.append((kind, message))
                    result.problem_count += 1
            for article in done.articles:
                if article.error is None:
                    spool.add(article)
                    people.extend(_compact(article.sightings))
    resolution = resolve_sightings(people)
    result.report = {"people": review(resolution, people, minter)}
    del people
    result.failed = statuses["error"]
    inputs = [{"status": s} for s in statuses.elements()]
    articles = len(spool.index)
    if not articles:
        result.report.update(summary_and_limits(inputs, 0, 0, options.max_article_chars))
        return []
    outdir.mkdir(parents=True, exist_ok=True)
    remove_stale(outdir)
    log.info("%d articles extracted; writing %s", articles, ", ".join(formats))
    with staged() as stage:
        count, written = write_graph(spool, resolution, minter, outdir, formats, stage, spool.folder)
        result.report.update(summary_and_limits(inputs, articles, count, options.max_article_chars))
        report = outdir / "report.json"
        entries.report(result.report, stage(report))
        written.append(report)
    return written
