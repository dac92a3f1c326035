"""Units of the army written as the military news writes them (``某军区某边防团边防三连``).

A unit below a theatre command or a military district is written after its superior, often
anonymised with 某: ``某军区某边防团``, ``某军区某边防团边防三连``, ``某边防团`` alone. The suffix
grammar of :mod:`kg.extract.orgs` does not read such names (团, 营 and 连 end too many other
words), so they are read here, by a grammar of their own:

- a head (optional): a name ending in ``军区`` or ``战区`` that starts where a place or an
  organisation starts (``某某军区``), or a group army by its number (``第某集团军``);
- one unit or more: ``某`` and an arm of the service or nothing before the level
  (``某边防团``, ``某旅``), or an arm of the service and a number before it (``边防三连``,
  ``装甲一营``); the levels are 旅, 团, 营 and 连.

A name with no head must open with 某 and an arm (``某边防团``) or hold two units
(``某边防团边防三连``): a level after 某 or a number alone (``某团``, ``三营``) is read in no prose,
nor a level that a longer word goes on with (``某边防团队``, ``某边防团长``). Counter-examples: ``某某集团``
(集团 is no 团), ``代表团``, ``艺术团``, ``连续``. The units belong to the country, as the armed
forces' units of :mod:`kg.extract.armed_forces` do.
"""

from __future__ import annotations

import re

from kg import rx
from kg.extract.divisions import COUNTRY_KEY
from kg.model import Extraction, Mention, Organization

COUNTRY = COUNTRY_KEY

#: Arms of the service written before a unit's level (边防团, 装甲旅, 炮兵营).
ARMS = "边防|守备|装甲|炮兵|步兵|工兵|防空|特战|合成|机步|侦察|通信|海防|警卫|导弹|雷达|舟桥|陆航"
_NUMBER = "[0-9一二三四五六七八九十]{1,3}"
#: A unit: 某 + arm + level, or an arm (or 第) + number + level.
_UNIT = rf"(?:某(?:{ARMS})?|(?:{ARMS}|第){_NUMBER})[旅团营连]"
#: A head: a military district or theatre command, or a numbered group army.
_HEAD = rf"[\u4e00-\u9fff]{{2,6}}?(?:军区|战区)|第{_NUMBER}集团军"
MILITARY_UNIT = rx.compile(rf"(?P<head>{_HEAD})?(?P<units>(?:{_UNIT})+)(?![队体长员])")
#: Words a unit's match must not be: 集团 ends in 团 but is a company's word.
_NOT_UNITS = ("集团",)


def military_units(
    ex: Extraction, orgs: list[Organization], mentions: list[Mention]
) -> tuple[list[Organization], list[Mention]]:
    """``orgs`` and ``mentions`` with the army's units the text names added; an organisation
    mention inside a unit's name (a tagged 边防团) gives way to the whole name."""
    from kg.extract.orgs import org_key  # orgs calls this

    text = ex.article.text
    found: list[tuple[int, int]] = []
    starts: frozenset[int] | None = None
    for m in MILITARY_UNIT.finditer(text):
        if starts is None:  # the places' and the tagged names' starts, once an article names a unit
            starts = frozenset(
                {mn.start for mn in ex.mentions if mn.label == "Place"}
                | {t.start for t in ex.tokens if t.tag in ("LOC", "ORG")}
            )
        start = _head_start(starts, m)
        units = m.group("units")
        if text.startswith(_NOT_UNITS, m.start("units") - 1):
            continue
        alone = start == m.start("units") and len(_UNIT_RE.findall(units)) < 2
        if alone and (len(units) == 2 or not units.startswith("某")):
            continue  # 一连, 某团: no unit without a head, an arm after 某, or a superior unit
        found.append((start, m.end()))
    if not found:
        return orgs, mentions
    kept = [
        mn
        for mn in mentions
        if not any(s <= mn.start and mn.end <= e and (mn.start, mn.end) != (s, e) for s, e in found)
    ]
    for s, e in found:
        name = text[s:e]
        key = org_key(COUNTRY, name)
        orgs.append(Organization(key, name, "GovernmentOrganization", COUNTRY, None))
        kept.append(ex.article.span(s, e, "Organization", ref=key))
    return orgs, kept


_UNIT_RE = rx.compile(_UNIT)


def _head_start(starts: frozenset[int], m: re.Match[str]) -> int:
    """Where the name starts: the first place or organisation start inside its head (a head
    that starts nowhere so is left out: the name starts at its first unit)."""
    if m.group("head") is None:
        return m.start("units")
    if m.group("head").startswith("第"):
        return m.start()
    return next((s for s in range(m.start(), m.start("units") - 2) if s in starts), m.start("units"))
