"""The union's Turtle made mostly ahead: each subject's statement written where its article was
read, and the file put together from them (:mod:`kg.union_turtle`).

A unit is one subject's Turtle statement as :mod:`kg.export.turtle` writes it, on one line (its
line breaks written as :data:`UNIT_BREAK`), so that units sort, spill to disk and merge as the
lines of N-Triples do (:class:`kg.export.rdf.SortedLines`). A statement starts with its subject,
so units sort as the subjects' lines. Where the articles' units of one subject differ (a place
many articles describe, a person the resolution made one), the statement is written again from
all their lines: read back from the Turtle with pyoxigraph, a batch at a time.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Mapping, Sequence

import pyoxigraph as ox

from kg.errors import KGError
from kg.export import turtle
from kg.export.turtle import SLICE, WRITE_BYTES, statements_of

#: What ends a statement in a Turtle file.
END = b" .\n"

#: In a unit (:func:`units_of`): what stands for a line break; what ends a unit that holds
#: N-Triples lines, not a statement; what ends a statement to be written again from its lines.
#: N-Triples and Turtle escape all three in literals (``\\u0000``), and no IRI holds them.
UNIT_BREAK, UNIT_LINES, UNIT_AGAIN = b"\x00", b"\x01", b"\x02"
#: Subjects whose statements are written again from their lines at once (one parse for all).
AGAIN_BATCH = 1024


def units_of(lines: Sequence[bytes], prefixes: Mapping[str, str]) -> bytes:
    """Sorted, distinct N-Triples lines as units, a line each: a subject's Turtle statement
    (:func:`statements_of`), line breaks as :data:`UNIT_BREAK`. Units sort as their subjects
    (a statement starts with its subject as N-Triples writes it); :func:`union_statements` writes
    them. A subject that Turtle abbreviates, or a blank node, keeps its lines instead
    (:data:`UNIT_LINES`): only written in full is a subject sure to sort, and be read back, the same.
    """
    if not lines:
        return b""
    # The usual case at once: the statements of all the lines, each ended by " .\n" (which no
    # literal holds: line breaks in literals are escaped), then line breaks as UNIT_BREAK and the
    # ends as line breaks; each unit starts with "<" (no subject abbreviated, no blank node).
    data = (
        (statements_of(lines, prefixes) + END).replace(b"\n", UNIT_BREAK).replace(b" ." + UNIT_BREAK, b"\n")
    )
    if data.startswith(b"<") and data.count(b"\n<") == data.count(b"\n") - 1 and b"_:" not in data:
        return data
    out = []
    start, end = 0, len(lines)
    while start < end:
        head = lines[start][: lines[start].index(b" ") + 1]
        stop = start + 1
        while stop < end and lines[stop].startswith(head):
            stop += 1
        group = lines[start:stop]
        statement = statements_of(group, prefixes)
        if statement.startswith(head) and not any(b"_:" in line for line in group):
            out.append(encoded(statement))
        else:
            out.append(b"".join(group).replace(b"\n", UNIT_BREAK) + UNIT_LINES + b"\n")
        start = stop
    return b"".join(out)


def again(unit: bytes) -> bytes:
    """The unit, marked to be written again from its lines (its objects may be out of order)."""
    return unit if unit.endswith((UNIT_LINES + b"\n", UNIT_AGAIN + b"\n")) else unit[:-1] + UNIT_AGAIN + b"\n"


def encoded(statements: bytes) -> bytes:
    """Turtle statements (the last without its ``" ."``) as one line: a unit, or a part."""
    return statements.replace(b"\n", UNIT_BREAK) + b"\n" if statements else b""


def union_statements(
    chunks: Iterable[Sequence[bytes] | bytes], prefixes: Mapping[str, str]
) -> Iterator[bytes]:
    """The Turtle of a union given as sorted units (in chunks, :func:`units_of`), with whole
    statements between them (``bytes`` chunks, :func:`encoded`; :func:`with_statements`), as
    :func:`turtle_chunks` writes the same lines.

    A subject's units (from several articles) are next to each other. A unit alone, or units all
    the same, give the statement they hold; units that differ, or a unit marked :func:`again`, give
    the statement of all their lines, read back from their Turtle with pyoxigraph, a batch at a time.
    """
    opening = turtle.prelude(prefixes)
    pieces: list[bytes | list[bytes]] = []  # encoded statements, and units to be written again
    append = pieces.append
    waiting = size = 0  # groups to be written again; bytes of whole statements among the pieces
    group: list[bytes] = []
    head = b"\n"  # the subject of the group, and a space: no unit starts with a line break
    for chunk in chunks:
        if isinstance(chunk, bytes):
            if group:
                waiting += _add_group(pieces, group)
                group, head = [], b"\n"
            append(chunk)
            size += len(chunk)
        else:
            for unit in chunk:
                if unit.startswith(head):
                    if unit != group[-1]:
                        group.append(unit)
                    continue
                if len(group) == 1 and group[0][-2] > 2:  # one statement as it is (the usual case)
                    append(group[0])
                elif group:
                    waiting += _add_group(pieces, group)
                head, group = unit[: unit.index(b" ") + 1], [unit]
        if waiting >= AGAIN_BATCH or len(pieces) >= SLICE or size >= WRITE_BYTES:
            yield opening + _written(pieces, prefixes)
            opening, pieces, waiting, size = b"", [], 0, 0
            append = pieces.append
    if group:
        _add_group(pieces, group)
    if pieces:
        yield opening + _written(pieces, prefixes)


def _add_group(pieces: list[bytes | list[bytes]], group: list[bytes]) -> int:
    """Add a subject's units to ``pieces``: their statement, or themselves to be written again;
    returns 1 for these."""
    if len(group) == 1 and group[0][-2] > 2:  # not ending in UNIT_LINES or UNIT_AGAIN
        pieces.append(group[0])
        return 0
    pieces.append(group)
    return 1


def _written(pieces: list[bytes | list[bytes]], prefixes: Mapping[str, str]) -> bytes:
    """The pieces as Turtle, each statement ended; groups of units written again from their lines.

    Every piece is one line with its line breaks as :data:`UNIT_BREAK` (:func:`encoded`), so each
    line break ends a statement, and the rest are restored after."""
    groups = [piece for piece in pieces if isinstance(piece, list)]
    lines = _lines_of(groups, prefixes) if groups else iter(())
    data = b"".join(
        piece if isinstance(piece, bytes) else encoded(statements_of(next(lines), prefixes))
        for piece in pieces
    )
    return data.replace(b"\n", END).replace(UNIT_BREAK, b"\n")


def _lines_of(groups: list[list[bytes]], prefixes: Mapping[str, str]) -> Iterator[list[bytes]]:
    """Each group's sorted, distinct N-Triples lines: the statements read back (one parse for all
    of them) and the lines that units hold."""
    statements, lines_of = [], []
    for group in groups:
        held = set()
        for unit in group:
            text = unit[:-2] if unit.endswith((UNIT_LINES + b"\n", UNIT_AGAIN + b"\n")) else unit[:-1]
            text = text.replace(UNIT_BREAK, b"\n")
            if unit.endswith(UNIT_LINES + b"\n"):
                held.update(text.splitlines(keepends=True))
            else:
                statements.append(text + END)
        lines_of.append(held)
    subjects = {group[0][: group[0].index(b" ")]: i for i, group in enumerate(groups)}
    if statements:
        read = ox.parse(turtle.prelude(prefixes) + b"".join(statements), format=ox.RdfFormat.TURTLE)
        for line in ox.serialize(read, format=ox.RdfFormat.N_TRIPLES).splitlines(keepends=True):
            lines_of[subjects[line[: line.index(b" ")]]].add(line)
    return (sorted(held) for held in lines_of)


def with_statements(
    chunks: Iterable[Sequence[bytes]], parts: Iterable[tuple[bytes, bytes]]
) -> Iterator[Sequence[bytes] | bytes]:
    """The chunks of sorted units with ``parts`` put in where they belong, for :func:`union_statements`.

    ``parts`` are (key, statements) in the order of their keys: the statements' subjects all start
    with the key, and no unit's does, so a part goes before the first unit greater than its key.
    """
    parts = iter(parts)
    part = next(parts, None)
    last = b""
    for chunk in chunks:
        start = 0
        while part is not None and chunk and part[0] < chunk[-1]:
            cut = bisect.bisect_left(chunk, part[0], start)
            if cut > start:
                yield chunk[start:cut]
            last = _check_order(last, part[0])
            if part[1]:
                yield part[1]
            start = cut
            part = next(parts, None)
        if start < len(chunk):
            yield chunk[start:] if start else chunk
    while part is not None:
        last = _check_order(last, part[0])
        if part[1]:
            yield part[1]
        part = next(parts, None)


def _check_order(last: bytes, key: bytes) -> bytes:
    if key <= last:
        raise KGError(
            f"parts of a Turtle file out of order: {key!r} after {last!r}", hint="this is a bug in kg"
        )
    return key
