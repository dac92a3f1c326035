"""Forms of address: what news writes with a surname instead of a full name.

A title or an honorific after a surname (``王书记``, ``李先生``, ``张老``, ``李总书记``) and a familiar
prefix before one (``小王``, ``老李``). The name layer (:mod:`kg.extract.names`) cuts them off the
names the tagger glued them to; the short forms (:mod:`kg.extract.short_forms`) make a mention of
the surname from them.
"""

from __future__ import annotations

from kg.extract.name_runs import common_surnames
from kg.extract.titles import lexicon

#: Forms of address written after a full name (王某某同志, 李某某先生): no part of the name or its title.
COURTESY = ("同志", "先生", "女士")
#: Forms of address the tagger glues to a name (王某先生, 李某同志, 张老).
HONORIFICS = (
    "先生",
    "女士",
    "同志",
    "老师",
    "师傅",
    "大娘",
    "大爷",
    "大妈",
    "大伯",
    "阿姨",
    "奶奶",
    "爷爷",
    "妈妈",
    "阿婆",
    "阿公",
    "婆婆",
    "大叔",
    "大婶",
    "大嫂",
    "阿伯",
    "小姐",
    "太太",
    "夫人",
    "老",
    "氏",
    "总",
    "某",
)


#: Familiar forms of address written before a surname: 小王, 老李.
FAMILIAR = "小老"


def familiar(word: str) -> str | None:
    """The surname of a familiar form of address (小张 → 张, 老李 → 李), if ``word`` is one: one
    of the commonest surnames after 小 or 老 (小平 and 老成 are a name and a word, not forms)."""
    if len(word) == 2 and word[0] in FAMILIAR and word[1] in common_surnames():
        return word[1]
    return None


#: The family of a surname (刘家), and where it lives (王家门前, 李家里): the corpora mark the surname.
FAMILY = "家"
_FAMILY_TAILS = ("", "门", "里", "中")


def family(word: str) -> str | None:
    """The surname of a family (刘家 → 刘, 王家门 → 王), if ``word`` is one: a single-character
    surname and 家, or 家门, 家里, 家中 (a name of three characters, 王家明, is no family)."""
    from kg.extract.names import surnames

    if len(word) >= 2 and word[1] == FAMILY and word[2:] in _FAMILY_TAILS and word[0] in surnames()[0]:
        return word[0]
    return None


def without_honorific(name: str) -> str:
    """``name`` without a form of address after it: an honorific, or the longest title word."""
    lex = lexicon()
    for h in HONORIFICS:
        if name.endswith(h) and len(name) > len(h):
            return name[: -len(h)]
    for k in range(1, len(name)):
        if lex.is_word(name[k:]):
            return name[:k]  # 王主席, 安馆长, 李总书记: a surname and a title (the longest)
    return name
