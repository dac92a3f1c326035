"""``马方``, ``韩方``: a side of talks between two countries, not a person named 马方.

News of a meeting between China and another country calls each party ``中方`` / ``X方``, with X the
one-character short form of the other country (``中马两国``, ``中韩关系``). Where X is a surname
too (马, 韩, 巴), the tagger reads ``X方`` as a two-character name. It is a side, not a person, when
the article pairs X with 中 (``中X两国``, ``X中关系``) or names a country that starts with X
(``马尔代夫``): one-character short forms abbreviate countries the article is about.
"""

from __future__ import annotations

import re

from kg.extract.foreign_names import places

#: What follows ``中X`` (or ``X中``) when X is a country's short form: 中马两国, 中韩关系.
_PAIRED = "(?:两国|双方|关系|友好|友谊|合作|建交|联合|经贸|战略)"


def is_side(text: str, name: str) -> bool:
    """Is ``name``, read as a person's name, the side ``X方`` of a country the article is about?"""
    if len(name) != 2 or name[1] != "方":
        return False
    x = re.escape(name[0])
    if re.search(f"中{x}{_PAIRED}|{x}中{_PAIRED}", text):
        return True
    return any(len(p) >= 2 and p.startswith(name[0]) and p in text for p in places())
