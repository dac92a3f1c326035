"""Three-character names the tagger cut before a title or an ellipsis (``王小|明|院士``).

The tagger reads the last character of such a name as a one-character verb (存, 滚) and the name
as two characters. The grammar of the genre says where the whole name ends:

- an enumeration of titled names (``甲院士、乙某院士``): every item is a name followed by the same
  title word, so the stretch between the list mark (、 和 与 及) and that title is the whole name;
- the last item of an enumeration closed by an ellipsis, right after its title (``“乡村教师”
  王小|明……``, ``教师王小|明……``): a name, then the ellipsis.

The lone character must not be a verb of holding (``王明|任|院长``, ``李华|兼|主任``).

A name may also be glued to the title before it, where its surname starts a common word with
what follows (``主任何立群`` read as one noun, ``副主|任何立群`` as 任何): :func:`glued_name`
takes the name only where the tagger itself reads it alone as a name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.joined_titles import tokens_near
from kg.extract.not_names import not_a_name
from kg.extract.tibetan_names import tibetan_end
from kg.extract.titles import is_han, lexicon
from kg.model import Extraction, Token

if TYPE_CHECKING:
    from kg.extract.names import NameHit

#: Verbs that join a name to a title (任院长, 兼主任): never the last character of a cut name.
HOLDING_VERBS = frozenset("任兼为是当系作做称升调转获被由出")
#: Marks between the items of an enumeration of titled names.
LIST_MARKS = "、和与及"
#: An ellipsis that closes an enumeration.
ELLIPSIS = "…"
#: The longest title looked for right before or after a name.
LONGEST_TITLE = 6


def title_before(text: str, pos: int) -> bool:
    """Does a title (of two to :data:`LONGEST_TITLE` characters) end right before ``pos``?"""
    lex = lexicon()
    if pos <= len(text) and not lex.may_end_title(text[pos - 1 : pos]):
        return False  # cheap test first: every title looked for ends with this one character
    return any(pos - k >= 0 and lex.is_title(text[pos - k : pos]) for k in range(2, LONGEST_TITLE + 1))


def _parallel_item(text: str, start: int, end: int, title: str) -> bool:
    """Is ``text[start:end] + title`` an item of an enumeration whose neighbour ends in ``title``?"""
    before = text[:start]
    if before[-1:] in LIST_MARKS and before[:-1].endswith(title):
        return True  # 甲院士、|乙某|院士
    after = end + len(title)
    if text[after : after + 1] not in LIST_MARKS:
        return False
    for length in (2, 3, 4):  # 乙某院士、|甲|院士
        item = text[after + 1 : after + 1 + length]
        if len(item) == length and is_han(item) and text.startswith(title, after + 1 + length):
            return True
    return False


def cut_before_mark(text: str, toks: tuple[Token, ...], i: int) -> bool:
    """Is ``toks[i]`` (two characters) plus the one-character token after it a whole name cut
    before a title of an enumeration or before an ellipsis?"""
    tok = toks[i]
    third = toks[i + 1] if i + 1 < len(toks) else None
    if third is None or third.start != tok.end or len(third.text) != 1 or third.text in HOLDING_VERBS:
        return False
    end = third.end
    if text.startswith(ELLIPSIS, end):
        return text[tok.start - 1 : tok.start] == "”" or title_before(text, tok.start)
    title = lexicon().title_at(text, end, LONGEST_TITLE, lexical=True)
    return title is not None and _parallel_item(text, tok.start, end, title)


#: Frames in which the tagger must read a glued name alone as a person: bare, and before 说.
_NAME_FRAMES = ("{}", "{}说")


def glued_name(text: str, toks: tuple[Token, ...], pos: int, ends: str) -> int | None:
    """The end of a name of two or three characters at ``pos``, right after a title, that the
    tagger did not cut as one (``主任何立群``, ``副主|任何立群``): it must end where a word of the
    tagger ends, before one of ``ends``, and the tagger must read it alone as a name (in each of
    :data:`_NAME_FRAMES`). None if there is none (``主任任何时候``, ``省领导和大会``)."""
    from kg.extract.name_runs import reads_as_name  # which reads this module: imported when needed

    lex = lexicon()
    lexical = any(
        pos - k >= 0 and lex.title_kind(text[pos - k : pos]) == 0 for k in range(2, LONGEST_TITLE + 1)
    )
    if not lexical or any(lex.is_title(text[pos - k : pos + m]) for k in range(1, 4) for m in range(1, 4)):
        return None  # no title of the lexicon before (修缮工|程坚持), or one cut in two (总工|程师)
    near = tokens_near(toks, pos, pos + 3)  # the tagger's words over the name, by bisection
    word_ends = {t.end for t in near if t.end > pos}
    for length in (3, 2):
        end = pos + length
        name = text[pos:end]
        if len(name) < length or not is_han(name) or end not in word_ends:
            continue
        if end < len(text) and text[end] not in ends:
            continue
        if any(t.start == pos and t.end == end and t.tag == "PER" for t in near):
            return None  # the tagger read it so: nothing glued
        if all(reads_as_name(name, frame) for frame in _NAME_FRAMES):
            return end
    return None


#: Frames in which the tagger must read a name that starts with a function word (向和平): before 说.
_SPEECH_FRAMES = ("{}说",)


def function_word_name(text: str, toks: tuple[Token, ...], pos: int, ends: str) -> int | None:
    """The end of a three-character name at ``pos``, right after a title, whose surname the tagger
    read as a preposition, a conjunction or a pronoun (``副县长从|立华``, ``局长和|志明|牵头``,
    ``镇长|向和平|介绍``, ``代表那|振宇``): the two characters after the surname are a given name the
    tagger read alone as a person and that starts with no common surname, or the tagger reads the
    three characters as one name before 说.
    The name ends before one of ``ends`` or a verb. None if there is none (``主任向|王明|介绍``)."""
    from kg.extract.bare_names import starts_phrase
    from kg.extract.name_runs import common_surnames, reads_as_name
    from kg.extract.names import surnames

    single, _ = surnames()
    end = pos + 3
    name = text[pos:end]
    if len(name) < 3 or not is_han(name) or name[0] not in single:
        return None
    if not starts_phrase(name[0], ("p", "c", "r")):
        return None
    near = tokens_near(toks, pos, end)  # the tagger's words over the name and the one after it
    nxt = next((t for t in near if t.start == end), None)
    if end < len(text) and text[end] not in ends and (nxt is None or nxt.tag not in ("v", "vd")):
        return None
    given = any(t.start == pos + 1 and t.end == end and t.tag == "PER" for t in near)
    if given and name[1] not in common_surnames():
        return end  # 从|立华, 那|桂琴 (桂 is a surname, but a rare one: 向|王明 is 王明)
    if any(t.end == end for t in near) and all(reads_as_name(name, f) for f in _SPEECH_FRAMES):
        return end  # 向和平
    return None


def unglued(ex: Extraction, hits: list[NameHit], covered: set[int]) -> list[NameHit]:
    """Names the tagger glued to the title before them (``主任何立群``, :func:`glued_name`); they
    replace what the tagger read there (``副主|任何立群``, ``于|明亮``); ``covered`` gains them."""
    from kg.extract.names import NAME_END, surnames, with_gender  # names calls this: imported here

    text = ex.article.text
    lex = lexicon()
    single, double = surnames()
    found = []
    may_end = lex.may_end_title
    for pos in range(2, len(text) - 1):
        if not may_end(text[pos - 1]):
            continue  # cheapest test first: every title ends with one of few characters
        surname = text[pos] in single or text[pos : pos + 2] in double
        if not surname or not lex.is_title(text[pos - 2 : pos]):
            continue  # cheap tests first: a surname after a title of two characters or more
        end = glued_name(text, ex.tokens, pos, NAME_END) or function_word_name(text, ex.tokens, pos, NAME_END)
        if end is None or not_a_name(text, pos, end):
            continue  # 副总经理|方总: a surname and a form of address (kg.extract.not_names)
        if not any(h.start == pos and h.end == end for h in hits):
            found.append(with_gender(text, pos, end))
    if not found:
        return hits
    kept = [h for h in hits if not any(f.start < h.end and h.start < f.end for f in found)]
    for f in found:
        covered.update(range(f.start, f.end))
    return sorted(kept + found, key=lambda h: h.start)


#: A caption's opener (图为某某·某某, 图为大会开幕现场), which the tagger may glue to the name after it: no
#: part of a name, nor of the name of an event pictured.
CAPTION_OPENER = "图为"


def completed(text: str, hits: list[NameHit]) -> list[NameHit]:
    """Two-character names that are the first two characters of a three-character name of the
    article, and dotted names (and names before a dot) that are a piece of a longer dotted name of
    the article, written there in full (``校长孟志|成作部署`` … ``孟志成从``; ``买买|提江·阿不|都外力``
    … ``买买提江·阿不都外力``): the tagger glued the
    name's last character to the next word; the hit is the whole name. A name that took the 为 of
    ``聘请甲为名誉会长`` (a verb of naming before it, a title after it) loses it (:func:`naming_wei`)."""
    from kg.extract.names import with_gender  # names calls this: imported here

    full = {h.name for h in hits if len(h.name) == 3}
    dotted = {h.name for h in hits if "·" in h.name and not h.name.endswith((PARTY, "等"))}
    out = []
    for h in hits:
        if (tibetan := tibetan_end(text, h.start, h.end)) > h.end:  # 扎西|才让: one Tibetan name
            h = with_gender(text, h.start, tibetan)
        elif "·" in h.name and (whole := _around(text, h.start, h.name, dotted)) is not None:
            h = with_gender(text, whole[0], whole[1])  # 阿不|都|热|某某·某某, 买买|提江·阿不|都外力: in full
        elif longer := [n for n in dotted if len(n) > len(h.name) and text.startswith(n, h.start)]:
            h = with_gender(text, h.start, h.start + max(map(len, longer)))  # 某某|·某某先后: in full
        elif h.name.startswith(CAPTION_OPENER) and h.name[len(CAPTION_OPENER) :] in dotted:
            h = with_gender(text, h.start + len(CAPTION_OPENER), h.end)  # 图为某某·某某（右二）
        elif len(h.name) == 2 and h.name + text[h.end : h.end + 1] in full:
            h = with_gender(text, h.start, h.end + 1)
        elif naming_wei(text, h.start, h.end):
            h = with_gender(text, h.start, h.end - 1)
        elif verb_glued(text, h.start, h.end):
            h = with_gender(text, h.start, h.end - 1)  # 居民某某某拉|着他的手: the verb of 拉着
        elif (given := given_after_surname(text, h.start, h.end)) > h.end:
            h = with_gender(text, h.start, given)
        elif abb_head(text, h.start, h.end):
            h = with_gender(text, h.start, h.end - 1)
        out.append(h)
    return out


#: Verbs of holding or looking that 着 follows (拉着, 握着, 看着): the end of a dotted name glued
#: to 着 is such a verb, where the name's last part keeps two characters without it.
_HELD_VERBS = "拉握带抱拿捧牵看望指扶领搀挽"


def _around(text: str, start: int, name: str, dotted: set[str]) -> tuple[int, int] | None:
    """The span of the longest dotted name of the article (``dotted``) written around ``name`` at
    ``start``, the name a piece of it the tagger read apart; None if none is."""
    spans = [
        (start - k, start - k + len(n))
        for n in dotted
        if len(n) > len(name) and (k := n.find(name)) >= 0 and text.startswith(n, start - k)
    ]
    return max(spans, key=lambda s: s[1] - s[0], default=None)


def verb_glued(text: str, start: int, end: int) -> bool:
    """Does the name ``text[start:end]``, four Han characters under a single surname, end with a
    verb that the particle 着 after it takes (``肖某某拉|着他的手``, ``王某某握|着``)? A name of four
    characters opens with a double surname (欧阳某某) or holds a dot; none ends before 着. A dotted
    name does end with such a verb where its last part is three characters or more (``某某·某某拉|着``)."""
    from kg.extract.names import surnames  # names calls this: imported here

    single, double = surnames()
    name = text[start:end]
    if "·" in name and text[end : end + 1] == "着":  # 某某·某某拉|着: the dotted name's last part
        return len(name.rsplit("·", 1)[1]) >= 3 and name[-1] in _HELD_VERBS  # keeps two characters
    return (
        len(name) == 4
        and text[end : end + 1] == "着"
        and is_han(name)
        and name[0] in single
        and name[:2] not in double
    )


def abb_head(text: str, start: int, end: int) -> bool:
    """Does the name ``text[start:end]`` end with the head of a word of the form ABB glued to it
    (``周长海乐|呵呵地说``, ``李明笑|眯眯``)? The two characters after it are the same and its last
    is another (see the comment for which names)."""
    after = text[end : end + 2]
    if len(after) < 2 or after[0] != after[1] or not is_han(after) or text[end - 1] == after[0]:
        return False
    # only before the tail of an ABB word, which no adverb is (王小明|天天来, 沃尔科特|往往: 天天 and
    # 往往 are words of their own)
    return 3 <= end - start <= 4 and after in ABB_TAILS


#: Doubled tails of ABB words that stand alone as no word (乐呵呵, 笑眯眯, 喜滋滋, 笑嘻嘻).
ABB_TAILS = frozenset({"呵呵", "眯眯", "滋滋", "嘻嘻", "洋洋", "乎乎", "咪咪", "哈哈"})


def given_after_surname(text: str, start: int, end: int) -> int:
    """Where the name ends that the tagger cut to its two-character surname (``总经理欧阳|启航代表``):
    one or two characters of a given name after it, and then a mark, a word of telling or 一行
    right after them. ``end`` where the surname is followed by a title or a form of address
    (``欧阳书记``, ``欧阳老师``), or by no name's end."""
    from kg.extract.address import HONORIFICS  # which reads this module: imported when needed
    from kg.extract.names import NAME_END, surnames

    if text[start:end] not in surnames()[1] or text.startswith(HONORIFICS, end):
        return end  # 欧阳同志
    for given in (2, 1):
        stop = end + given
        chars = text[end:stop]
        if stop >= len(text) or not is_han(chars) or any(c in NAME_END for c in chars):
            continue  # 欧阳|在会上
        if lexicon().title_at(text, end, given, lexical=True) is not None or not_a_name(text, start, stop):
            return end  # 欧阳|书记
        if text[stop] in _MARKS or text.startswith((*TELLING_WORDS, PARTY), stop):
            return stop
    return end


