"""Appointment and removal lists: the grammar marks the names.

``任命甲、乙为某部副部长``, ``免去丙（女）的某部副部长职务``, ``免去丁同志的…职务``,
``选举戊为…``: the names between the verb and 为/的 are people's names, even where the tagger
cut one (``王小|明为`` -> 王小明). :mod:`kg.extract.people` reads the posts of these lists.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.model import Extraction

if TYPE_CHECKING:
    from kg.extract.names import NameHit

#: A gender mark after a name, perhaps with the person's nationality: （女）, (男), （女，满族）.
GENDER_MARK = r"[（(]\s*[男女]\s*(?:[，,、][\u4e00-\u9fff]{1,6})?\s*[）)]"

#: 任命甲、乙为… / 免去丙（女）的…职务 / 免去丁同志的…职务 / 选举戊为…: the grammar marks the names.
APPOINTMENT = re.compile(
    rf"(任命|免去|选举)((?:[\u4e00-\u9fff·]{{2,8}}(?:{GENDER_MARK})?、)*[\u4e00-\u9fff·]{{2,8}}(?:{GENDER_MARK})?)(为|的)"
)

#: What may follow an appointee's name in the list: a gender mark, 同志.
_APPOINTEE_MARKS = re.compile(rf"(?:{GENDER_MARK}|同志)+$")


def appointee(item: str) -> str:
    """The name of an item of an appointment list: ``丙（女）`` and ``丁同志`` name 丙 and 丁."""
    return _APPOINTEE_MARKS.sub("", item)


def appointed(ex: Extraction, hits: list[NameHit], covered: set[int]) -> list[NameHit]:
    """Names in appointment and removal lists replace overlapping tagger spans (王小|明为 -> 王小明);
    ``covered`` gains their offsets."""
    from kg.extract.names import LIST_SEP, surname_first, with_gender  # names calls this

    text = ex.article.text
    found: list[NameHit] = []
    for m in APPOINTMENT.finditer(text):
        pos = m.start(2)
        for item in m.group(2).split(LIST_SEP):
            name = appointee(item)
            if surname_first(name):
                found.append(with_gender(text, pos, pos + len(name)))
            pos += len(item) + 1
    if not found:
        return hits
    spans = [(h.start, h.end) for h in found]
    kept = [h for h in hits if not any(s < h.end and h.start < e for s, e in spans)]
    for h in found:
        covered.update(range(h.start, h.end))
    return sorted(kept + found, key=lambda h: h.start)
