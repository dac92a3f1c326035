"""Three-character names whose last character the tagger read as a conjunction (``孔祥|和|表示``).

和, 与, 及 and 同 end many given names (李平和, 张大同). The tagger reads such a name as two
characters and a conjunction; but a conjunction joins two nouns, so where a verb follows it
at once and a mark or the end of the clause follows that verb (``…书记王小和表示，``,
``王小和指出：``), the character is the name's last one. A conjunction before another name or a
noun stays one (``王明和李华表示``, ``王明和群众交流``), as does one before a verb with its object
(``王明和参会人员``: the verb has words after it).

So is it before a form of address written after a full name (``院长王小和教授，``,
``王小和同志表示，``): a conjunction does not join a name to a bare 教授 or 同志 that closes the
clause or is the subject of a verb that closes it; it stays one before a plural or a longer
phrase (``王明和教授们交流``, ``王明和教授交流了想法``).
"""

from __future__ import annotations

from kg.model import Token

#: Characters a given name may end in that the tagger reads as conjunctions.
CONJUNCTION_CHARS = frozenset("和与及同")
#: Words of time and sequence that open the clause after a name, whose first character the tagger
#: glues to the name (``王小明此|前任…`` read 王小明此, ``李华曾|任…``): that character is no part of
#: the name when it makes the word with the one after the name.
GLUED_WORDS = frozenset(
    {"此前", "此后", "此次", "此时", "此外", "此番", "曾任", "曾经", "现任", "先后", "随后", "到会", "到场"}
)
#: Verb-object phrases of the genre after a name (与种粮大户王小明拉家常) whose verb the tagger glues
#: to the name (王小明拉): the verb is no part of the name.
GLUED_PHRASES = frozenset({"拉家常", "话家常", "唠家常", "聊家常"})
#: What may follow the verb after such a name: a clause mark, or the end of the text.
_AFTER_VERB = "，,：:。；;！!？?“"
#: Forms of address and academic titles written after a full name (王某某教授, 李某某同志).
ADDRESS_AFTER = frozenset({"教授", "同志", "先生", "女士"})


def _closes(text: str, tokens: tuple[Token, ...], k: int) -> bool:
    """Does ``tokens[k]`` close its clause: a clause mark or the text's end right after it?"""
    after = text[tokens[k].end : tokens[k].end + 1]
    return not after or after in _AFTER_VERB


def _addressed(text: str, tokens: tuple[Token, ...], k: int) -> bool:
    """Is ``tokens[k]`` a form of address (教授, 同志) that closes the clause, or is followed at once
    by a verb that does (``教授表示，``)?"""
    word = tokens[k]
    if word.text not in ADDRESS_AFTER:
        return False
    if _closes(text, tokens, k):
        return True
    nxt = k + 1 < len(tokens) and tokens[k + 1]
    return bool(nxt) and nxt.start == word.end and nxt.tag == "v" and _closes(text, tokens, k + 1)


def conjunction_tail(text: str, tokens: tuple[Token, ...], i: int, end: int) -> int:
    """The end of the name that starts with the two-character PER token ``tokens[i]``: one
    character further when that character is a conjunction (a token of its own) followed at
    once by a verb that closes the clause (``王小|和|表示，``); ``end`` otherwise."""
    tok = tokens[i]
    if end != tok.end or len(tok.text) != 2 or i + 2 >= len(tokens):
        return end
    conj, verb = tokens[i + 1], tokens[i + 2]
    if conj.start != tok.end or conj.text not in CONJUNCTION_CHARS or conj.tag not in ("c", "p"):
        return end
    if verb.start != conj.end:
        return end
    if _addressed(text, tokens, i + 2):
        return conj.end  # 王小|和|教授，
    if verb.tag != "v":
        return end
    return conj.end if _closes(text, tokens, i + 2) else end
