"""Names the article has established, found again where the tagger splits them.

A name written once with a title (``市长任新航主持会议``) is often written bare later on
(``任新航强调``, ``会后，任新航来到…``). Where its surname is also a verb or a preposition
(任, 向, 和, 于, 从), the tagger reads the bare name as words (``任|新航``, ``向|东明``) or as a
name without its surname (``和|晓峰``). An established name found again in full is the same
person, unless the occurrence sits inside a longer word: a word of the tagger runs across its
first or last character (``主任|新航``, ``王明确`` read as ``王|明确``).

An established name is one of at least three characters that starts with a surname, or one of
two with a title, a form of address, an enumeration or a gender mark next to it
(:func:`kg.extract.bare_names.has_evidence`), and a Tibetan or a Mongolian name (elements, no
surname) with such evidence. Foreign and dotted names are left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.bare_names import has_evidence
from kg.extract.cut_names import title_before
from kg.extract.joined_titles import tokens_near
from kg.extract.mongolian_names import mongolian_end
from kg.extract.tibetan_names import is_tibetan
from kg.model import Extraction

if TYPE_CHECKING:
    from kg.extract.names import NameHit


def established(ex: Extraction, hits: list[NameHit]) -> set[str]:
    """The names of ``hits`` that the article establishes as persons' (see the module's docstring)."""
    from kg.extract.names import surname_first  # names calls this module: imported here

    text, tokens = ex.article.text, ex.tokens
    out: set[str] = set()
    for h in hits:
        unsurnamed = is_tibetan(h.name) or mongolian_end(h.name, 0) == len(h.name)
        if unsurnamed and has_evidence(text, h.start, h.end, tokens):
            out.add(h.name)  # 市长旦增尼玛, 副市长呼和巴特尔: no surname
            continue
        if "·" in h.name or not surname_first(h.name) or h.name in out:
            continue
        if len(h.name) >= 3 or has_evidence(text, h.start, h.end, tokens):
            out.add(h.name)
    return out


def _inside_word(ex: Extraction, start: int, end: int) -> bool:
    """Does a word of the tagger run across the edge of ``start..end`` (``主任|新航``)? Across the
    end only, after a title, it does not count: the title opens the name, and the tagger glued its
    last character to the verb after it (``总经理宋立|军作|报告``)."""
    near = tokens_near(ex.tokens, start, end)
    if any(t.start < start < t.end for t in near):
        return True
    return any(t.start < end < t.end for t in near) and not title_before(ex.article.text, start)


def found_again(ex: Extraction, hits: list[NameHit]) -> list[NameHit]:
    """``hits`` with every other occurrence of an established name added, in text order; a hit
    that lies inside such an occurrence (``和|晓峰``: 晓峰) gives way to it, even where the tagger
    glued the name's surname to a word before it (``由于|某某`` for 于某某, ``对于|某某``)."""
    from kg.extract.names import with_gender  # names calls this module: imported here

    text = ex.article.text
    names = established(ex, hits)
    if not names:
        return hits
    found: list[NameHit] = []
    cover = {p: h for h in hits for p in range(h.start, h.end)}  # each offset's name, if any
    for name in sorted(names, key=len, reverse=True):
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            clash = {cover[p] for p in range(at, end) if p in cover}
            inner = all(at <= h.start and h.end <= end and h.end - h.start < end - at for h in clash)
            glued = any(h.start == at + 1 and h.end == end for h in clash)  # 由于|某某: 于某某 read as 某某
            if inner and (glued or not _inside_word(ex, at, end)):  # not a name already, nor one across it
                hit = with_gender(text, at, end)
                found.append(hit)
                cover.update((p, hit) for p in range(at, end))
            at = text.find(name, end)
    if not found:
        return hits
    kept = [h for h in hits if not any(f.start <= h.start and h.end <= f.end for f in found)]
    return sorted(kept + found, key=lambda h: h.start)
