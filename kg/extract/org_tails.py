"""An organisation written again by the tail of its full name: ``联络办公室`` after ``某某驻某地联络办公室``.

A report names a long organisation in full once and then writes only its last words:
``中央人民政府驻某地联络办公室副主任王小明…联络办公室副主任李华``, ``某某省青禾研究院院长…研究院
副院长``. The tail stands for the full name when exactly one organisation of the article ends
with it, the tail is at least four characters long, and it names no division or division organ of
its own: ``人民政府``, ``县委办公室`` and ``省财政厅`` are read in their own scope, a tail that opens
with a company word (``集团研发中心党支部``) is the article's own company's unit, and a tail shared
by two organisations (two 联络办公室) is left as written, unless one is the other's short form
(a headline's ``某某驻港联络办公室`` for the body's ``某某驻香港特别行政区联络办公室``): then the tail
is the full name.
"""

from __future__ import annotations

from kg.extract.own_company import OWN_COMPANY_WORDS
from kg.model import Extraction

#: The shortest tail that stands for a full name: 办公室 or 研究院 alone is too common.
MIN_TAIL = 4
#: First characters of a division's own organs (省委, 市政府, 县教育局): read in their scope.
_LEVEL_WORDS = "省市县区乡镇村州盟旗"
#: Marks of a former post that the tagger may keep at an organisation's start.
_FORMER = ("原", "前")
#: Tails that are the organs of any division.
_DIVISION_ORGANS = ("人民政府", "人大常委会", "村民委员会", "居民委员会")


def full_name(text: str, ex: Extraction) -> str:
    """The full name of the one organisation of ``ex`` that ``text`` is the tail of, else ``text``."""
    if (
        len(text) < MIN_TAIL
        or text[0] in _LEVEL_WORDS
        or text in _DIVISION_ORGANS
        or text.startswith(OWN_COMPANY_WORDS)
    ):
        return text
    names = {o.name for o in ex.organizations if o.name.endswith(text) and _head(o.name[: -len(text)])}
    if not names or any(text.startswith(form) for p in ex.places for form in (p.name, *p.aliases)):
        return text  # (the places are looked at only where some organisation ends so: the rare case)
    longest = max(names, key=len)
    return longest if all(_abridges(n, longest) for n in names) else text


def _head(head: str) -> bool:
    """Whether ``head`` may open a full name before a tail: two characters at least, and no mark of
    a former post (the tagger's ``原某某集团`` is ``某某集团`` written as a former one's)."""
    return len(head) >= 2 and not head.startswith(_FORMER)


def _abridges(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` or a short form of it, its characters in order
    (``中央政府驻港联络办公室`` of ``中央人民政府驻香港特别行政区联络办公室``)."""
    rest = iter(full)
    return all(ch in rest for ch in short)