#: The marks that end a name for certain (:func:`given_after_surname`).
_MARKS = "，,。、；：）)（(\n“”"


#: The party with a person (``董事长某某一行``): a name ends right before it.
PARTY = "一行"

#: Verbs that name a person to a post with 为 after the name (聘请甲为顾问, 推选乙为会长).
NAMING_VERBS = ("聘请", "聘任", "推选", "推举", "选举", "任命", "增补", "补选", "特聘", "选聘")


def naming_wei(text: str, start: int, end: int) -> bool:
    """Does the name ``text[start:end]`` end in the 为 of a verb of naming before it and a title
    after it (``聘请陆某某为|名誉会长``)? Not a name whose own last character is 为 (``聘请张有为为顾问``:
    为 again after it)."""
    if end - start < 3 or text[end - 1] != "为" or not text.endswith(NAMING_VERBS, 0, start):
        return False
    return lexicon().title_at(text, end, _NAMED_TITLE, lexical=True) is not None


#: The longest title after the 为 of a verb of naming.
_NAMED_TITLE = 8


#: Words of telling that may follow a titled name with no mark between (董事长王小明代表…发言,
#: 董事长王小明作为…代表发言, 时任…的李华回忆, 主任王明介绍): a name whose last character the
#: tagger glued to them is cut there, where the title before fixes the name's start.
TELLING_WORDS = frozenset(
    {"代表", "作为", "回忆", "介绍", "说明", "回答", "汇报", "坦言", "谈到", "透露", "感慨"}
)


def before_telling(text: str, toks: tuple[Token, ...], start: int, end: int) -> bool:
    """Does the name ``text[start:end]``, right after a title, end before a word of
    :data:`TELLING_WORDS` that the tagger reads as a word of its own (``任宏达|代表``, not
    ``代表团``), and does the tagger read it alone as a name (``县长|向群众|介绍`` is none)?"""
    from kg.extract.name_runs import reads_as_name  # which reads this module: imported when needed
    from kg.extract.names import surnames

    word = next((t for t in tokens_near(toks, end, end + 1) if t.start == end), None)
    if word is None or word.text not in TELLING_WORDS:
        return False
    name = text[start:end]
    if len(name) == 3 and text[start] in surnames()[0]:  # 应国平: a verb alone (应), a name when it speaks
        return reads_as_name(name, _NAME_FRAMES[-1])
    return all(reads_as_name(name, frame) for frame in _NAME_FRAMES)
