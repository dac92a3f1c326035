"""An honouree's rank written before the name, without a unit: ``下士甲荣立二等功``, ``上等兵乙``.

Citations of soldiers and police officers name many of them by rank alone: ``下士甲荣立二等功``,
``中士乙、上等兵丙被评为优秀士兵``, ``一级军士长丁荣获…``, ``二级警长戊荣立个人三等功``. The rank is
the honouree's job (``schema:jobTitle``, a :class:`kg.model.Calling`), read by :mod:`kg.extract.callings`
with an occupation (乡村医生甲) for honourees without a job.

Not a rank: a rank after a unit (``该连下士甲``, ``某中队上士乙``: a job with its employer, read with
the unit), a rank in quotation marks or a title of a work, a rank of someone not honoured.
"""

from __future__ import annotations

from kg import rx
from kg.extract import academy
from kg.model import Mention

#: The ranks of soldiers and of police officers, as papers write them before a name: the officers'
#: and police ranks that :mod:`kg.extract.academy` knows, the enlisted ranks, and the graded ones.
RANKS = (
    *sorted(academy.RANKS),
    *("列兵", "上等兵", "下士", "中士", "上士"),
    *(f"{grade}级军士长" for grade in "一二三四"),
    *(f"{grade}级{rank}" for grade in "一二三四" for rank in ("警长", "警员", "警司", "警督")),
)
#: A rank that ends right before a name (the leftmost, so the longest: 一级军士长 over 军士长).
_RANK = rx.compile("(" + "|".join(sorted(RANKS, key=len, reverse=True)) + ")$")
#: How far before a name a rank is looked for.
_REACH = 6


def rank_before(text: str, m: Mention, units: set[int]) -> str | None:
    """The rank written right before the name ``m``, with no unit or place before it (module
    docstring); None where there is none."""
    hit = _RANK.search(text, max(0, m.start - _REACH), m.start)
    if hit is None or hit.start() in units or text[hit.start() - 1 : hit.start()] in ("该", "本", "”"):
        return None
    if text[hit.start() - 1 : hit.start()] in ("连", "排", "班", "营", "队"):
        return None  # 某连下士甲: a unit's, read with the unit
    return hit[1]
