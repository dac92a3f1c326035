"""The build: input paths -> documents -> per-article extractions -> one graph and a report.

1. **Plan.** The input files and the ids of their articles. Ids are ASCII slugs of the file
   names; when two files could give the same id (one name in two folders, ``x.txt`` and
   ``x-2.txt``) both get a short hash of their path, so ids depend on the set of inputs, never
   on their order.
2. **Extract.** Each article independently (:mod:`kg.tasks`), in this process, in worker
   processes (``jobs``) or on a Dask cluster (:mod:`kg.distributed`); an input whose bytes,
   options and code are unchanged comes from the cache (:mod:`kg.cache`).
3. **Resolve** people across articles (:mod:`kg.resolve`), from their sightings alone.
4. **Graph**: in memory (:func:`build`, an rdflib ``Dataset``, for notebooks and small jobs) or
   streamed to files (:func:`kg.stream.build_to`, what ``kg build`` does).

One bad file or article is an error in the report; the rest of the build goes on.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from rdflib import Dataset

from kg.cache import Cache, Entry
from kg.errors import KGError
from kg.ingest import (
    MAX_ARTICLE_CHARS,
    Input,
    NothingToRead,
    display_path,
    iter_inputs,
    read_input,
)
from kg.ingest.clean import clean_text
from kg.ingest.split import slug
from kg.model import Article, Extraction
from kg.parallel import BATCH_ARTICLES, BATCH_CHARS, Engine, InProcess
from kg.rdf.graph import build_dataset
from kg.rdf.iri import DEFAULT_BASE, Minter, digest
from kg.report import entry_json, report_json, review, summary_and_limits
from kg.resolve import Sighting, resolve_sightings
from kg.tasks import ArticleDone, counts, extract_article

__all__ = ["BuildResult", "Options", "build", "counts", "extract_article", "write_outputs"]

log = logging.getLogger(__name__)

#: ``progress(files_done, files_total, articles_done)``, called as each input is finished.
Progress = Callable[[int, int, int], None]


@dataclass
class BuildResult:
    dataset: Dataset
    extractions: list[Extraction]
    report: dict[str, Any]
    failed: int = 0  # inputs with errors
    outputs: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Options:
    """What changes the articles read from an input and the IRIs of their graphs."""

    base: str = DEFAULT_BASE
    encoding: str | None = None
    max_article_chars: int = MAX_ARTICLE_CHARS


@dataclass
class InputDone:
    """One input, finished: its report entry and what each of its articles gave."""

    report: dict[str, Any]
    articles: list[ArticleDone]
    cached_text: str = ""
    key: str | None = None  # its cache key (None without a cache, or if it could not be read)

    @property
    def text(self) -> str:
        """The report entry as report.json holds it."""
        return self.cached_text or entry_json(self.report)


def _entry(path: str) -> dict[str, Any]:
    return {"path": path, "status": "ok", "reason": None, "warnings": [], "errors": []}


def _close(entry: dict[str, Any]) -> None:
    """Set the status and the one-line reason of an input's report entry."""
    if entry["errors"]:
        entry["status"], entry["reason"] = "error", entry["errors"][0]
    elif entry["warnings"]:
        entry["status"], entry["reason"] = "warning", entry["warnings"][0]


def _expand(
    paths: Sequence[str | Path], inputs: list[dict[str, Any]], skip: Path | None = None
) -> list[Path]:
    """The input files; a given path that is missing or unreadable is an error entry.

    Files found in folders under ``skip`` (the output folder, when it is inside an input folder)
    are left out: a build does not read what an earlier one wrote (report.json, graph.html).
    """
    files: list[Path] = []
    inside = skip.resolve() if skip is not None else None
    for given in paths:
        try:
            found = iter_inputs([given])
            if inside is not None and Path(given).is_dir():
                folder = Path(given).resolve()
                found = [f for f in found if not _under(f, inside, folder)]
            files.extend(found)
        except KGError as exc:
            entry = _entry(display_path(given))
            entry["errors"].append(exc.format())
            _close(entry)
            inputs.append(entry)
            log.info("%s", exc.format())
    return files


