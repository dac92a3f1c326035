"""Division short forms that are common words (安康, 和平, 合作): a place only in a place context.

``祝您安康`` is a blessing, ``推动合作`` a verb: the tagger may still tag the word as a place. Such
a short form (``kg/lexicons/word_places.txt``) names its division only where a level word or an
organ follows it (安康市委), another division is written right next to it (某省安康, 安康某区), a
dateline or a word of going or being somewhere leads to it (本报安康电, 在安康调研, 来到安康), or the
article names another division of the same province (陕西 ... 安康). Full names (安康市) always count.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from importlib import resources
from typing import Protocol

from kg.extract.divisions import Division, Gazetteer


class _Hit(Protocol):
    start: int
    end: int
    short: bool


#: Words that lead to a place right before the short form: a dateline (本报安康5月1日电) and the
#: prepositions and verbs of going or being somewhere (在安康调研, 来到安康, 落户安康).
_LED = re.compile(r"(?:本报|在|到|赴|来到|前往|抵达|走进|落户|位于|扎根|回到|返回|途经|深入)$")
_LEAD = 2


@functools.cache
def word_places() -> frozenset[str]:
    """The short forms of ``kg/lexicons/word_places.txt``."""
    text = resources.files("kg.lexicons").joinpath("word_places.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def _province(div: Division, gaz: Gazetteer) -> str | None:
    prov = gaz.province_of(div.code)
    return prov.code if prov else None


def unplaced_words(
    text: str,
    hits: Sequence[_Hit],
    divisions: Sequence[Division | None],
    gaz: Gazetteer,
    after: Sequence[re.Pattern[str]] = (),
) -> list[Division | None]:
    """``divisions`` with ``None`` for each common-word short form that has no place context.

    ``after``: patterns of a level word, an organ or a branch written after a short form (市委, 分局).
    """
    words = word_places()
    out = list(divisions)
    if not any(h.short and text[h.start : h.end] in words for h in hits):
        return out
    provinces: dict[str, set[str]] = {}  # province code -> the written names of its divisions
    for hit, div in zip(hits, divisions, strict=True):
        if div is not None and (prov := _province(div, gaz)):
            provinces.setdefault(prov, set()).add(text[hit.start : hit.end])
    for k, (hit, div) in enumerate(zip(hits, divisions, strict=True)):
        written = text[hit.start : hit.end]
        if div is None or not hit.short or written not in words:
            continue
        chained = (k and hits[k - 1].end == hit.start) or (k + 1 < len(hits) and hits[k + 1].start == hit.end)
        prov = _province(div, gaz)
        neighbour = prov is not None and bool(provinces.get(prov, set()) - {written})
        led = _LED.search(text, max(0, hit.start - _LEAD), hit.start) is not None
        if not (chained or neighbour or led or any(p.match(text, hit.end) for p in after)):
            out[k] = None
    return out
