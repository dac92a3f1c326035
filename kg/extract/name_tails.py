"""Three-character names whose last character the tagger read as a conjunction (``孔祥|和|表示``).

和, 与, 及 and 同 end many given names (李平和, 张大同). The tagger reads such a name as two
characters and a conjunction; but a conjunction joins two nouns, so where a verb follows it
at once and a mark or the end of the clause follows that verb (``…书记王小和表示，``,
``王小和指出：``), the character is the name's last one. A conjunction before another name or a
noun stays one (``王明和李华表示``, ``王明和群众交流``), as does one before a verb with its object
(``王明和参会人员``: the verb has words after it).
"""

from __future__ import annotations

from kg.model import Token

#: Characters a given name may end in that the tagger reads as conjunctions.
CONJUNCTION_CHARS = frozenset("和与及同")
#: What may follow the verb after such a name: a clause mark, or the end of the text.
_AFTER_VERB = "，,：:。；;！!？?“"


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
    if verb.start != conj.end or verb.tag != "v":
        return end
    after = text[verb.end : verb.end + 1]
    return conj.end if not after or after in _AFTER_VERB else end