def _under(path: Path, inside: Path, folder: Path) -> bool:
    """Whether the file ``path``, found in the resolved ``folder``, is in the resolved ``inside``.

    Resolving every file of a large archive costs a system call per part of its path; only a
    folder that holds ``inside`` or a symbolic link (a folder's links are not followed when it
    is listed) can lead there.
    """
    if (folder.is_relative_to(inside) or inside.is_relative_to(folder)) or path.is_symlink():
        return path.resolve().is_relative_to(inside)
    return False


def plan(files: Sequence[Path]) -> list[tuple[Path, str]]:
    """Each distinct input file with the base of its article ids (``x``, ``x-1``, ``x-2``...).

    A base is the file name's slug; when two files could give one id, their bases get 8 hex
    digits of the hash of their path. Depends only on the set of files, not their order.
    """
    unique: dict[str, Path] = {}
    for path in files:
        unique.setdefault(display_path(path), path)
    bases = {shown: slug(path.stem) for shown, path in unique.items()}
    taken = Counter(bases.values())
    clash = {b for b, n in taken.items() if n > 1}
    for b in taken:
        m = re.fullmatch(r"(.+)-[0-9]+", b)
        if m and m[1] in taken:  # x-2.txt against the second article of x.txt
            clash |= {b, m[1]}
    return [
        (path, f"{bases[shown]}-{digest(shown, 8)}" if bases[shown] in clash else bases[shown])
        for shown, path in unique.items()
    ]


def _renamed(article: Article, old: str, new: str) -> Article:
    if old == new:
        return article
    return replace(article, id=new + article.id[len(old) :])


def _read(path: Path, encoding: str | None, max_article_chars: int, entry: dict[str, Any]) -> Input | None:
    """Read one input into ``entry``; ``None`` when nothing of it could be read."""
    try:
        return read_input(path, encoding, max_article_chars=max_article_chars)
    except NothingToRead as exc:
        entry["warnings"].append(exc.format())
        log.info("%s", exc.format())
    except KGError as exc:
        entry["errors"].append(exc.format())
        log.info("%s", exc.format())
    except Exception as exc:  # a bug in a reader: one file fails, the build goes on
        message = clean_text(f"{entry['path']}: internal error while reading ({type(exc).__name__}: {exc})")
        entry["errors"].append(message + "; this is a bug in kg, please report it with the file")
        log.exception("%s", message)
    return None


@dataclass
class _Slot:
    """An input between reading and finishing."""

    entry: dict[str, Any]
    results: list[ArticleDone | None]
    missing: int = 0
    key: str | None = None  # cache key to store the input under once finished
    read: dict[str, Any] | None = None  # what reading added to the entry, for the cache
    text: str = ""  # the finished entry's JSON, when it came from the cache


def _open(
    path: Path, id_base: str, options: Options, cache: Cache | None, known: str | None = None
) -> tuple[_Slot, list[Article]]:
    """The input's slot, from the cache or read; ``known``: its cache key, hashed a moment ago."""
    entry = _entry(display_path(path))
    key = None
    if cache is not None:
        key = known or _key(cache, path, id_base, options)
        hit = cache.get(key) if key is not None else None
        if hit is not None:
            entry.update({k: list(v) if isinstance(v, list) else v for k, v in hit.report.items()})
            return _Slot(entry, list(hit.articles), key=key, text=hit.text), []
        if known is not None:  # a miss: the key of the bytes read now, which are what is stored
            key = _key(cache, path, id_base, options)
    got = _read(path, options.encoding, options.max_article_chars, entry)
    if got is None:
        return _Slot(entry, []), []
    doc = got.document
    read: dict[str, Any] = {
        "encoding": doc.encoding,
        "encoding_from": got.how,
        "errors": [*entry["errors"], *got.errors],
        "warnings": [*entry["warnings"], *got.warnings],
    }
    if got.bad_lines:
        read["failed_lines"] = list(got.bad_lines)
    entry.update({k: list(v) if isinstance(v, list) else v for k, v in read.items()})
    old = slug(path.stem)
    articles = [_renamed(a, old, id_base) for a in doc.articles]
    return _Slot(entry, [None] * len(articles), len(articles), key, read), articles


