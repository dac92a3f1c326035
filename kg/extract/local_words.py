"""Function words inside a township or village name (used by :mod:`kg.extract.places`).

Characters such as 和, 向, 为 join or open phrases (甲县和乙县, 向某镇), but names hold them too
(和平镇, 向阳村, 为民村). The tagger tells the two apart: a function word is a word of its own, a
name's character lies inside a longer word. 的 and 了 are in no name.

Nor is an organisation's word: ``某县公安局某派出所社区民警``, ``某某卫生服务中心社区医生``,
``某某医院社区护士``, ``某某卫生院社区医生`` name a unit and a job (社区民警, 社区医生), no
community named 公安局某派出所社区 (:func:`holds_unit_word`), nor is a body's verb of sending
(``某市某局派驻某村第一书记``: the village is 某村); ``某某村``, ``中心村``, ``某某
社区`` hold none.
"""

from __future__ import annotations

from collections.abc import Mapping

from kg.model import Token

#: Characters that are function words where the tagger reads them alone (adverbs too: 将做|美镇村,
#: not 将军村).
FUNCTION_CHARS = frozenset("的了和与及在是为对从向把被等个将也还都就又已")
#: Function characters that no township or village name holds.
NEVER_IN_NAME = frozenset("的了")


def has_function_word(name: str, start: int, at: Mapping[int, Token]) -> bool:
    """Whether ``name``, written at ``start``, holds a function word: 的 or 了 anywhere, another
    function character where the tagger's word at that offset is that character alone, or a
    preposition of two characters that the tagger reads inside it (``at`` maps an offset to the
    token that starts there)."""
    for k, char in enumerate(name):
        if char in NEVER_IN_NAME:
            return True
        token = at.get(start + k)
        if char in FUNCTION_CHARS and token is not None and len(token.text) == 1:
            return True
        if (
            token is not None
            and token.tag == "p"
            and len(token.text) > 1
            and k + len(token.text) <= len(name)
        ):
            return True  # 某县委关于某镇…: a preposition of two characters (关于, 对于) names nothing
    return False


#: Words of an organisation that no township's or village's name holds (the unit of a job
#: 社区民警, 社区医生 written before it).
UNIT_WORDS = (
    "派出所",
    "公安局",
    "分局",
    "医院",
    "卫生院",
    "服务中心",
    "服务站",
    "委员会",
    "公司",
    "学校",
    "派驻",
)


def holds_unit_word(name: str) -> bool:
    """Whether the township or village ``name`` holds an organisation's word (module docstring)."""
    return any(w in name for w in UNIT_WORDS)
