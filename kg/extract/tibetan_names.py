"""Tibetan names, which the tagger cuts in two (``扎西|才让``).

A Tibetan name has no surname: it is two given-name elements of two characters each, drawn from
a small stock (general knowledge of Tibetan names, as the surname list is of Han names; no one
person's name is here). Where the tagger reads one element as a name and the next two characters
are another element, the name is the four characters (``省人大常委会主任扎西|才让``). Right after a
title, two elements are a name however the tagger cut them (``市长旦增|尼玛在``, ``副市长次|仁曲珍``):
:func:`titled_tibetan`.
"""

from __future__ import annotations

import functools
from importlib import resources

from kg.extract.surname_heads import ITEM_END
from kg.model import Extraction


@functools.cache
def elements() -> frozenset[str]:
    """The commonest elements of Tibetan given names (``kg/lexicons/tibetan_name_elements.txt``)."""
    text = resources.files("kg.lexicons").joinpath("tibetan_name_elements.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def tibetan_end(text: str, start: int, end: int) -> int:
    """Where the name read at ``text[start:end]`` ends: after the next element too where it is one
    element and another follows it; else ``end``."""
    known = elements()
    if end - start == 2 and text[start:end] in known and text[end : end + 2] in known:
        return end + 2
    return end


def enumerated_head(text: str, start: int, end: int) -> int:
    """Where the name read at ``text[start:end]`` starts: two characters earlier where it is the
    tail of an item of an enumeration of names that opens with an element (``甲、才让|东某、乙``: the
    tagger read 才让 as words); else ``start``."""
    head = start - 2
    if (
        end - start == 2
        and head >= 1
        and text[head:start] in elements()
        and text[head - 1] == "、"
        and text[end : end + 1] in ITEM_END  # 甲、才让|某某、乙; 甲、才让|某某等
    ):
        return head
    return start


def is_tibetan(name: str, alone: bool = False) -> bool:
    """Is ``name`` two elements of a Tibetan name (four characters, ``旦增尼玛``)? Or, where one
    element may be a name ``alone`` (a byline's slot for a name: 记者 央金), one element?"""
    known = elements()
    return (len(name) == 4 and name[:2] in known and name[2:] in known) or (alone and name in known)


def titled_tibetan(ex: Extraction, hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of Tibetan names (two elements) right after a title, as (start, end). A span overlaps
    no name of ``hits`` but those it holds whole and is longer than: the caller drops those."""
    from kg.extract.names import after_title  # names calls this module: imported here

    text = ex.article.text
    known = elements()
    out: list[tuple[int, int]] = []
    for pos in range(2, len(text) - 3):
        if text[pos : pos + 2] not in known or not is_tibetan(text[pos : pos + 4]):
            continue  # cheap test first
        end = pos + 4
        if crosses(hits, pos, end):
            continue  # a name across its edge
        if after_title(text, pos):
            out.append((pos, end))
    return out


def crosses(hits: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does a span of ``hits`` overlap ``start..end`` other than by lying inside it, shorter (the
    pieces a finder's longer name replaces)?"""
    return any(
        s < end and start < e and not (start <= s and e <= end and e - s < end - start) for s, e in hits
    )