def _key(cache: Cache, path: Path, id_base: str, options: Options) -> str | None:
    """The cache key of an input file (None if it cannot be read: reading it says what is wrong)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return cache.key(
        data,
        source=display_path(path),
        ids=id_base,
        encoding=options.encoding,
        max_article_chars=options.max_article_chars,
        base=options.base,
    )


def input_keys(
    paths: Sequence[str | Path], options: Options, cache: Cache, skip: Path | None = None
) -> dict[Path, str] | None:
    """Every input's cache key, in the order a build reads them; None if one cannot be read."""
    failed: list[dict[str, Any]] = []
    files = plan(_expand(paths, failed, skip))
    keys = {path: _key(cache, path, id_base, options) for path, id_base in files}
    if failed or None in keys.values():
        return None
    return keys  # type: ignore[return-value]


def _finish(slot: _Slot, cache: Cache | None) -> InputDone:
    entry = slot.entry
    done = [r for r in slot.results if r is not None]
    if "encoding" in entry:
        total: Counter[str] = Counter()
        entry["articles"] = []
        for r in done:
            if r.error is not None:
                entry["errors"].append(r.error)
                continue
            info = r.info or {"counts": {}}
            total.update(info["counts"])
            entry["warnings"].extend(r.warnings)
            entry["articles"].append(info)
        entry["counts"] = dict(sorted(total.items()))
    _close(entry)
    result = InputDone(entry, done, slot.text, slot.key)
    if cache is not None and slot.key is not None and slot.read is not None:
        result.cached_text = entry_json(entry)
        cache.put(slot.key, Entry(slot.read, tuple(done), result.cached_text))
    return result


#: At most this many inputs missing from the cache are extracted before the others are read.
FIRST_MAX = 128


def extract_inputs(
    paths: Sequence[str | Path],
    options: Options,
    engine: Engine | None = None,
    cache: Cache | None = None,
    progress: Progress | None = None,
    keys: Mapping[Path, str] | None = None,
    skip: Path | None = None,
) -> Iterator[InputDone]:
    """Every input of ``paths``, finished, in the order given (missing paths first).

    Articles go to ``engine`` in batches; a bounded number of batches is in flight, so memory
    does not grow with the number of inputs. ``keys``: the inputs' cache keys, if the caller
    has just hashed them (:func:`input_keys`: every input of ``paths``, which are then not
    listed again); ``skip``: a folder whose files are not inputs (the build's output folder).
    """
    engine = engine or InProcess()
    failed: list[dict[str, Any]] = []
    # the keys were hashed from every input of ``paths``, none missing: the folders need no listing again
    files = plan(list(keys)) if keys is not None else plan(_expand(paths, failed, skip))
    for entry in failed:
        yield InputDone(entry, [])
    total, finished, articles_done = len(files), 0, 0
    slots: deque[_Slot] = deque()
    flight: deque[tuple[Any, list[tuple[_Slot, int]]]] = deque()
    batch: list[Article] = []
    owners: list[tuple[_Slot, int]] = []

    def collect() -> None:
        result, owned = flight.popleft()
        for r, (slot, i) in zip(result.result(), owned, strict=True):
            slot.results[i] = r
            slot.missing -= 1

    def ready() -> Iterator[InputDone]:
        nonlocal finished, articles_done
        while slots and slots[0].missing == 0:
            done = _finish(slots.popleft(), cache)
            finished += 1
            articles_done += len(done.articles)
            if progress is not None:
                progress(finished, total, articles_done)
            yield done

    def add(slot: _Slot, articles: list[Article]) -> None:
        nonlocal batch, owners
        for i, article in enumerate(articles):
            batch.append(article)
            owners.append((slot, i))
            if len(batch) >= BATCH_ARTICLES or sum(len(a.text) for a in batch) >= BATCH_CHARS:
                flight.append((engine.submit(batch, options.base), owners))
                batch, owners = [], []
                while len(flight) >= engine.window:
                    collect()

    # a few inputs that the cache does not have are read and sent to the workers first, so that
    # they extract while the others are read from the cache (a rebuild after a few files
    # changed); many are read in order, as their results are held until their turn comes
    first: dict[Path, tuple[_Slot, list[Article]]] = {}
    if keys is not None and cache is not None:
        missing = [(path, id_base) for path, id_base in files if not cache.has(keys[path])]
        log.info("%d input(s) to extract, %d from the cache", len(missing), len(files) - len(missing))
        engine.expect(len(missing))  # the workers may start now (a rebuild after a few changed)
        for path, id_base in missing if len(missing) <= FIRST_MAX else ():
            first[path] = opened = _open(path, id_base, options, cache, keys[path])
            add(*opened)
        if batch:
            flight.append((engine.submit(batch, options.base, final=True), owners))
            batch, owners = [], []
    for path, id_base in files:
        if path in first:
            slot, _ = first.pop(path)
        else:
            slot, articles = _open(path, id_base, options, cache, (keys or {}).get(path))
            add(slot, articles)
        slots.append(slot)
        yield from ready()
    if batch:
        flight.append((engine.submit(batch, options.base, final=True), owners))
    while flight:
        collect()
        yield from ready()
    yield from ready()


