"""Where a name the tagger read as two characters ends: at the tagger's token, or one character on.

The tagger often cuts a three-character name before its last character, reading that character
as a one-character word (``王小|明说``: :func:`kg.extract.name_runs.third_character` asks it
again). The grammar around the lone character settles two cases that the tagger's second
answer gets wrong:

- the lone character opens a phrase with the word after it, so it is no part of the name: a
  preposition before its object (``王明|因|病…``, ``王明|因|伤…``) or a noun before a noun that
  it makes a compound with (``王明|楷|书``, a name before a work of calligraphy);
- the lone character stands right before a colon, the mark of a speaker's line in a transcript
  or an interview (``王小明：``), and is no verb of saying (``王明问：``, ``王明答：``) and no
  function word: it is the name's last character.
"""

from __future__ import annotations

from kg.extract.name_runs import FUNCTION_CHARS, third_character
from kg.model import Token

#: Tags of the lone character that opens a phrase with the word after it.
_OPENS_PHRASE = {"p": frozenset({"n", "nz", "v", "vn", "a", "an"}), "n": frozenset({"n", "nz"})}
#: Marks that close a speaker's name at the head of a line of a transcript or an interview.
SPEAKER_MARKS = frozenset("：:")
#: One-character verbs of saying written between a name and a colon (王明问：).
SAYING = frozenset("问答道曰讲云称说写喊叹笑")
#: Tags of a lone character that ends no name: adverbs, pronouns, numbers, measure words.
_NOT_NAME_TAGS = frozenset({"d", "r", "m", "q", "u", "c", "p", "w", "xc"})


def name_end(text: str, tokens: tuple[Token, ...], i: int) -> int:
    """The end of the name that starts with the PER token ``tokens[i]`` (see the module's docstring)."""
    tok = tokens[i]
    end = third_character(text, tokens, i)
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if nxt is None or len(tok.text) != 2 or nxt.start != tok.end or len(nxt.text) != 1:
        return end
    if end == nxt.end:
        opens = _OPENS_PHRASE.get(nxt.tag)
        if opens and after is not None and after.start == nxt.end and after.tag in opens:
            return tok.end  # 王明|因|病: a preposition and its object, not a name's last character
        return end
    if after is not None and after.start == nxt.end and after.text[:1] in SPEAKER_MARKS:
        from kg.extract.names import surnames  # names calls this module: imported here

        if (
            tok.text[0] in surnames()[0]
            and nxt.text not in SAYING
            and nxt.text not in FUNCTION_CHARS
            and nxt.tag not in _NOT_NAME_TAGS
        ):
            return nxt.end  # 王小|明|：: a speaker's line
    return end
