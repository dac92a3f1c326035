"""An organisation whose name lists its fields with 、 (``某国投资、贸易和工业部常务秘书``).

A title chain is split at 、, so a ministry named after a list of fields (``投资、贸易和工业部``)
falls into two parts: ``某国投资``, which holds no title, and ``贸易和工业部常务秘书``. The left
part is the start of the right one's organisation when the right one's organisation is a list
closed by 和 and an organ suffix (``贸易和工业部``, ``农业、农村和水利局``) and the left part is a
country or a division followed by one more field of the list: a short word that names no body
of its own (``投资``, not ``代表团``). Counter-examples: ``某国总统、外交和移民部部长`` (the left
part holds a title: two items), ``某国代表团、外交和移民部部长`` (a body, not a field).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.chain_orgs import org_starts
from kg.extract.foreign_posts import country_prefix
from kg.extract.titles import is_han
from kg.model import Extraction

if TYPE_CHECKING:
    from kg.extract.chains import ChainItem

#: The organ suffixes that close a list of fields: 某某和某某部, 某某和某某局.
ORGAN_ENDS = ("部", "委员会", "委", "局", "厅", "署", "办公室")
#: The longest field of a list (投资, 农村, 自然资源).
LONGEST_FIELD = 4
#: The last characters of a body's name: a word that ends so is no field (代表团, 工作组).
_BODY_ENDS = tuple("团组会队处室部局厅委")


def listed_organ(ex: Extraction, start: int, end: int, right: ChainItem) -> ChainItem | None:
    """``right`` with its organisation opened by the titleless part ``text[start:end]`` when
    the two are one organisation whose name lists its fields; else None."""
    org = right.split.org
    if right.start != end + 1 or "和" not in org or not org.endswith(ORGAN_ENDS):
        return None
    if not 2 <= org.index("和") <= LONGEST_FIELD:
        return None  # the field between 、 and 和: 贸易
    seg = ex.article.text[start:end]
    opener = country_prefix(seg)
    if opener is None and not org_starts(ex, start):
        return None
    field = seg[len(opener) :] if opener else _after_division(ex, seg)
    if not (2 <= len(field) <= LONGEST_FIELD) or not is_han(field) or field.endswith(_BODY_ENDS):
        return None
    return replace(right, start=start, split=replace(right.split, org=f"{seg}、{org}"))


def _after_division(ex: Extraction, seg: str) -> str:
    """What follows the longest division name that ``seg`` starts with (``青禾县农业`` -> 农业)."""
    best = max(
        (len(form) for p in ex.places for form in (p.name, *p.aliases) if seg.startswith(form)),
        default=0,
    )
    return seg[best:] if best else ""
