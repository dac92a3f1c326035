"""Names the tagger missed right after a title: ``…工具钳工李大成，``.

A title right before two or three characters that start with a surname and end where a name
may end (a delimiter, a word of telling) is strong evidence of a name, even where the tagger is
silent or read the characters as an ordinary word. Two characters the tagger reads as one word
(安静, 温暖) are a name only in an enumeration of titled names that goes on after them (a mark,
a title chain and a name found). (A Tibetan name, which has no surname:
:func:`kg.extract.tibetan_names.titled_tibetan`.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg import rx
from kg.extract.bare_names import across_start, one_unit, says_name, verbs_only
from kg.extract.cut_names import PARTY, TELLING_WORDS, before_telling, title_before
from kg.extract.held_marks import after_marked_chain
from kg.extract.joined_titles import opens_title, tokens_near
from kg.extract.name_ends import zuo_object
from kg.extract.not_names import not_a_name
from kg.extract.speaking_names import speaking_name
from kg.extract.titles import is_han, lexicon
from kg.model import Extraction, Token

if TYPE_CHECKING:
    from kg.extract.names import NameHit

#: Particles that no name holds.
FUNCTION_CHARS = "了的地得着过吗呢吧啊们等"  # 等: 某某等出席 (and others)
_WORD_TAGS = frozenset(
    {"n", "v", "vd", "vn", "a", "ad", "an", "d", "p", "c", "u", "xc", "r", "m", "q", "f", "t"}
)


def _one_word(tokens: tuple[Token, ...], start: int, end: int) -> bool:
    return any(t.start <= start and end <= t.end and t.tag in _WORD_TAGS for t in tokens)


#: Tags of a pronoun's or a time's word (那天, 那时, 那里, 那些) that a surname char may open.
_DEICTIC_TAGS = frozenset({"r", "TIME", "t", "f"})
#: Words that open the charge after a name in a notice of discipline (某镇镇长甲违规收受礼金,
#: 某局副局长乙涉嫌严重违纪违法): the name ends before them.
MISCONDUCT = (
    "违规",
    "违纪",
    "违反",
    "涉嫌",
    "严重违纪",
    "受贿",
    "收受",
    "滥用",
    "玩忽",
    "挪用",
    "贪污",
    "套取",
)


#: Verbs of what an official does at an event, right after the name (副市长某某某到会听取意见,
#: 局长某某某到某县检查, 副州长某某某作某州投资环境推介, 副县长某某某结合分管工作作发言, 某某某带队,
#: 总经理某某某带领员工…),
#: besides the marks and the first characters of :data:`kg.extract.names.NAME_END` (出席, 参加, 主持…).
ACTS_AFTER = ("到会", "到", "作", "宣读", "结合", "带队", "率队", "带领", "率领", "致辞", "讲话", "会同")


def _opens_deictic(tokens: tuple[Token, ...], start: int, end: int) -> bool:
    """Whether the tagger reads the surname at ``start`` as the head of a shorter word of time or
    place (``那天``, ``那里``) that ends inside or with the candidate ``start``–``end``."""
    return any(
        t.start == start and start + 1 < t.end <= end and t.tag in _DEICTIC_TAGS
        for t in tokens_near(tokens, start, end)
    )


def titled_names(ex: Extraction, tokens: tuple[Token, ...], covered: set[int]) -> list[NameHit]:
    """Names the tagger missed right after a title: ``…工具钳工李大成，``."""
    from kg.extract.names import NAME_END, after_title, surnames, with_gender  # names calls this

    text = ex.article.text
    lex = lexicon()
    single, double = surnames()
    out: list[NameHit] = []
    ends = {t.end for t in tokens}
    inside = {i for t in tokens if t.tag in ("LOC", "ORG") for i in range(t.start + 1, t.end)}
    for pos in range(2, len(text) - 1):
        if pos in covered or not (text[pos] in single or text[pos : pos + 2] in double):
            continue  # cheap tests first: a name starts with a surname
        at = pos - 1 if after_marked_chain(ex, pos) else pos  # 时任某某县委书记的|某某某
        if pos in inside or not title_before(text, at):
            continue  # 在长|沙开幕: inside a place word; no title right before
        if opens_title(ex, pos):
            continue  # 省领导和大会主席团成员: 和 joins two titles
        if not after_title(text, at):
            continue
        glued = glued_telling(text, tokens, pos)  # 工程师楼建平代表: one word of the tagger
        if glued and not any(p in covered for p in range(pos, glued)):
            out.append(with_gender(text, pos, glued))
            covered.update(range(pos, glued))
            continue
        compound = text[pos : pos + 2] in double  # 副主任闻人|某某: a compound surname and two more
        for length in (4, 3) if compound else (3, 2):
            cand = text[pos : pos + length]
            nxt = text[pos + length : pos + length + 1]
            if len(cand) < length or not is_han(cand):
                continue
            acting = length == 3 and speaking_name(text, tokens, pos)  # 主任曾|立志代表…
            acting = acting or speaks_again(text, cand, pos + length)  # 区长甘露主持…。甘露要求，…
            if (
                not acting
                and nxt
                and nxt not in NAME_END
                and not text.startswith(ACTS_AFTER, pos + length)  # 副市长某某某到会, …宣读了
                and not text.startswith(PARTY, pos + length)  # 董事长储国华一行: the guest's party
                and not text.startswith(MISCONDUCT, pos + length)  # 村主任某某某违规…: a notice's charge
                and not before_telling(text, tokens, pos, pos + length)
                and not zuo_object(text, pos + length)
            ):
                continue  # 董事长李华|代表…发言: a word of telling may follow the name
            if cand[0] not in single and cand[:2] not in double:
                continue
            if any(p in covered for p in range(pos, pos + length)):
                continue
            if _opens_deictic(tokens, pos, pos + length):
                continue  # 书记|那天|说, 主任|那时|说: the surname opens a word of time or place
            if lex.is_title(cand) or any(cand.endswith(s) for s in ("市", "省", "县", "区", "村")):
                continue
            if not_a_name(text, pos, pos + length):  # 副总经理方总, 记者时表示 (kg.extract.not_names)
                continue
            if (
                _one_word(tokens, pos, pos + length)
                and not says_name(cand)
                and not acting
                and not _parallel(text, pos + length, covered)
                and not (compound and length == 4)  # 区长上官某某与…: one word of the tagger, but a
            ) or any(c in FUNCTION_CHARS for c in cand):  # compound surname and two characters are a name
                continue  # the tagger read it as one ordinary word (强调), or a particle (来了)
            if not acting and (
                (length < 4 and verbs_only(tokens, pos, pos + length) and not one_unit(cand))  # 闻人|立新
                or across_start(text, tokens, pos, pos + length)
            ):
                continue  # 书记|强调|说: verbs the tagger read there; 工程|任务: words across the name
            if (
                pos + length not in ends
                and not zuo_object(text, pos + length)
                and not _glued_person(tokens, pos, pos + length, text)
            ):
                continue  # (郑立新|作报告 the tagger read 新作: the name ends inside its word)
            out.append(with_gender(text, pos, pos + length))
            covered.update(range(pos, pos + length))
            break
    return out


#: Verbs of an official's speech after a name that opens a sentence (甘露要求，…).
_SPEECH_OPENING = rx.compile(r"(?:要求|强调|指出|表示|认为|说)[，：]")


def speaks_again(text: str, cand: str, after: int) -> bool:
    """Does ``cand`` (a titled word the tagger read as an ordinary word: 区长甘露) open a later
    sentence as the one who speaks (``甘露要求，…``, ``甘露强调，…``)? The article names its official
    so once it has given the title: the word is a name."""
    pos = text.find(cand, after)
    while pos >= 0:
        before = text[pos - 1 : pos] if pos else "\n"
        if before in "。！？\n\u3000 " and _SPEECH_OPENING.match(text, pos + len(cand)):
            return True
        pos = text.find(cand, pos + 1)
    return False


def _glued_person(tokens: tuple[Token, ...], start: int, end: int, text: str) -> bool:
    """Did the tagger read the name ``text[start:end]`` and the verb after it as one person's name
    (``书记葛某会同县司法局``: one PER word from the surname), the verb one an official's acts
    open (:data:`ACTS_AFTER`)?"""
    return text.startswith(ACTS_AFTER, end) and any(
        t.tag == "PER" and t.start == start and t.end > end for t in tokens_near(tokens, start, end)
    )


#: The marks between the titled names of an enumeration (书记甲，副主任乙; 审判员甲、陪审员乙).
_PARALLEL_MARKS = "、，"
#: The most characters of the title chain before the next name of such an enumeration.
_PARALLEL_SPAN = 16


def _parallel(text: str, end: int, covered: set[int]) -> bool:
    """Does an enumeration of titled names go on after ``end``: a mark, then a title chain right
    before a name already found (``政法委书记宁某，市人大常委会副主任某某某``, ``审判员方某、人民
    陪审员某某某``)? A word the tagger reads as one there is a name, as its neighbour is."""
    if text[end : end + 1] not in _PARALLEL_MARKS:
        return False
    for pos in range(end + 2, min(len(text), end + 1 + _PARALLEL_SPAN)):
        if text[pos] in "，。；：、\n":
            return False
        if pos in covered and pos - 1 not in covered:
            return title_before(text, pos)
    return False


def glued_telling(text: str, tokens: tuple[Token, ...], pos: int) -> int | None:
    """The end of a name at ``pos`` that the tagger read as one word with the title before it and
    the word of telling after it (``总工程师楼建平代表公司签约``: 工程师楼建平代表), when the tagger,
    asked, reads it as a name that speaks; else None."""
    from kg.extract.name_runs import reads_as_name  # names calls this: imported here

    word = next((t for t in tokens_near(tokens, pos, pos + 1) if t.start < pos < t.end), None)
    if word is None or word.tag == "PER":
        return None
    for length in (3, 2):
        end = pos + length
        telling = next((w for w in TELLING_WORDS if text.startswith(w, end)), None)
        if telling and word.end == end + len(telling) and reads_as_name(text[pos:end], "{}说"):
            return end
    return None
