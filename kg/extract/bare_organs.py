"""A party organ written bare (``党委``, ``纪委``) in a school's or a hospital's own news.

Such news writes its own party committee without the institution's name: ``党委常委、副校长甲``
(as ``校党委常委`` elsewhere, :func:`kg.extract.home_orgs.own_unit`). The organ is then the
institution's, the one the article is about (:func:`kg.extract.home_orgs.home_org`: the most
mentioned school or hospital, at least twice), or in a company's own news the company, where the
news writes 集团 or 公司 bare for it (``纪委书记甲``, as ``集团纪委书记甲``). In news about no
such institution the organ stays as written. An embassy's or
a consulate's own news writes the mission bare too (``使馆政务参赞甲``): the mission it names; and
a development zone's news its zone (``高新区管委会``): the one zone it names after its city.

A hospital's own news writes its clinical departments bare too: ``心内科主任甲`` is the
hospital's 心内科 (:func:`bare_department`). Not in news about no hospital, not a department
written with a division or an institution before it (``某市卫健委医政科``, ``某某医院骨科``).
"""

from __future__ import annotations

import re

from kg.extract.home_orgs import home_org
from kg.model import Extraction

#: The party organs that such news writes bare.
ORGANS = ("党委", "党组", "党总支", "党支部", "纪委")
#: The institutions whose own news writes them so.
HOMES = ("大学", "学院", "学校", "医院")


#: A diplomatic mission written bare in its own news (``使馆政务参赞甲``), and its name's endings.
MISSIONS = {"使馆": ("大使馆",), "大使馆": ("大使馆",), "总领馆": ("总领事馆",), "总领事馆": ("总领事馆",)}


def bare_organ(ex: Extraction, text: str) -> str:
    """``党委`` -> ``某某大学党委`` in the university's own news, ``使馆`` -> ``中国驻某国大使馆``
    in the embassy's (the most mentioned, at least twice); ``text`` unchanged otherwise."""
    if text in MISSIONS:
        return _mission(ex, MISSIONS[text][0]) or text
    zone = next((z for z in ZONES if text.startswith(z)), None)
    if zone is not None:
        named = _zone(ex, zone)
        return named + text[len(zone) :] if named else text
    if not text.startswith(ORGANS):
        return text
    home = home_org(ex, HOMES) or _own_company(ex)  # 纪委书记甲 in a company's own news
    return home + text if home else text


def _own_company(ex: Extraction) -> str | None:
    """The company of a company's own news (:func:`kg.extract.chain_orgs.home_company`) where the
    news speaks of it in its own voice, writing ``集团`` or ``公司`` bare at least once (``集团党委
    书记``, ``公司上下``): a company named once in full, in news of no such voice, leaves a bare
    organ alone (``党委书记、某公司董事长``: the chain's scope runs left to right)."""
    from kg.extract.chain_orgs import home_company  # which reads this module: imported when needed

    company = home_company(ex)
    if company is None:
        return None
    return company if _OWN_WORDS.search(ex.article.text.replace(company, "")) else None


#: A company's words for itself in its own news.
_OWN_WORDS = re.compile("集团|公司")


#: Zones that a zone's own news writes bare (``高新区管委会副主任甲``), longest first.
ZONES = ("高新区", "经开区", "开发区", "自贸区", "保税区", "新区")


def _zone(ex: Extraction, zone: str) -> str | None:
    """The one zone of the kind the article names after its city (``某某高新区``), if one."""
    text = ex.article.text
    forms = sorted({f for p in ex.places for f in (p.name, *p.aliases) if len(f) >= 2}, key=len, reverse=True)
    names: set[str] = set()
    at = text.find(zone)
    while at >= 0:
        form = next((f for f in forms if text.startswith(f, at - len(f))), None)
        if form is not None and at >= len(form):
            names.add(form + zone)
        at = text.find(zone, at + len(zone))
    return names.pop() if len(names) == 1 else None


#: Where a mission's name opens, before the host country: 中国驻某国大使馆, 驻某市总领事馆.
_STATIONED = "驻"
#: The longest host country (or city) written between 驻 and the mission's kind.
_LONGEST_HOST = 12


def _mission(ex: Extraction, kind: str) -> str | None:
    """The one mission of ``kind`` (大使馆) the article names in full (``中国驻某国大使馆``)."""
    text = ex.article.text
    names: set[str] = set()
    at = text.find(kind)
    while at >= 0:
        stationed = text.rfind(_STATIONED, max(0, at - _LONGEST_HOST), at)
        if stationed >= 0:
            start = stationed - 2 if text[stationed - 2 : stationed] == "中国" else stationed
            names.add(text[start : at + len(kind)])
        at = text.find(kind, at + len(kind))
    return names.pop() if len(names) == 1 else None


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
