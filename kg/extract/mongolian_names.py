"""Mongolian names written without a dot, which the tagger cuts or reads as words (``乌云|其|木格``).

A Mongolian given name is often two elements drawn from a common stock, with no surname and no
middle dot (``乌云其木格``, ``呼和巴特尔``): general knowledge of Mongolian names, as the surname
list is of Han names (no one person's name is in the list). Several elements are also ordinary
words (乌云, dark clouds; 查干, a lake's name), so two elements together are a name only where the
grammar says a name stands there: right after a title (``副市长呼和巴特尔主持``), or as the one
who speaks (``经营民宿的乌云其木格告诉记者``, after 的 or a mark, before a verb of telling).
"""

from __future__ import annotations

import functools
from importlib import resources

from kg.extract.tibetan_names import crosses
from kg.model import Extraction

#: Verbs of telling after a name that speaks.
TELLING = ("说", "表示", "告诉", "介绍", "坦言", "笑着说", "感慨")
#: What may stand right before a name that speaks: 的, or a mark.
_BEFORE_SPEAKER = "的，。、；：“”（）\n "


@functools.cache
def elements() -> frozenset[str]:
    """The commonest elements of Mongolian given names (``kg/lexicons/mongolian_name_elements.txt``)."""
    path = resources.files("kg.lexicons").joinpath("mongolian_name_elements.txt")
    text = path.read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


@functools.cache
def _firsts() -> frozenset[str]:
    """The first two characters of each element (the cheap test at each offset)."""
    return frozenset(w[:2] for w in elements())


def mongolian_end(text: str, pos: int) -> int | None:
    """The end of two (or three) elements written one after the other from ``pos``, the longest
    element each step; None if there are not two."""
    known = elements()
    end, count = pos, 0
    while count < 3:
        step = next((n for n in (4, 3, 2) if len(w := text[end : end + n]) == n and w in known), 0)
        if not step:
            break
        end, count = end + step, count + 1
    return end if count >= 2 else None


def mongolian_names(ex: Extraction, hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of Mongolian names where the grammar puts a name (see the module's doc), as (start,
    end). A span overlaps no name of ``hits`` but those it holds whole and is longer than: the
    caller drops those."""
    from kg.extract.names import after_title  # names calls this module: imported here

    text = ex.article.text
    firsts = _firsts()
    out: list[tuple[int, int]] = []
    pos = 1
    while pos < len(text) - 3:
        if text[pos : pos + 2] not in firsts or (end := mongolian_end(text, pos)) is None:
            pos += 1
            continue  # cheap test first
        across = crosses(hits, pos, end)
        speaks = text[pos - 1] in _BEFORE_SPEAKER and text.startswith(TELLING, end)
        if not across and (speaks or after_title(text, pos)):
            out.append((pos, end))
            pos = end
        else:
            pos += 1
    return out
