"""A county of a two-character name that opens a local unit's name: ``某县某某食品有限公司``.

A two-character county name (沛县-like) counts as a place only where the tagger reads it as a place
word of its own, as such short names hide inside other words. A county's paper often names its
county nowhere but at the start of a local unit's name (``某县某某食品有限公司``, ``某县人民医院``,
``某县第一中学``): the name opens the tagger's organisation there, and that is a place of the
article (its home county, when it speaks as its county: 县委, 全县).

Counter-examples: a name that runs on into a longer word (``新县城建设公司``: 县城), a district's
two-character name (城区, 矿区: generic words), an organisation that is the name and one character.
"""

from __future__ import annotations

from kg.model import Token

#: Level words of the two-character names that may open a unit's name (never 区: 城区, 矿区).
_LEVELS = ("县", "旗")
#: Characters after the name that make it part of a longer word (县城, 县域, 县级).
_RUN_ON = frozenset("城域级乡")
#: The fewest characters of the unit's own name after the county's.
_MIN_REST = 2


def opens_unit(token: Token | None, name: str) -> bool:
    """Does the county ``name`` (two characters) open the tagger's organisation ``token``?"""
    if token is None or token.tag != "ORG" or not name.endswith(_LEVELS):
        return False
    rest = token.text[len(name) :]
    return token.text.startswith(name) and len(rest) >= _MIN_REST and rest[0] not in _RUN_ON
