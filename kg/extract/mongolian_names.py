"""Mongolian names written without a dot, which the tagger cuts or reads as words (``乌云|其|木格``).

A Mongolian given name is often two elements drawn from a common stock, with no surname and no
middle dot (``乌云其木格``, ``呼和巴特尔``): general knowledge of Mongolian names, as the surname
list is of Han names (no one person's name is in the list). Several elements are also ordinary
words (乌云, dark clouds; 查干, a lake's name), so two elements together are a name only where the
grammar says a name stands there: right after a title (``副市长呼和巴特尔主持``), as the one
who speaks (``经营民宿的乌云其木格告诉记者``, after 的 or a mark, before a verb of telling), or
as the first of those a body confers on (``授予某某某某等100名职工…``). One element of three
characters or more is a name alone right after a title (``主席其木格主持``), and one of two
closed by a mark (``政法委书记某某，``).
"""

from __future__ import annotations

import functools
from importlib import resources

from kg.extract.tibetan_names import crosses
from kg.model import Extraction

#: Verbs of telling after a name that speaks.
TELLING = ("说", "表示", "告诉", "介绍", "坦言", "笑着说", "感慨")
#: Verbs of conferring right before names (授予甲乙等100名职工…), and what follows such names.
_CONFERRING = ("授予", "追授")
_COUNTED = ("等", "同志", "、")
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


def listed_element(name: str) -> bool:
    """Is ``name``, an item of an enumeration of names (``甲、乙、图门，``), one element of a
    Mongolian name or two? Such a list says a name stands there, as a title does."""
    return name in elements() or mongolian_end(name, 0) == len(name)


#: Marks that close a clause or an item right after a name (政法委书记某某，).
_CLOSING = "，、。；"


def _one_element(text: str, pos: int) -> int | None:
    """The end of one element of three characters or more at ``pos`` (其木格, 巴特尔), which no
    other element follows, or of two closed by a mark (``书记某某，``); None otherwise (two-character
    elements are words too often: 乌云 before more words)."""
    known = elements()
    step = next((n for n in (4, 3) if len(w := text[pos : pos + n]) == n and w in known), 0)
    if not step and text[pos : pos + 2] in known and text[pos + 2 : pos + 3] in _CLOSING:
        step = 2
    return pos + step if step else None


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
        if text[pos : pos + 2] not in firsts:
            pos += 1
            continue  # cheap test first
        end = mongolian_end(text, pos)
        if end is None:  # one element alone: a name only right after a title (主席其木格主持)
            single = _one_element(text, pos)
            if single is None or not after_title(text, pos) or crosses(hits, pos, single):
                pos += 1
                continue
            out.append((pos, single))
            pos = single
            continue
        across = crosses(hits, pos, end)
        speaks = text[pos - 1] in _BEFORE_SPEAKER and text.startswith(TELLING, end)
        conferred = text.endswith(_CONFERRING, 0, pos) and text.startswith(_COUNTED, end)
        if not across and (speaks or conferred or after_title(text, pos)):
            out.append((pos, end))
            pos = end
        else:
            pos += 1
    return out
