"""Three-character names whose surname the tagger read as a word of its own (``储|小兰``, ``向|春燕``).

Some surnames are also common one-character words: a verb (储, 存), a preposition (向, 于) or a
name-like piece the tagger tags alone (``向|春燕``). At the head of a roll line or after the colon
of a roll's category, the tagger reads the surname as that word and the rest as a two-character
name. The grammar of the line says the name starts at the line: nothing of a sentence comes
before it (the line's start, a colon, a space), and what follows the name closes it (a gender or
ethnic parenthesis ``（女）``, a comma, a space). So the surname is the name's first character.

So is an item of an enumeration of names (``甲、向|某某、乙``): the mark before it and the mark or
等 after it bound the name; or the name before the mark, for the enumeration's last item
(``甲、仝|某某为…``).

In a sentence, a lone surname that the tagger itself reads as a person, right before the
two-character person it reads after it (``歌手|某|某某（左）``, the rest a county's short form too),
is the name's first character where a mark closes the name.

Counter-examples: a surname-like character after a word of a sentence (``要向春燕学习``: after 要,
the preposition of a verb) or a name with nothing closing it (``向春燕学习`` at a line's start:
a phrase goes on after it) is left to the tagger.
"""

from __future__ import annotations

from kg.model import Token

#: What may stand before the name on a roll line: the line's start, a colon, a space.
_BEFORE = frozenset("\n：:　 ")
#: What may close the name on a roll line: a parenthesis, a comma, a space, the line's end.
_AFTER = frozenset("（(，,　 \n")
#: What may close an item of an enumeration of names (甲、向|某某、乙, 甲、向|某某等).
ITEM_END = frozenset("、，,。；等")
#: What may close a name in a sentence, where the tagger read the surname alone as a person too.
_AFTER_PERSON = _AFTER | frozenset("、。；：")


def surname_head(text: str, tokens: tuple[Token, ...], i: int, singles: frozenset[str]) -> int:
    """Where the name of the two-character person token ``tokens[i]`` starts: one character
    earlier where a lone surname of ``singles`` stands before it at the head of a roll line."""
    tok = tokens[i]
    if i == 0 or tok.end - tok.start != 2:
        return tok.start
    prev = tokens[i - 1]
    if prev.end != tok.start or prev.end - prev.start != 1 or prev.text not in singles:
        return tok.start
    before = text[prev.start - 1] if prev.start > 0 else "\n"
    after = text[tok.end] if tok.end < len(text) else "\n"
    if before in _BEFORE and after in _AFTER:
        return prev.start
    if before == "、" and after in ITEM_END:
        return prev.start  # 甲、向|春燕、乙: an item of an enumeration of names
    if before == "、" and i >= 3 and tokens[i - 2].text == "、" and tokens[i - 3].tag == "PER":
        return prev.start  # 甲、仝|海鹏为…颁奖: the last name of an enumeration, whatever follows
    if prev.tag == "PER" and after in _AFTER_PERSON:
        return prev.start  # 歌手|某|某某（左）: the tagger read both pieces as a person's
    return tok.start
