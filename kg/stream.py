"""``kg build``: the build streamed to files, in memory that does not grow with the archive.

Each article's graph arrives as a compressed block of sorted N-Triples (made where it was
extracted, with its people as read) and goes to a spool on disk (:mod:`kg.spool`); the report's
entries go to another file. Only the people's sightings stay in memory, for the resolution. Then
the graphs are read back in the order of their IRIs (decompressed on a second thread), their
people's IRIs replaced by the resolved ones, and written: N-Quads and TriG
(:mod:`kg.export.turtle`) in one pass over the graphs, N-Triples and Turtle from the union of all
graphs, sorted in memory or merged from sorted runs (:class:`kg.export.rdf.SortedLines`); on more
than one core a big build writes the union in a second process at the same time. The articles'
graphs that did not change since the last build into the same folder are copied from its N-Quads
and TriG files (:mod:`kg.export.splice`), and the statements of graph.ttl whose subjects' lines
did not change from its graph.ttl (:mod:`kg.union_splice`). The files are
byte for byte what :func:`kg.build.build` followed by :func:`kg.build.write_outputs` writes for
the same inputs.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg import manifest, union_splice
from kg.build import Options, Progress, extract_inputs, input_keys
from kg.cache import Cache, fingerprint
from kg.export.atomic import _alive
from kg.export.rdf import SortedLines, read_nquads, write_quads
from kg.export.splice import REUSED, Reused, Splice
from kg.ingest import MAX_ARTICLE_CHARS
from kg.parallel import Engine, default_jobs, local_engine, result_of, second_process, start_method
from kg.rdf.iri import DEFAULT_BASE, Minter
from kg.report import report_json, review, summary_and_limits
from kg.resolve import Resolution, Sighting, resolve_sightings
from kg.spool import ArticleGraph, Plan, Spool, lines_in, write_union, write_union_files

log = logging.getLogger(__name__)

#: From this many articles, a build on more than one core writes the union of all graphs (Turtle,
#: N-Triples) in a second process while it writes the named graphs (TriG, N-Quads): below it,
#: starting that process costs more than it saves. A forked process (:func:`kg.parallel.start_method`)
#: starts in a hundredth of a second instead of a few tenths, so it pays from far fewer.
PARALLEL_UNION = 2000
PARALLEL_UNION_FORKED = 200
#: From this many articles the union's writer is spawned, never forked: a forked writer copies
#: every page of this process's heap that it writes into (its free blocks among them), so that
#: at 100,000 articles it came to about 990 MB beside this process's 690 MB; a spawned one holds
#: only its own work, and its start (a few tenths of a second) is nothing beside the write.
SPAWN_UNION = 20000
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
    up_to_date: bool = False  # nothing changed since the last build into the folder: nothing written
    copied: int = 0  # articles' graphs copied from the last build's N-Quads and TriG (kg.export.splice)
    written: dict[str, os.stat_result] = field(default_factory=dict)  # output -> the file this build wrote

    def count(self, entry: dict[str, Any]) -> None:
        """Count an input's report entry: its status, and its errors and warnings."""
        self.failed += entry["status"] == "error"
        for kind in ("error", "warning"):
            for message in entry[kind + "s"]:
                if len(self.problems) < PROBLEMS_KEPT:
                    self.problems.append((kind, message))
                self.problem_count += 1


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


