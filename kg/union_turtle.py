"""The union's Turtle (graph.ttl) written mostly from statements made where each article was read.

A build's Turtle holds the union of all its graphs, a statement per subject, sorted. Writing it
from the N-Triples lines costs a loop of Python for each line. Instead each article is written
twice more where it is read (:func:`turtle_parts`, in the worker):

- its own statements (:func:`own_key`: its text, the mentions in it, its graph's metadata), about
  four lines in five of a build: no other graph has a line about them, so they go into the file
  as they are, where the article's key falls among the other subjects;
- the statement of each other subject as a unit (:mod:`kg.export.turtle_units`): units sort as
  lines do, and a subject whose units from several articles differ, or whose people the
  resolution moved among a predicate's objects, is written again from its lines.

The people's IRIs that the resolution moved are replaced in the Turtle as in the lines; the file
is byte for byte what :func:`kg.export.turtle.turtle_chunks` writes from the sorted lines.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.export.rdf import SortedLines, turtle_prefixes
from kg.export.splice import Reused
from kg.export.turtle import statements_of, write_pieces
from kg.export.turtle_units import again, encoded, union_statements, units_of, with_statements
from kg.rdf.iri import Minter, PeopleIris
from kg.spool import BLOCK, OWN, ArticleGraph, Plan, Rest, Spool


@dataclass
class Units:
    """An article's lines but its own, as units (:func:`kg.export.turtle_units.units_of`), and the
    number of its distinct lines."""

    units: list[bytes]
    count: int


def _marked(data: bytes, starts: Iterable[int]) -> bytes:
    """Units (a line each) with those that start at ``starts`` marked to be written again
    (:func:`kg.export.turtle_units.again`)."""
    out, last = [], 0
    for start in sorted(starts):
        end = data.index(b"\n", start) + 1
        out += [data[last:start], again(data[start:end])]
        last = end
    out.append(data[last:])
    return b"".join(out)


def people_written_whole(minter: Minter, prefixes: Mapping[str, str]) -> bool:
    """Whether Turtle writes people's IRIs in full, as N-Triples does: the resolution's moves are
    replaced in the parts as they are in the lines only then (not where a base IRI of the build
    falls under one of the prefixes)."""
    person = f"<{minter.person_text('')}>"
    return statements_of([f"{person} {person} {person} .\n".encode()], prefixes).count(person.encode()) == 3


def own_key(minter: Minter, article_id: str) -> bytes:
    """What the subjects of an article's own lines start with, as N-Triples: ``<``, the article's
    IRI and ``/``. Its text, the mentions in it and its graph (described in the metadata graph)
    are the only subjects under it, and no other article's graph, nor the review graph, has a
    line about them: so their statements in the union are the article's alone, and can be
    written as Turtle where the article is read (:attr:`kg.tasks.ArticleDone.own`)."""
    return f"<{minter.article(article_id)}/".encode()


def turtle_parts(lines: list[bytes], meta: list[bytes], key: bytes) -> tuple[bytes, bytes, int, int]:
    """An article's graph (its sorted, distinct lines) and its lines of the metadata graph again,
    as the union's Turtle takes them (:func:`write_turtle`): its lines but its own as units
    (:func:`kg.export.turtle_units.units_of`), its own lines (``key``: :func:`own_key`) as Turtle
    statements (:func:`kg.export.turtle_units.encoded`), the number of each."""
    prefixes = turtle_prefixes()
    own, rest = split_own(lines, key)
    own = sorted(own + meta)
    return units_of(rest, prefixes), encoded(statements_of(own, prefixes)), len(own), len(rest)


def split_own(lines: list[bytes], key: bytes) -> tuple[list[bytes], list[bytes]]:
    """Sorted lines as (the lines whose subject starts with ``key``, the others)."""
    start = bisect.bisect_left(lines, key)
    end = bisect.bisect_left(lines, key + b"\xff", start)  # no UTF-8 byte is 0xff
    return lines[start:end], lines[:start] + lines[end:]


def rest_units(spool: Spool, rest: Rest, key: bytes, iris: PeopleIris) -> Units:
    """An article's units (:data:`kg.spool.REST`) with its people's IRIs replaced.

    Replacing an IRI in a statement gives what writing its replaced lines gives, unless the
    IRI is one of a predicate's objects (``a , b``): their order may change, or two become
    one. Such a unit is marked to be written again from its lines. Lines can become the same
    only where two IRIs become one, or one becomes an IRI the article has: then its lines
    are counted again, from its block.
    """
    article, data = rest.article, rest.data
    count = spool.index[article][11]
    if not rest.replaced:
        return Units(data.splitlines(keepends=True), count)
    moves = dict(rest.replaced)
    starts = {data.rfind(b"\n", 0, at) + 1 for at in iris.listed(data, moves)}
    marked = _marked(data, starts)
    data, found = iris.replaced(marked, moves)
    news = [moves[old] for old in found]
    if len(set(news)) < len(news) or any(new in marked for new in news):
        block = next(spool.decompressed([(article, BLOCK)]))
        block, _ = iris.replaced(block, moves)
        count = sum(1 for line in set(block.splitlines(keepends=True)) if not line.startswith(key))
    return Units(data.splitlines(keepends=True), count)


def own_statements(
    spool: Spool,
    articles: Sequence[str],
    moved: Mapping[str, Sequence[tuple[bytes, bytes]]],
    keys: Sequence[bytes],
    iris: PeopleIris,
) -> Iterator[tuple[bytes, bytes, int]]:
    """Each article's own Turtle statements (:data:`kg.spool.OWN`) with its people's IRIs replaced, as
    (``key``, statements, their number of lines), in the order given.

    Replacing an IRI in Turtle gives what writing the replaced lines gives, unless the IRI is
    one of a predicate's objects (``a , b``): their order may change, or two become one. Those
    articles' own statements are written again from their lines.
    """
    for article, key, data in zip(
        articles, keys, spool.decompressed((a, OWN) for a in articles), strict=True
    ):
        count = spool.index[article][10]
        if replaced := moved.get(article):
            moves = dict(replaced)
            if iris.listed(data, moves):
                data, count = _own_again(spool, article, key, moves, iris)
            else:
                data, _ = iris.replaced(data, moves)
        yield key, data, count


def _own_again(
    spool: Spool, article: str, key: bytes, moves: Mapping[bytes, bytes], iris: PeopleIris
) -> tuple[bytes, int]:
    """An article's own statements written again from its block, its people's IRIs replaced."""
    data, _ = iris.replaced(next(spool.decompressed([(article, BLOCK)])), moves)
    own, _ = split_own(sorted(set(data.splitlines(keepends=True))), key)
    own = sorted(own + spool.meta_lines(article))
    return encoded(statements_of(own, turtle_prefixes())), len(own)


def write_turtle(plan: Plan, spool: Spool, union: SortedLines, path: Path, work: Path) -> int:
    """Write the union as Turtle; returns the number of quads.

    The union is of units, a subject's lines each with its Turtle statement
    (:func:`kg.export.turtle_units.units_of`), made where the articles were read. The articles' own
    statements (:func:`own_key`), most of a build's, do not go through the union: each article's
    go into the Turtle as they are, where its key falls among the union's units. The writing is
    then mostly copying; only a subject whose units differ is written again from its lines.
    """
    minter = Minter(plan.base)
    iris = PeopleIris(minter)
    prefixes = turtle_prefixes()
    split = {}
    if people_written_whole(minter, prefixes):
        split = {a: own_key(minter, a) for _, a in plan.order if a is not None and spool.split(a)}
    count = 0
    for _, graph in plan.graphs(spool, work, split=split):
        if isinstance(graph, Rest):
            units = rest_units(spool, graph, split[graph.article], iris)
            union.add(units.units)
            count += units.count
        else:  # an article read whole, or a chunk of the metadata or review graph
            assert not isinstance(graph, Reused)
            lines = sorted(set(graph.lines() if isinstance(graph, ArticleGraph) else graph))
            union.add(units_of(lines, prefixes).splitlines(keepends=True))
            count += len(lines)
    own = own_statements(spool, list(split), plan.moved, list(split.values()), iris)
    counted = [0]

    def parts() -> Iterator[tuple[bytes, bytes]]:
        for key, data, lines in own:
            counted[0] += lines
            yield key, data

    try:
        write_pieces(union_statements(with_statements(union.chunks(), parts()), prefixes), path)
    finally:
        union.close()
    return count + counted[0]
