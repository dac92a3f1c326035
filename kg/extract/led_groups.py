"""Titles stated after one name with 为 that a chain walk from the next name would take.

``成立以市长甲为组长、常务副市长乙为副组长的领导小组``: walking back from 乙, the chain reaches
``组长、常务副市长``; 组长 is 甲's (甲为组长), so the chain before 乙 starts after the 、 that ends
the title stated for 甲. Only where a name ends right before that 为 (``某某为国内首家…`` opens no
such statement).
"""

from __future__ import annotations

#: What ends the title stated after 为 for the name before.
_STATED_END = "、"


def after_stated(text: str, start: int, name_start: int, prev_name_end: int) -> int:
    """Where the chain before the name at ``name_start`` starts: after the title stated for the
    name ending at ``prev_name_end`` (``甲为组长、``) when the walk began at its 为, else ``start``."""
    if start < 1 or text[start - 1] != "为" or prev_name_end != start - 1:
        return start
    cut = text.find(_STATED_END, start, name_start)
    return cut + 1 if cut >= 0 else start
