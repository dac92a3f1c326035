"""graph.ttl written again by subject: a rebuild writes only the statements whose lines changed.

graph.ttl is the union of all named graphs, one statement per subject in the order of the
subjects (:mod:`kg.export.turtle`), and a statement depends on its subject's lines alone. Those
lines come from *sources*: an article (its graph and its entry in the metadata graph) and the
review graph. A build with the cache keeps an index of its graph.ttl in the cache folder, bound
to the build's record (:mod:`kg.manifest`) by its digest: where each subject's statement is in
the file, the one source of each subject, and for a subject of many sources (a place named in
hundreds of articles) each of its lines with the sources that hold it; and a fingerprint of each
source (what its lines are made of: :func:`fingerprints`).

The next build into the same folder, if graph.ttl is still as that build left it, reads the
sources that changed or appeared, and writes again the statements of their subjects and of the
subjects of the sources that went or changed: each from the lines of the changed sources and the
lines the index holds for the unchanged ones (an unchanged source that held a subject alone is
read again, for that subject). The rest of the file is copied from the last one, in the kernel
where it can be. One article of 1,000 edited, a few dozen statements of some 40,000 are written;
the file is byte for byte what a build from scratch writes (tested). With many changes (more
than :data:`MOST_CHANGED` of the sources), or an index that cannot be used, graph.ttl is written
in full, and indexed again.

The index holds every subject of the build, so a build with more than :data:`MOST_SUBJECTS`
subjects keeps none (held in memory it would cost more than a full write saves).
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import itertools
import logging
import mmap
import os
import pickle
import re
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg import keep
from kg.export.atomic import atomic_open
from kg.export.rdf import _Sink, turtle_prefixes
from kg.export.splice import Splice
from kg.export.turtle import _TURTLE, _Writer
from kg.rdf.iri import Minter, PeopleIris
from kg.spool import Plan, Spool, candidate_lines, write_union

log = logging.getLogger(__name__)

#: The key of the review graph among the sources.
REVIEW = "review"
#: Above this share of changed sources, graph.ttl is written in full.
MOST_CHANGED = 0.25
#: A build with more subjects keeps no index of graph.ttl.
MOST_SUBJECTS = 1_000_000
#: A statement starts a line; the lines of its other predicates start with a tab (literals'
#: line breaks are escaped).
_STATEMENT = re.compile(rb"\n(?=[^\t])")
#: The subject of each N-Triples line after the first, found from the line break before it (kg
#: writes no blank nodes); a literal first character lets the engine skip to each line.
_SUBJECT = re.compile(rb"\n(<[^>]*>) ")


@dataclass
class Index:
    """Where each subject's statement is in graph.ttl, and which sources gave it lines."""

    code: str
    base: str
    sources: list[str]  # id -> source key (an article graph's IRI, or REVIEW); "" once gone
    prints: list[bytes]  # id -> the source's fingerprint
    subjects: list[bytes]  # sorted, as N-Triples terms
    bounds: list[int]  # len(subjects) + 1: subject i's statement is bounds[i]:bounds[i + 1]
    owner: list[int]  # subject -> the id of its one source, or -1 if it has many (see shared)
    #: a subject of many sources -> its sources (array "i", as bytes) and, pickled, each of its
    #: lines with the sources that hold it (unpickled only for the subjects written again)
    shared: dict[bytes, tuple[bytes, bytes]]


def fingerprints(plan: Plan) -> dict[str, bytes]:
    """Each source's key -> a digest of what its lines are made of."""
    out = {
        iri: hashlib.blake2b(graph + plan.index[article][6], digest_size=16).digest()
        for (iri, article), graph in zip(
            ((i, a) for i, a in plan.order if a is not None), plan.fingerprints().values(), strict=True
        )
    }
    h = hashlib.blake2b(plan.base.encode(), digest_size=16)
    for a, b in plan.candidates:
        h.update(f"\0{a}\0{b}".encode())
    out[REVIEW] = h.digest()
    return out


def source_lines(
    plan: Plan, spool: Spool, keys: Iterable[str], work: Path
) -> Iterator[tuple[str, list[bytes]]]:
    """The sorted, distinct lines of each source of ``keys`` (in the order of the plan)."""
    for key, chunks in source_chunks(plan, spool, keys, work):
        yield key, sorted({line for chunk in chunks for line in chunk.splitlines(keepends=True)})


