"""Tibetan names, which the tagger cuts in two (``扎西|才让``).

A Tibetan name has no surname: it is two given-name elements of two characters each, drawn from
a small stock (general knowledge of Tibetan names, as the surname list is of Han names; no one
person's name is here). Where the tagger reads one element as a name and the next two characters
are another element, the name is the four characters (``省人大常委会主任扎西|才让``).
"""

from __future__ import annotations

import functools
from importlib import resources


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
