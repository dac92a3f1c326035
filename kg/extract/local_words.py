"""Function words inside a township or village name (used by :mod:`kg.extract.places`).

Characters such as 和, 向, 为 join or open phrases (甲县和乙县, 向某镇), but names hold them too
(和平镇, 向阳村, 为民村). The tagger tells the two apart: a function word is a word of its own, a
name's character lies inside a longer word. 的 and 了 are in no name.
"""

from __future__ import annotations

from collections.abc import Mapping

from kg.model import Token

#: Characters that are function words where the tagger reads them alone.
FUNCTION_CHARS = frozenset("的了和与及在是为对从向把被等个")
#: Function characters that no township or village name holds.
NEVER_IN_NAME = frozenset("的了")


def has_function_word(name: str, start: int, at: Mapping[int, Token]) -> bool:
    """Whether ``name``, written at ``start``, holds a function word: 的 or 了 anywhere, another
    function character where the tagger's word at that offset is that character alone (``at``
    maps an offset to the token that starts there)."""
    for k, char in enumerate(name):
        if char in NEVER_IN_NAME:
            return True
        if char in FUNCTION_CHARS:
            token = at.get(start + k)
            if token is not None and len(token.text) == 1:
                return True
    return False