def write_graph(
    spool: Spool,
    resolution: Resolution,
    minter: Minter,
    outdir: Path,
    formats: Sequence[str],
    stage: Any,
    work: Path,
    parallel: bool = False,
    splice: Splice | None = None,
) -> tuple[int, list[Path]]:
    """Write the graph files of ``formats``; returns the number of quads and the files.

    ``parallel``: the union (Turtle, N-Triples) is written by a second process, reading the spool
    itself, while this one writes the named graphs (TriG, N-Quads) and the outputs read from them.
    ``splice``: the articles' graphs unchanged since the last build are copied from its N-Quads
    and TriG files (:mod:`kg.export.splice`); it learns where this build writes them.
    """
    from kg import export

    plan = Plan.of(spool, resolution, minter)
    target = {name: outdir / export.filename(name) for name in formats}
    splice = splice or Splice()
    splice.targets = target
    unions = {name: stage(target[name]) for name in ("ntriples", "turtle") if name in target}
    if "turtle" in unions and union_splice.write_spliced(plan, spool, splice, unions["turtle"], work):
        del unions["turtle"]  # written again by subject from the last build's
    keep = (
        union_splice.Keep(splice.index_path, splice.code)
        if "turtle" in unions and splice.index_path
        else None
    )
    readers = any(name in target for name in _QUAD_READERS)
    nquads = stage(target["nquads"]) if "nquads" in target else work / "all.nq"
    if not ({"nquads", "trig"} & set(target) or readers):
        if unions:
            count = write_union(plan, unions, work, spool)  # Turtle or N-Triples only
            if keep:
                splice.turtle_index = keep.index(plan, unions["turtle"], work, spool)
        else:
            count = sum(map(lines_in, (graph for _, graph in plan.graphs(spool, work))))
    else:
        trig = stage(target["trig"]) if "trig" in target else None
        named = nquads if "nquads" in target or readers else None
        written = {name for name, path in (("nquads", named), ("trig", trig)) if path is not None}
        reused = splice.reusable(plan.fingerprints(), written)
        if reused:
            log.info(
                "%d of %d articles' graphs copied from the last build's files", len(reused), len(spool.index)
            )
        if unions and parallel:
            log.info("writing %s in a second process", " and ".join(unions))
            spool.flush()
            with second_process(spawn=len(plan.index) >= SPAWN_UNION) as pool:
                union_written = pool.submit(union_splice.write_union_kept, plan, unions, work, keep)
                count = write_quads(_blocks(plan.graphs(spool, work, reused), None), named, trig, splice)
                _, digest = result_of(union_written, "writing " + " and ".join(unions))
            splice.turtle_index = digest or splice.turtle_index
        else:
            union = SortedLines(work) if unions else None
            graphs = plan.graphs(spool, work, () if union is not None else reused)
            count = write_quads(_blocks(graphs, union, reused), named, trig, splice)
            if union is not None:
                write_union_files(union, unions)
                if keep:
                    splice.turtle_index = keep.index(plan, unions["turtle"], work, spool)
    if readers:
        dataset = read_nquads(nquads)
        for name in _QUAD_READERS:
            if name in target:
                export.get(name)(dataset, stage(target[name]))
    return count, list(target.values())


def _blocks(
    graphs: Iterable[tuple[str, ArticleGraph | list[bytes] | Reused]],
    union: SortedLines | None,
    reused: Container[str] = (),
) -> Iterator[tuple[str, bytes | list[bytes] | Reused]]:
    """Every named graph's sorted, distinct lines, added to ``union`` on the way; those in
    ``reused`` (copied from the last build's files) as :data:`REUSED`."""
    for iri, graph in graphs:
        if isinstance(graph, Reused):
            yield iri, graph
        elif isinstance(graph, ArticleGraph):
            block = graph.block()
            if union is not None:
                union.add(block.splitlines(keepends=True), len(block))
            yield iri, REUSED if iri in reused else block
        else:
            if union is not None:
                union.add(graph)
            yield iri, graph


_NO_EVIDENCE: frozenset[str] = frozenset()


def _compact(sightings: Iterable[Sighting]) -> Iterator[Sighting]:
    """Sightings sharing their names, article ids and evidence strings (millions stay in memory)."""
    for s in sightings:
        evidence = frozenset(sys.intern(e) for e in s.evidence) if s.evidence else _NO_EVIDENCE
        yield Sighting(s.key, sys.intern(s.name), sys.intern(s.article), evidence)


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
    running = engine if engine is not None else local_engine(jobs)
    try:
        return _build(paths, outdir, formats, options, running, engine is None, jobs, cache, progress, work)
    except BaseException:
        if engine is None:
            running.close(abort=True)
        raise
    finally:
        if engine is None:
            running.close()