def build(
    paths: Sequence[str | Path],
    *,
    base: str = DEFAULT_BASE,
    encoding: str | None = None,
    max_article_chars: int = MAX_ARTICLE_CHARS,
    jobs: int | None = 1,
    cache: Cache | None = None,
    engine: Engine | None = None,
) -> BuildResult:
    """Build the knowledge graph of ``paths`` (files or folders), in memory.

    Returns the dataset (one named graph per article, a metadata graph and, when people of one
    name could not be told apart, a graph of candidates for review), the extractions and the
    build report: every input with its status (``ok``, ``warning``: read, but something was cut
    or ignored or there was nothing to read; ``error``: the file or part of it was not read),
    the reason, the encoding and counts. One bad input never stops the build.
    ``jobs`` > 1 extracts in that many worker processes (``None``: every core); they are
    spawned, so a script that asks for them calls this under ``if __name__ == "__main__":``.
    """
    from kg.parallel import engine_for

    minter = Minter(base)
    options = Options(base, encoding, max_article_chars)
    inputs: list[dict[str, Any]] = []
    extractions: list[Extraction] = []
    people: list[Sighting] = []
    with engine_for(engine, jobs) as running:
        for done in extract_inputs(paths, options, running, cache):
            inputs.append(done.report)
            for article in done.articles:
                if article.error is None:
                    extractions.append(article.load())
                    people.extend(article.sightings)
    resolution = resolve_sightings(people)
    dataset = build_dataset(extractions, minter, resolution)
    triples = sum(1 for _ in dataset.quads((None, None, None, None)))
    report = {"inputs": inputs, "people": review(resolution, people, minter)}
    report.update(summary_and_limits(inputs, len(extractions), triples, max_article_chars))
    failed = report["summary"]["error"]
    return BuildResult(dataset, extractions, report, failed)


def write_outputs(result: BuildResult, outdir: Path, formats: Sequence[str]) -> list[Path]:
    """Write the chosen outputs and report.json into ``outdir``, all or none.

    Each file is first written to a hidden temporary file beside its target; only when every
    one is complete are they renamed over the old outputs. An interrupted build (Ctrl-C, kill)
    therefore leaves the previous outputs as they were; temporary files left by a killed build
    are removed by the next one.
    """
    from kg import export
    from kg.export.atomic import remove_stale, staged, write_text

    outdir.mkdir(parents=True, exist_ok=True)
    remove_stale(outdir)
    written: list[Path] = []
    with staged() as stage:
        for name in formats:
            path = outdir / export.filename(name)
            export.get(name)(result.dataset, stage(path))
            written.append(path)
        report_path = outdir / "report.json"
        write_text(stage(report_path), report_json(result.report))
        written.append(report_path)
    result.outputs = [str(p) for p in written]
    return written
