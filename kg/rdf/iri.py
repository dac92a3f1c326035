"""The one module that mints IRIs. Nothing else builds an IRI from strings.

IRIs are ASCII and deterministic: entity keys (free text, often Chinese) are hashed, codes and
article ids (already ASCII slugs) are used as they are. Chinese appears only in literals.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Mapping

from rdflib import URIRef

from kg import rx

DEFAULT_BASE = "https://kg.example.org/id/"
_SLUG = rx.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_CODE = rx.compile(r"^[0-9]{2,12}$")


def digest(key: str, length: int = 16) -> str:
    """A short, stable, ASCII digest of a free-text key."""
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:length]


class Minter:
    """Mints the IRIs of one build under a base IRI."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        if not base.isascii() or not re.match(r"^https?://[^\s<>\"{}|\\^`]+/$", base):
            raise ValueError(f"base IRI {base!r} must be an ASCII http(s) IRI ending in '/'")
        self.base = base

    def _iri(self, *parts: str) -> URIRef:
        return URIRef(self.base + "/".join(parts))

    # articles and their text
    def article(self, article_id: str) -> URIRef:
        if not _SLUG.match(article_id):
            raise ValueError(f"article id {article_id!r} is not an ASCII slug")
        return self._iri("article", article_id)

    def context(self, article_id: str) -> URIRef:
        return URIRef(f"{self.article(article_id)}/text")

    def mention(self, article_id: str, start: int, end: int) -> URIRef:
        return URIRef(f"{self.context(article_id)}#char={int(start)},{int(end)}")

    def graph(self, article_id: str) -> URIRef:
        return URIRef(f"{self.article(article_id)}/graph")

    def tool(self, version: str) -> URIRef:
        """The kg release that made a graph (prov:wasGeneratedBy)."""
        if not re.match(r"^[0-9A-Za-z.+-]+$", version):
            raise ValueError(f"version {version!r} is not an ASCII version string")
        return self._iri("tool", f"kg-{version}")

    def candidates_graph(self) -> URIRef:
        """Uncertain same-name person pairs (skos:closeMatch), for review."""
        return self._iri("graph", "candidates")

    def meta_graph(self) -> URIRef:
        return self._iri("graph", "meta")

    # entities
    def person(self, key: str) -> URIRef:
        return self._iri("person", digest(key))

    def person_text(self, key: str) -> str:
        """:meth:`person` as a plain string, made faster (for the many a build replaces)."""
        return f"{self.base}person/{digest(key)}"

    def place(self, key: str) -> URIRef:
        if _CODE.match(key):
            return self._iri("place", key)
        return self._iri("place", "x" + digest(key))

    def organization(self, key: str) -> URIRef:
        return self._iri("org", digest(key))

    def post(self, key: str) -> URIRef:
        return self._iri("post", digest(key))

    def role(self, role: str) -> URIRef:
        return self._iri("role", digest(role))

    def membership(self, article_id: str, person: str, post: str, start: int) -> URIRef:
        return self._iri("membership", digest(f"{article_id}|{person}|{post}|{start}"))

    def interval(self, membership: URIRef) -> URIRef:
        return URIRef(f"{membership}/during")

    def instant(self, day: dt.date) -> URIRef:
        return self._iri("date", day.isoformat())

    def instant_of(self, iso: str) -> URIRef:
        """The instant of a date as precise as a text gives it: 2019, 2019-06 or 2019-06-08."""
        return self._iri("date", iso)

    def event(self, key: str) -> URIRef:
        return self._iri("event", digest(key))

    def site(self, key: str) -> URIRef:
        return self._iri("site", digest(key))

    def award(self, key: str) -> URIRef:
        return self._iri("award", digest(key))

    def category(self, award_key: str, category: str) -> URIRef:
        return self._iri("award", digest(award_key), "category", digest(category))

    def conferral(self, article_id: str, recipient: str, award: str) -> URIRef:
        return self._iri("conferral", digest(f"{article_id}|{recipient}|{award}"))


class PeopleIris:
    """Finds and replaces people's IRIs, as N-Triples and Turtle write them in full (``<iri>``),
    in one pass over the data, where a ``bytes.replace`` for each moved person would read it
    once each. In an archive, the resolution moves the people of many articles."""

    def __init__(self, minter: Minter) -> None:
        # no < nor > inside: a match can neither overlap an IRI nor be longer than one
        person = re.escape(f"<{minter.base}person/".encode()) + rb"[^<>]*>"
        self._any = re.compile(person)

    def listed(self, data: bytes, moves: Mapping[bytes, bytes]) -> list[int]:
        """Where a moved IRI is one of a predicate's objects (``a , b``) in Turtle ``data``.
        (Lists are rare: the commas are found first, each with ``bytes.find``.)"""
        found = set()
        at = data.find(b" , ")
        while at >= 0:
            after = self._any.match(data, at + 3)
            if after and after[0] in moves:
                found.add(at + 3)
            if data[at - 1 : at] == b">":
                start = data.rfind(b"<", 0, at)
                before = self._any.fullmatch(data, start, at)
                if before and before[0] in moves:
                    found.add(start)
            at = data.find(b" , ", at + 3)
        return sorted(found)

    def replaced(self, data: bytes, moves: Mapping[bytes, bytes]) -> tuple[bytes, list[bytes]]:
        """``data`` with the moved IRIs replaced, and those of them it had.

        An article has a few moved people among many: each found is replaced with
        ``bytes.replace`` (an IRI written in full holds no other: it ends with ``>``). Only where
        one person moves to another's old IRI (a chain) is the data read in one pass instead."""
        found = [old for old in moves if old in data]
        if any(moves[old] in moves for old in found):
            return self._any.sub(lambda match: moves.get(match[0], match[0]), data), found
        for old in found:
            data = data.replace(old, moves[old])
        return data, found
