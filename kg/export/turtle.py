"""Turtle written from sorted N-Triples lines, byte for byte as pyoxigraph's serialiser writes it.

``pyoxigraph.serialize`` takes Python triple objects, so turning a build's N-Triples into Turtle
with it means parsing every line into four Python objects and back: that costs more than the
writing. The lines a build writes are already in the order of its Turtle file (sorted as bytes,
so a subject's triples are together, and so are the objects of one subject and predicate), and
each term is written the way oxigraph writes it in Turtle except for:

- IRIs under a prefix (``nif:anchorOf``; the longest namespace first, the local name escaped),
- ``rdf:type`` as a predicate (``a``),
- the datatype of a typed literal (``"10"^^xsd:nonNegativeInteger``), and numbers and booleans
  written bare (``12``, ``true``) when their lexical form allows it.

So Turtle is one pass over the lines, a subject's triples joined with ``;`` and a predicate's
objects with ``,``. The ``@prefix`` lines and their order are pyoxigraph's own (asked once);
tests compare the two writers on random graphs, so a pyoxigraph that writes differently fails
them rather than changing kg's files.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg import rx
from kg.errors import KGError
from kg.export.atomic import atomic_open

RDF_TYPE = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_XSD = "http://www.w3.org/2001/XMLSchema#"
#: Lexical forms that Turtle writes bare, by datatype (oxttl's ``is_turtle_*``).
_BARE = {
    f"<{_XSD}boolean>".encode(): re.compile(rb"true|false"),
    f"<{_XSD}integer>".encode(): re.compile(rb"[+-]?[0-9]+"),
    f"<{_XSD}decimal>".encode(): re.compile(rb"[+-]?[0-9]*\.[0-9]+"),
    f"<{_XSD}double>".encode(): re.compile(rb"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)[eE][+-]?[0-9]+"),
}
# Turtle's PN_CHARS_BASE, PN_CHARS_U and PN_CHARS; the characters a local name may escape.
_BASE = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_FIRST = rx.compile(f"[{_BASE}_:0-9]")
_NEXT = rx.compile(f"[{_BASE}_:0-9\\-\u00b7\u0300-\u036f\u203f-\u2040]")
_PLAIN = rx.compile(f"{_FIRST.pattern}(?:[{_NEXT.pattern[1:-1]}.]*{_NEXT.pattern})?")
_ESCAPABLE = frozenset("_~.-!$&'()*+,;=/?#@%")
#: Lines turned into Turtle between two writes; objects kept once turned (literals repeat).
SLICE = 65536
CACHED = 65536
#: Bytes gathered for one write.
WRITE_BYTES = 1 << 20


def _local_name(local: str) -> str | None:
    """``local`` as the local name of a prefixed name (oxttl's ``escape_local_name``), or None."""
    if _PLAIN.fullmatch(local):
        return local
    out = []
    for i, c in enumerate(local):
        if (_FIRST if i == 0 else _NEXT).fullmatch(c) or (c == "." and 0 < i < len(local) - 1):
            out.append(c)
        elif c in _ESCAPABLE:
            out.append("\\" + c)
        else:
            return None
    return "".join(out)


@functools.cache
def _prelude(prefixes: tuple[tuple[str, str], ...]) -> tuple[bytes, tuple[tuple[bytes, bytes], ...]]:
    """pyoxigraph's ``@prefix`` lines, and (``<`` + namespace, ``name:``) in the order it tries them."""
    iri = ox.NamedNode("urn:x")
    data = ox.serialize([ox.Triple(iri, iri, iri)], format=ox.RdfFormat.TURTLE, prefixes=dict(prefixes))
    lines = [line for line in data.splitlines(keepends=True) if line.startswith(b"@prefix ")]
    order = []
    for line in lines:
        m = re.fullmatch(rb"@prefix ([^:]*): <(.*)> \.\n", line)
        if m is None:
            raise KGError(f"unexpected prefix line from pyoxigraph: {line!r}", hint="this is a bug in kg")
        order.append((b"<" + m[2], m[1] + b":"))
    return b"".join(lines), tuple(order)


class _Terms:
    """N-Triples terms as Turtle writes them (IRIs and typed literals; the rest is unchanged)."""

    def __init__(self, order: Sequence[tuple[bytes, bytes]]) -> None:
        self.order = order
        self.namespaces = tuple(ns for ns, _ in order)

    def iri(self, term: bytes) -> bytes:
        if not term.startswith(self.namespaces):
            return term
        for namespace, name in self.order:
            if term.startswith(namespace):
                local = _local_name(term[len(namespace) : -1].decode())
                if local is not None:
                    return name + local.encode()
        return term

    def predicate(self, term: bytes) -> bytes:
        return b"a" if term == RDF_TYPE else self.iri(term)

    def object(self, term: bytes) -> bytes:
        """An IRI or a typed literal."""
        if term[0] == 0x3C:  # <
            return self.iri(term)
        cut = term.rindex(b'"^^<')  # the lexical form escapes its quotes: the last one is the end
        datatype = term[cut + 3 :]
        bare = _BARE.get(datatype)
        if bare is not None and bare.fullmatch(term, 1, cut):
            return term[1:cut]
        return term[: cut + 3] + self.iri(datatype)


@dataclass(frozen=True)
class _Layout:
    """What pyoxigraph writes around the terms of a run of statements."""

    start: bytes  # before the first subject
    subject: bytes  # between two subjects
    predicate: bytes  # before another predicate of the same subject
    end: bytes  # after the last object
    distinct: bool  # drop a line equal to the one before it


_TURTLE = _Layout(b"", b" .\n", b" ;\n\t", b" .\n", True)
_TRIG = _Layout(b"\t", b" .\n\t", b" ;\n\t\t", b" .\n}\n", False)


class _Writer:
    """Turns sorted N-Triples lines into Turtle statements; remembers the terms it has turned."""

    def __init__(self, prefixes: Mapping[str, str]) -> None:
        self.prelude, order = _prelude(tuple(prefixes.items()))
        self.terms = _Terms(order)
        self.objects: dict[bytes, bytes] = {}  # term + " .\n" -> Turtle (prefixed IRIs, typed literals)
        self.first: dict[bytes, bytes] = {}  # predicate -> " pred " after a subject
        self.more: dict[bytes, dict[bytes, bytes]] = {}  # layout's separator -> predicate -> sep + pred + " "

    def statements(
        self, chunks: Iterable[Sequence[bytes]], opening: bytes, layout: _Layout
    ) -> Iterator[bytes]:
        """The statements of the lines (in chunks), ``opening`` before the first; nothing if no line."""
        terms, objects, first = self.terms, self.objects, self.first
        more = self.more.setdefault(layout.predicate, {})
        namespaces = terms.namespaces
        iri, predicate_of, object_of = terms.iri, terms.predicate, terms.object
        subject = predicate = previous = None
        before = (
            opening + layout.start
        )  # what comes before a subject: the opening, then the end of the last one
        distinct = layout.distinct
        for chunk in chunks:
            for start in range(0, len(chunk), SLICE):
                out: list[bytes] = []
                append = out.append
                for line in chunk[start : start + SLICE]:
                    if distinct:
                        if line == previous:
                            continue  # the same line again (repeats are side by side)
                        previous = line
                    try:
                        s, p, o = line.split(b" ", 2)
                        last = o[-4]  # the term's last byte (lines end with " .\n")
                    except (ValueError, IndexError):
                        raise KGError(
                            f"not an N-Triples line: {line[:200]!r}", hint="this is a bug in kg"
                        ) from None
                    if last == 0x3E and (o[0] == 0x22 or o.startswith(namespaces)):  # > and " or <ns
                        t = objects.get(o)
                        if t is None:
                            if len(objects) >= CACHED:
                                objects.clear()
                            t = objects[o] = object_of(o[:-3])
                    else:
                        t = o[:-3]
                    if s == subject:
                        if p == predicate:
                            append(b" , " + t)
                        else:
                            predicate = p
                            head = more.get(p)
                            if head is None:
                                head = more[p] = layout.predicate + predicate_of(p) + b" "
                            append(head + t)
                    else:
                        head = first.get(p)
                        if head is None:
                            head = first[p] = b" " + predicate_of(p) + b" "
                        append(before + (iri(s) if s.startswith(namespaces) else s) + head + t)
                        before = layout.subject
                        subject, predicate = s, p
                if out:
                    yield b"".join(out)
        if subject is not None:
            yield layout.end


def turtle_chunks(chunks: Iterable[Sequence[bytes]], prefixes: Mapping[str, str]) -> Iterator[bytes]:
    """Turtle of N-Triples lines given in sorted order (in chunks; repeated lines are dropped)."""
    writer = _Writer(prefixes)
    return writer.statements(chunks, writer.prelude, _TURTLE)


@functools.cache
def _writer_of(prefixes: tuple[tuple[str, str], ...]) -> _Writer:
    return _Writer(dict(prefixes))


def prelude(prefixes: Mapping[str, str]) -> bytes:
    """The ``@prefix`` lines that start a Turtle file with ``prefixes``."""
    return _writer_of(tuple(prefixes.items())).prelude


def statements_of(lines: Sequence[bytes], prefixes: Mapping[str, str]) -> bytes:
    """The Turtle statements of sorted, distinct N-Triples lines, as :func:`turtle_chunks` writes
    them but without the prefixes and the last statement's ``" ."``: a part of a Turtle file made
    ahead, for a range of subjects that no other lines of the file share (an article's own, made
    where the article was read)."""
    if not lines:
        return b""
    writer = _writer_of(tuple(prefixes.items()))
    data = b"".join(writer.statements([lines], b"", _TURTLE))
    return data[: -len(_TURTLE.end)]


class TrigWriter:
    """TriG written a named graph at a time, as pyoxigraph writes the N-Quads of the same lines."""

    def __init__(self, prefixes: Mapping[str, str]) -> None:
        self._writer = _Writer(prefixes)
        self.prelude = self._writer.prelude  # the prefixes, before the first graph

    def graph(self, iri: str, chunks: Iterable[Sequence[bytes]], opening: bytes = b"") -> Iterator[bytes]:
        """The block of the graph ``iri`` (its sorted, distinct lines in chunks), after ``opening``;
        nothing at all if it has no line."""
        name = f"<{iri}>".encode()
        terms = self._writer.terms
        if name.startswith(terms.namespaces):
            name = terms.iri(name)
        return self._writer.statements(chunks, opening + name + b" {\n", _TRIG)


def write_turtle_lines(chunks: Iterable[Sequence[bytes]], path: Path, prefixes: Mapping[str, str]) -> None:
    """Write the Turtle of sorted N-Triples lines (in chunks) to ``path``."""
    write_pieces(turtle_chunks(chunks, prefixes), path)


def write_pieces(pieces: Iterable[bytes], path: Path) -> None:
    """Write ``pieces`` to ``path`` (atomically), each write on a thread while the next is made."""
    with atomic_open(path, "wb") as fh, ThreadPoolExecutor(1) as pool:
        writing: Future[int] | None = None
        for data in _gathered(pieces):
            if writing is not None:
                writing.result()
            writing = pool.submit(fh.write, data)  # writes let go of the GIL: the next chunk meanwhile
        if writing is not None:
            writing.result()


def _gathered(pieces: Iterable[bytes]) -> Iterator[bytes]:
    """The pieces joined into writes of at least :data:`WRITE_BYTES` (each write handed to the
    writing thread costs a switch between threads, more than copying a small piece)."""
    gathered: list[bytes] = []
    size = 0
    for piece in pieces:
        gathered.append(piece)
        size += len(piece)
        if size >= WRITE_BYTES:
            yield b"".join(gathered)
            gathered, size = [], 0
    if gathered:
        yield b"".join(gathered)
