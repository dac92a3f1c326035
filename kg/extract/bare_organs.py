"""A party organ written bare (``党委``, ``纪委``) in a school's or a hospital's own news.

Such news writes its own party committee without the institution's name: ``党委常委、副校长甲``
(as ``校党委常委`` elsewhere, :func:`kg.extract.home_orgs.own_unit`). The organ is then the
institution's, the one the article is about (:func:`kg.extract.home_orgs.home_org`: the most
mentioned school or hospital, at least twice). In news about no such institution the organ stays as
written; a company's own news has its own rule (:mod:`kg.extract.own_company`).

A hospital's own news writes its clinical departments bare too: ``心内科主任甲`` is the
hospital's 心内科 (:func:`bare_department`). Not in news about no hospital, not a department
written with a division or an institution before it (``某市卫健委医政科``, ``某某医院骨科``).
"""

from __future__ import annotations

from kg.extract.home_orgs import home_org
from kg.model import Extraction

#: The party organs that such news writes bare.
ORGANS = ("党委", "党组", "党总支", "党支部", "纪委")
#: The institutions whose own news writes them so.
HOMES = ("大学", "学院", "学校", "医院")


def bare_organ(ex: Extraction, text: str) -> str:
    """``党委`` -> ``某某大学党委`` in the university's own news; ``text`` unchanged otherwise."""
    home = text.startswith(ORGANS) and home_org(ex, HOMES)
    return home + text if home else text


#: The ending of a hospital's department (心内科, 急诊科) and the longest such name written bare.
DEPARTMENT_END = "科"
_LONGEST_DEPARTMENT = 6
#: The first characters of a name that opens with a division's level (市卫健委医政科): no department.
_LEVELS = "省市州县区乡镇村"


def bare_department(ex: Extraction, text: str) -> str:
    """``心内科`` -> ``某某医院心内科`` in the hospital's own news; ``text`` unchanged otherwise."""
    if (
        not text.endswith(DEPARTMENT_END)
        or not 2 <= len(text) <= _LONGEST_DEPARTMENT
        or text[0] in _LEVELS
        or "院" in text
    ):
        return text
    home = home_org(ex, ("医院",))
    return home + text if home else text