def source_chunks(
    plan: Plan, spool: Spool, keys: Iterable[str], work: Path
) -> Iterator[tuple[str, list[bytes]]]:
    """The lines of each source of ``keys`` (in the order of the plan) as a few sorted runs: an
    article's graph and its metadata lines, or the review graph's lines."""
    wanted = set(keys)
    articles = [(iri, a) for iri, a in plan.order if a is not None and iri in wanted]
    spool.flush()
    with open(spool.folder / "meta.bin", "rb") as fh, contextlib.ExitStack() as stack:
        size = os.fstat(fh.fileno()).st_size
        # mapped, not read article by article: no call that lets the reading thread take the GIL
        meta = stack.enter_context(mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)) if size else b""
        graphs = spool.graphs([a for _, a in articles], plan.moved, PeopleIris(Minter(plan.base)))
        for (iri, article), graph in zip(articles, graphs, strict=True):
            offset, length = plan.index[article][2:4]
            yield iri, [graph.block(), meta[offset : offset + length]]
    if REVIEW in wanted:
        yield REVIEW, [b"".join(candidate_lines(plan.candidates, Minter(plan.base), work))]


def subjects_of(lines: list[bytes]) -> Iterator[tuple[bytes, list[bytes]]]:
    """Each subject of sorted lines, with its lines."""
    for subject, run in itertools.groupby(lines, key=lambda line: line[: line.index(b" ")]):
        yield subject, list(run)


