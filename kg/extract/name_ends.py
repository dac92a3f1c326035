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

A name whose last character is 之 (``王和|之|出席``, ``中村雅|之|、``): the tagger reads 之 as the
particle, but a particle takes a noun after it (``王明之子``, ``应王明之邀``), and before a verb, a
mark or a conjunction it can only be the name's.

A token the tagger reads on across 率 into the body its bearer leads (``某某某率州政协``, a level's
bare organ or a division after 率) ends before 率.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg import rx
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


#: What a speaker 作 (makes) at a meeting: 作报告, 作(交流)发言, 作专题辅导, 作重要讲话, 作总结.
_ZUO_OBJECT = rx.compile(
    r"作(?:了|出)?(?:重要|专题|主旨|典型|交流|表态|书面|工作|动员|总结|述职|政府工作|情况)?"
    r"(?:报告|发言|讲话|辅导|部署|总结|说明|动员|汇报|点评|讲评|批示|指示|示范|介绍|解读|交流)"
)
#: Characters that make a word with 作 whatever follows (工作, 合作, 创作…): no name ends in them here.
_ZUO_WORDS = frozenset("工合创操写协制动运当看称叫炒化原习劳所振耕著佳杰力大")


def zuo_object(text: str, at: int) -> bool:
    """Whether ``text`` at ``at`` is 作 with an object of a speaker (作报告, 作专题辅导)."""
    return text[at : at + 1] == "作" and _ZUO_OBJECT.match(text, at) is not None


def glued_to_zuo(text: str, at: int) -> bool:
    """Whether the character at ``at`` ends a name the tagger read with the verb after it as one
    word: ``王小明作报告`` read 王小|明作|报告 (明作, like 新作, a word of its own). 作 must take an
    object of the genre (报告, 发言, 讲话, 辅导…), and the character must make no common word with
    作 (``张明工作报告``: 工作 is the word)."""
    return (
        at + 2 < len(text)
        and text[at + 1] == "作"
        and text[at] not in _ZUO_WORDS
        and _ZUO_OBJECT.match(text, at + 1) is not None
    )


#: What opens the body a leader leads (率州政协视察组, 率市代表团): a level's bare organ.
_LED_LEVELS = frozenset("省市县区州盟旗")


def _leads(text: str, at: int) -> bool:
    """Does 率 at ``at`` open what a leader leads: a level's body (``率州政协视察组``) or a
    division's (``率某某县代表团``)?"""
    from kg.extract.divisions import division_prefix  # divisions reads names: imported here

    rest = text[at + 1 : at + 9]
    return text[at] == "率" and (rest[:1] in _LED_LEVELS or division_prefix(rest) > 0)


#: What the particle 之 takes after a name that is no noun: an invitation or a charge (应某某之邀, 受某某之托).
_ZHI_OBJECTS = frozenset("邀托请约嘱命")
#: Marks and conjunctions after which 之 closes a name (王和之、李华; 王和之等).
_ZHI_AFTER = frozenset("，,、。；;：:（(等和与及")


def _zhi_end(text: str, tokens: tuple[Token, ...], i: int) -> int | None:
    """The end of a name of two or three characters before 之 that is its last character (the
    module's docstring), else None."""
    tok = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if nxt is None or nxt.text != "之" or nxt.start != tok.end or len(tok.text) not in (2, 3):
        return None
    if after is None or after.start != nxt.end or after.text[0] in _ZHI_OBJECTS:
        return None
    return nxt.end if after.tag == "v" or after.text[0] in _ZHI_AFTER else None


def name_end(text: str, tokens: tuple[Token, ...], i: int) -> int:
    """The end of the name that starts with the PER token ``tokens[i]`` (see the module's docstring)."""
    tok = tokens[i]
    if (zhi := _zhi_end(text, tokens, i)) is not None:
        return zhi  # 王和|之|出席: the name's last character
    lead = next((k for k in (2, 3, 4) if k < len(tok.text) - 1 and _leads(text, tok.start + k)), 0)
    if lead:
        return tok.start + lead  # 主席某某某率州政协|视察组: the leader, then the body led
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and nxt.text == "作" and nxt.start == tok.end and zuo_object(text, nxt.start):
        return tok.end  # 杨凯|作|了|发言: the speaker's verb 作 with its object, a word of its own
    if len(tok.text) > 3 and glued_to_zuo(text, tok.end - 2):
        return tok.end - 1  # 陈立新作|政府工作报告: the tagger took the verb into the name
    end = third_character(text, tokens, i)
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if (
        nxt is not None
        and len(tok.text) == 2
        and nxt.start == tok.end
        and nxt.text.startswith(text[tok.end : tok.end + 2])  # the tagger's own word: 明作, 新作报告
        and glued_to_zuo(text, tok.end)
    ):
        return tok.end + 1  # 王小|明作|报告: the name's last character and the verb 作 read as one word
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


def questions(text: str, tokens: tuple[Token, ...]) -> Iterator[str]:
    """What the checks of :mod:`kg.extract.names` ask the tagger about the names of ``text``, to be
    asked in one batch (:func:`kg.extract.tagger.ask_many`; a build asks for all the articles of a
    batch at once)."""
    for tok in tokens:
        if tok.tag == "PER":
            yield tok.text
            yield text[tok.start : tok.end + 1] + "说"  # third_character's question