def _build(
    paths: Sequence[str | Path],
    outdir: Path,
    formats: Sequence[str],
    options: Options,
    running: Engine,
    own: bool,
    jobs: int | None,
    cache: Cache | None,
    progress: Progress | None,
    work: Path | None,
) -> StreamResult:
    """:func:`build_to` with its engine; ``own``: the engine is this build's (closed once the
    articles are extracted)."""
    keys = None
    if cache is not None and manifest.recorded(cache, outdir):
        running.expect(1)  # a rebuild: a worker loads the grammar while the inputs are hashed
        keys = input_keys(paths, options, cache, outdir)
        build = manifest.digest(list(keys.values()), formats, options.base) if keys is not None else None
        outputs = manifest.up_to_date(cache, outdir, build) if build is not None else None
        unchanged = _unchanged(outputs) if outputs is not None else None
        if unchanged is not None:
            log.info("nothing changed since the last build into %s; its files are left as they are", outdir)
            return unchanged  # the worker forked in case is stopped at once (Pool.close)
    result = StreamResult({}, 0)
    read: list[str | None] = []
    splice = (
        Splice(
            manifest.graphs(cache, outdir),
            fingerprint(),
            options.base,
            index_path=manifest.turtle_index_path(cache, outdir),
        )
        if cache is not None
        else Splice()
    )
    _remove_stale_work(Path(work or tempfile.gettempdir()))
    with tempfile.TemporaryDirectory(prefix=f"kg-build-{os.getpid()}-", dir=work) as tmp:
        folder = Path(tmp)
        spool, entries = Spool(folder), _Entries(folder)
        try:
            written = _run(
                paths,
                outdir,
                formats,
                options,
                running,
                jobs,
                cache,
                progress,
                spool,
                entries,
                result,
                read,
                splice,
                keys,
                own,
            )
        finally:
            spool.close()
            entries.fh.close()
    result.outputs = [str(p) for p in written]
    result.copied = splice.copied
    if cache is not None and written and None not in read:
        build = manifest.digest(read, formats, options.base)  # type: ignore[arg-type]
        manifest.record(cache, outdir, build, result.outputs, splice.record(), result.written)
    return result


def _unchanged(outputs: list[str]) -> StreamResult | None:
    """The result of the last build, which wrote ``outputs`` (read back from its report.json)."""
    reports = [p for p in outputs if Path(p).name == "report.json"]
    try:
        report = json.loads(Path(reports[0]).read_text(encoding="utf-8"))
        result = StreamResult({k: v for k, v in report.items() if k != "inputs"}, 0, outputs=outputs)
        for entry in report["inputs"]:
            result.count(entry)
    except (IndexError, OSError, ValueError, KeyError, TypeError):
        return None
    result.up_to_date = True
    return result


def _run(
    paths: Sequence[str | Path],
    outdir: Path,
    formats: Sequence[str],
    options: Options,
    running: Engine,
    jobs: int | None,
    cache: Cache | None,
    progress: Progress | None,
    spool: Spool,
    entries: _Entries,
    result: StreamResult,
    read: list[str | None],
    splice: Splice | None = None,
    keys: dict[Path, str] | None = None,
    own: bool = False,
) -> list[Path]:
    """Extract with ``running`` (closed after, if it is this build's own: its workers are gone
    while the graph is written), resolve and write; ``read`` gets each input's cache key."""
    from kg.export.atomic import remove_stale, staged

    minter = Minter(options.base)
    statuses: Counter[str] = Counter()
    people: list[Sighting] = []
    for done in extract_inputs(paths, options, running, cache, progress, keys, outdir):
        entries.add(done.text)
        statuses[done.report["status"]] += 1
        result.count(done.report)
        read.append(done.key)
        for article in done.articles:
            if article.error is None:
                spool.add(article)
                people.extend(_compact(article.sightings))
    if own:
        running.close()
    resolution = resolve_sightings(people)
    result.report = {"people": review(resolution, people, minter)}
    del people
    inputs = [{"status": s} for s in statuses.elements()]
    articles = len(spool.index)
    if not articles:
        result.report.update(summary_and_limits(inputs, 0, 0, options.max_article_chars))
        return []
    outdir.mkdir(parents=True, exist_ok=True)
    remove_stale(outdir)
    log.info("%d articles extracted; writing %s", articles, ", ".join(formats))
    with staged() as stage:
        least = PARALLEL_UNION_FORKED if start_method() == "fork" else PARALLEL_UNION
        parallel = (jobs or default_jobs()) > 1 and articles >= least
        count, written = write_graph(
            spool, resolution, minter, outdir, formats, stage, spool.folder, parallel, splice
        )
        result.report.update(summary_and_limits(inputs, articles, count, options.max_article_chars))
        report = outdir / "report.json"
        entries.report(result.report, stage(report))
        written.append(report)
    result.written = {str(path): status for path, status in stage.written.items()}
    return written