def index_of(plan: Plan, spool: Spool, path: Path, work: Path, code: str) -> Index | None:
    """The index of graph.ttl at ``path``, written in full from the plan's graphs; None if the
    build has too many subjects, or the file is not as expected.

    Its statements are found first (one per subject), so that a build with too many subjects
    holds none of them in memory. A subject is held once (the one object of its first sight), its
    owner as one source id, or as a list of them for the few subjects that many sources share."""
    start = len(_Writer(turtle_prefixes()).prelude)
    with open(path, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        bounds = [start]
        if size > start:  # read where the kernel keeps it, not copied into this process
            with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
                for m in _STATEMENT.finditer(data, start, size - 1):
                    bounds.append(m.end())
                    if len(bounds) > MOST_SUBJECTS:
                        return None  # more statements than subjects allowed: no subject read
    bounds.append(size)
    prints = fingerprints(plan)
    sources = sorted(prints)
    ids = {key: i for i, key in enumerate(sources)}
    owner: dict[bytes, int] = {}  # subject -> its first source
    many: dict[bytes, list[int]] = {}  # a subject of several sources -> them all
    for key, chunks in source_chunks(plan, spool, sources, work):
        i = ids[key]
        for subject in _subjects(chunks):
            first = owner.setdefault(subject, i)
            if first != i:
                many.setdefault(subject, [first]).append(i)
        if len(owner) > MOST_SUBJECTS:
            return None
    subjects = sorted(owner)
    shared: dict[bytes, dict[bytes, list[int]]] = {s: defaultdict(list) for s in many}
    for key, chunks in source_chunks(plan, spool, {sources[i] for own in many.values() for i in own}, work):
        i = ids[key]
        mine = [s for s in _subjects(chunks) if s in shared]
        for chunk in chunks:
            lines = chunk.splitlines(keepends=True)
            for subject in mine:
                low = bisect.bisect_left(lines, subject + b" ")
                for line in lines[low : bisect.bisect_left(lines, subject + b"!", low)]:  # "!" follows " "
                    own = shared[subject][line]
                    if not own or own[-1] != i:  # a line in both the graph and the metadata
                        own.append(i)
    if len(bounds) != len(subjects) + 1:
        log.warning(
            "graph.ttl has %d statements for %d subjects; it is not indexed", len(bounds) - 1, len(subjects)
        )
        return None
    return Index(
        code,
        plan.base,
        sources,
        [prints[key] for key in sources],
        subjects,
        bounds,
        [-1 if s in many else owner[s] for s in subjects],
        {s: _shared(many[s], lines) for s, lines in shared.items()},
    )


def _subjects(chunks: list[bytes]) -> list[bytes]:
    """The distinct subjects of a source's lines, in the order first seen."""
    return list(dict.fromkeys(itertools.chain.from_iterable(_SUBJECT.findall(b"\n" + c) for c in chunks)))


def _shared(owners: Iterable[int], lines: dict[bytes, Iterable[int]]) -> tuple[bytes, bytes]:
    """A shared subject's entry in :attr:`Index.shared`."""
    by_line = {line: tuple(sorted(own)) for line, own in lines.items()}
    return array("i", sorted(owners)).tobytes(), pickle.dumps(by_line, protocol=pickle.HIGHEST_PROTOCOL)


def save(index: Index, path: Path) -> str | None:
    """Keep ``index`` at ``path``; returns its digest (for the build's record), or None if it
    cannot be written (the next build writes graph.ttl in full)."""
    packed = (
        index.code,
        index.base,
        index.sources,
        index.prints,
        b"\n".join(index.subjects),
        array("q", index.bounds),
        array("q", index.owner),
        index.shared,
    )
    data = pickle.dumps(packed, protocol=pickle.HIGHEST_PROTOCOL)
    if not keep.write(path, data):
        log.warning("cannot keep the index of graph.ttl in %s; the next build writes it in full", path.parent)
        return None
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def load(path: Path, digest: str, code: str, base: str) -> Index | None:
    """The index kept at ``path`` if it is the one of ``digest``, made by this code for this base."""
    try:
        data = path.read_bytes()
        if hashlib.blake2b(data, digest_size=16).hexdigest() != digest:
            return None
        found, where, sources, prints, subjects, bounds, owner, shared = pickle.loads(data)
        index = Index(
            found,
            where,
            sources,
            prints,
            subjects.split(b"\n") if subjects else [],
            bounds.tolist(),
            owner.tolist(),
            shared,
        )
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
        return None
    return index if index.code == code and index.base == base else None


def rewrite(
    plan: Plan, spool: Spool, index: Index, old: Path, target: Path, work: Path
) -> tuple[Index, int] | None:
    """Write graph.ttl to ``target`` from the last one (``old``, indexed by ``index``), writing
    again only the statements of subjects whose sources changed; returns the new index and the
    number of statements written, or None (nothing written) if too much changed for it to pay."""
    prints = fingerprints(plan)
    ids = {key: i for i, key in enumerate(index.sources) if key}
    changed = {key for key, fp in prints.items() if key not in ids or index.prints[ids[key]] != fp}
    gone = {i for key, i in ids.items() if key not in prints}
    if (
        len(changed) + len(gone) > MOST_CHANGED * max(len(prints), 1)
        or os.path.getsize(old) != index.bounds[-1]
    ):
        return None
    stale = gone | {ids[key] for key in changed if key in ids}
    sources, kept_prints = list(index.sources), list(index.prints)
    for i in gone:
        sources[i], kept_prints[i] = "", b""
    for key in sorted(changed):
        if key in ids:
            kept_prints[ids[key]] = prints[key]
        else:
            ids[key] = len(sources)
            sources.append(key)
            kept_prints.append(prints[key])
    if len(sources) > 2 * len(prints) + 16:
        return None  # too many ids of sources gone: index afresh
    # the subjects to write again: those of the changed sources, as they were and as they are
    fresh: dict[bytes, dict[bytes, set[int]]] = defaultdict(
        lambda: defaultdict(set)
    )  # subject -> line -> sources
    for key, lines in source_lines(plan, spool, changed, work):
        for subject, run in subjects_of(lines):
            for line in run:
                fresh[subject][line].add(ids[key])
    touched = {i for i, own in enumerate(index.owner) if own in stale}
    for subject, (own, _) in index.shared.items():
        if not stale.isdisjoint(array("i", own)):
            touched.add(bisect.bisect_left(index.subjects, subject))
    added = []
    for subject in sorted(fresh):
        i = bisect.bisect_left(index.subjects, subject)
        if i < len(index.subjects) and index.subjects[i] == subject:
            touched.add(i)
        else:
            added.append(subject)
    alone: dict[int, list[bytes]] = defaultdict(list)  # an unchanged source -> its subjects now shared
    for i in touched:  # the lines of the unchanged sources that share them
        subject, owner = index.subjects[i], index.owner[i]
        if owner >= 0 and owner not in stale:
            alone[owner].append(subject)
        if subject in index.shared:
            for line, own in pickle.loads(index.shared[subject][1]).items():
                if kept := set(own) - stale:
                    fresh[subject][line] |= kept
    for key, lines in source_lines(plan, spool, [sources[i] for i in alone], work):
        for subject in alone[ids[key]]:
            low = bisect.bisect_left(lines, subject + b" ")
            for line in lines[low : bisect.bisect_left(lines, subject + b"!", low)]:  # "!" follows " "
                fresh[subject][line].add(ids[key])
    writer = _Writer(turtle_prefixes())
    shared = dict(index.shared)  # the untouched subjects' as they were; the others' as written
    for i in touched:
        shared.pop(index.subjects[i], None)

    def statement(subject: bytes) -> tuple[bytes, tuple[int, ...]]:
        """The subject's statement (nothing if it has no line now) and its sources."""
        lines = fresh.get(subject, {})
        if not lines:
            return b"", ()
        owners = set().union(*lines.values())
        if len(owners) > 1:
            shared[subject] = _shared(owners, lines)
        return b"".join(writer.statements([sorted(lines)], b"", _TURTLE)), tuple(sorted(owners))

    new = Index(index.code, index.base, sources, kept_prints, [], [], [], shared)
    with atomic_open(target, "wb") as fh, open(old, "rb") as source:
        sink = _Sink(fh)
        sink.copy(source.fileno(), 0, index.bounds[0])
        new.bounds.append(index.bounds[0])
        at = copied = 0  # the next subject of the old index; statements copied
        for i in sorted(touched | {bisect.bisect_left(index.subjects, s) for s in added}) + [
            len(index.subjects)
        ]:
            if i > at:  # the statements of index.subjects[at:i], unchanged: copied
                start = index.bounds[at]
                sink.copy(source.fileno(), start, index.bounds[i] - start)
                shift = new.bounds[-1] - start
                new.subjects += index.subjects[at:i]
                new.owner += index.owner[at:i]
                new.bounds += [b + shift for b in index.bounds[at + 1 : i + 1]]
                copied += i - at
                at = i
            while added and (i == len(index.subjects) or added[0] < index.subjects[i]):
                _write(sink, new, added.pop(0), statement)
            if i < len(index.subjects) and i in touched:
                _write(sink, new, index.subjects[i], statement)
                at = i + 1
        sink.flush()
    return new, len(new.subjects) - copied


def _write(
    sink: _Sink, new: Index, subject: bytes, statement: Callable[[bytes], tuple[bytes, tuple[int, ...]]]
) -> None:
    data, owners = statement(subject)
    if data:
        sink.add(data)
        new.subjects.append(subject)
        new.owner.append(owners[0] if len(owners) == 1 else -1)
        new.bounds.append(new.bounds[-1] + len(data))


@dataclass(frozen=True)
class Keep:
    """Index a graph.ttl written in full, and keep the index at ``path`` (made by ``code``)."""

    path: Path
    code: str

    def index(self, plan: Plan, written: Path, work: Path, spool: Spool | None = None) -> str | None:
        """Index ``written`` (made from ``plan``; ``spool`` read, or the one the plan was made
        from) and keep the index; returns its digest, or None if none is kept."""
        reader = spool or Spool(plan.folder, plan.index)
        try:
            index = index_of(plan, reader, written, work, self.code)
        except OSError as exc:
            log.warning("cannot index graph.ttl (%s); the next build writes it in full", exc)
            index = None
        finally:
            if spool is None:
                reader.close()
        if index is None:
            with contextlib.suppress(OSError):
                self.path.unlink(missing_ok=True)
            return None
        return save(index, self.path)


def write_union_kept(
    plan: Plan, targets: dict[str, Path], work: Path, keep: Keep | None
) -> tuple[int, str | None]:
    """:func:`kg.spool.write_union` (in another process), then the index of its graph.ttl; returns
    the number of quads and the index's digest."""
    count = write_union(plan, targets, work)
    return count, keep.index(plan, targets["turtle"], work) if keep and "turtle" in targets else None


def write_spliced(plan: Plan, spool: Spool, splice: Splice, target: Path, work: Path) -> bool:
    """Write graph.ttl to ``target`` by splicing the last build's (:func:`rewrite`), if the last
    build kept its index and it pays; keeps this build's index. False if nothing was written."""
    last = splice.last_turtle()
    if last is None or splice.index_path is None:
        return False
    old, digest = last
    index = load(splice.index_path, digest, splice.code, splice.base)
    if index is None:
        return False
    spool.flush()
    try:
        done = rewrite(plan, spool, index, Path(old), target, work)
    except OSError as exc:  # the last graph.ttl gone or unreadable since it was checked
        log.warning("cannot splice the last graph.ttl (%s); writing it in full", exc)
        return False
    if done is None:
        return False
    new, written = done
    log.info("graph.ttl: %d of %d statements written again, the others copied", written, len(new.subjects))
    splice.turtle_index = save(new, splice.index_path)
    return True
