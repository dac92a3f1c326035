"""The members of a company board's committees, as a company's notice lists them.

A listed company's notice of its new board lists each of the board's committees on a line of its
own: the committee's name, a colon and its members parted by 、, the chair's role in brackets after
his name (``审计委员会：甲女士（主任委员）、乙先生、丙先生。``, ``战略委员会：甲（主任委员）、乙、丙；``).
Each member holds the role in brackets, else 委员, in that committee of the company the article is
about (:func:`kg.extract.chain_orgs.home_company`); where the article has no company of its own, the
line gives no post.

Counter-examples: a committee named in a sentence (``公司审计委员会审议通过了…``: no colon and list),
a list after a colon whose items are no names found (``提名委员会：负责…``), and a line whose head is no
committee (``董事长：某某某先生``, read as a title over names by :mod:`kg.extract.member_lists`).
"""

from __future__ import annotations

import re

from kg import rx
from kg.extract.appointments import ADDRESS_GENDER
from kg.extract.names import NameHit
from kg.extract.rolls import ORDINAL
from kg.model import Extraction

#: A committee's name at a line's start (after indentation and an ordinal), then its colon.
_HEAD = rx.compile(
    rf"^[ \u3000]*(?:{ORDINAL.pattern})?(?P<organ>[\u4e00-\u9fff]{{2,12}}委员会)[：:]", re.MULTILINE
)
#: A member's role in brackets after the name and its form of address (（主任委员）, （召集人）).
_ROLE = rx.compile(r"[（(](?P<role>[\u4e00-\u9fff]{2,6})[)）]")
#: The role of a member whose line says none.
MEMBER = "委员"


def committee_seats(ex: Extraction, hits: list[NameHit]) -> dict[int, tuple[str, str]]:
    """For each name of ``hits`` listed on a committee's line (the module's doc), by its start: the
    committee's name and the member's role."""
    text = ex.article.text
    seats: dict[int, tuple[str, str]] = {}
    starts = {h.start: h for h in hits}
    for m in _HEAD.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        pos = m.end()
        found: dict[int, tuple[str, str]] = {}
        while pos < line_end and (hit := starts.get(pos)) is not None:
            after = hit.end_with_mark if text[hit.end : hit.end_with_mark] in ADDRESS_GENDER else hit.end
            role = _ROLE.match(text, after)
            found[hit.start] = (m["organ"], role["role"] if role else MEMBER)
            pos = role.end() if role else after
            if text[pos : pos + 1] != "、":
                break
            pos += 1
        if found and text[pos : pos + 1] in ("。", "；", "\n", ""):
            seats.update(found)
    return seats
