"""The lists that follow an award sentence, one per sentence where each names its kind.

    授予甲单位等20个单位“某某先进集体”称号，授予王小明等50名同志“某某先进个人”称号。
    受表彰的先进集体有：甲单位、乙单位等。受表彰的先进个人有：王小明、李华等。

A list opens with 是/为/有/如下/分别是 (and a colon) within 20 characters of its sentence's start.
The first list after the award sentence opens whatever its words before the opener; a later
sentence of the same paragraph opens a list of its own only when those words name a kind of
recipient (:data:`kg.extract.unit_rolls.CATEGORY_ENDS`: 先进集体, 先进个人), and it ends the list
before it. A sentence that names no kind (``她们是：甲，乙。丙…``) runs on in the list before it.
The kind picks, among the awards of the award sentence, the one whose name ends with it
(:func:`kg.extract.honours.heading_award`), so that each list goes to its own award. A later
paragraph, after one of other matters, opens a list only where its first sentence names such a
kind (``受表彰的先进工作者是：…``, :func:`later_lists`), or that says its entries were honoured as
the award's end (``获表彰的10名优秀村党组织书记是：…``), up to the next award sentence.

A list among the honoured of a kind (``受表彰的模范个人中，有…的甲，有…的乙。``) ends with its
sentence: the story of one of them told after it names no more recipients.

The paragraph after the award sentence's may open with a pronoun and an opener (``他们是：…``,
:func:`pronoun_list`): its entries are the award's recipients, where the award sentence's own
paragraph lists none.

A paragraph after the award sentence that ends by opening a roll (``受表彰的优秀党员中，…他们中
有：``, ``名单如下：``) defers to the roll lines below it (:func:`roll_opened`), for the award whose
name, or its end of four characters or more, the paragraph gives; a paragraph that names no award
of the sentence, or does not end with the opener, opens no roll.
"""

from __future__ import annotations

from kg import rx
from kg.extract.unit_rolls import heading_category
from kg.model import sentence_span

#: A list's opener, near the start of its sentence.
OPENER = rx.compile(r"(?:是|为|有|如下|分别是)[：:]?")
#: How far into its sentence a list's opener may be.
OPENER_REACH = 20
#: Words before a kind that say only that its entries were honoured (受表彰的先进集体有：).
_HONOURED = rx.compile(r"^(?:其中，?)?(?:受到表彰的|受表彰的|获奖的|获表彰的|获评的|入选的)")


#: Among (the honoured of a kind): 受表彰的模范个人中，有…
_AMONG = rx.compile(r"(?<=[\u4e00-\u9fff]{2})中[，,]?$")


def list_kind(heading: str) -> str | None:
    """The kind of recipient the words before a list's opener name (``受表彰的先进集体`` -> 先进集体;
    ``受表彰的模范个人中，`` -> 模范个人: the entries are among them)."""
    return heading_category(_AMONG.sub("", _HONOURED.sub("", heading.strip(" \u3000"))))


def following_lists(text: str, start: int, end: int) -> list[tuple[int, int, int, str | None]]:
    """``(sentence start, entries' start, end, kind)`` of each list in ``text[start:end]`` (the
    paragraph after an award sentence); [] when its first sentence opens none."""
    first = OPENER.search(text, start, min(end, start + OPENER_REACH))
    if first is None:
        return []
    lists = [[start, first.end(), end, list_kind(text[start : first.start()])]]
    pos = sentence_span(text, first.end())[1]
    if _AMONG.search(text[start : first.start()].strip(" \u3000")):
        lists[0][2] = min(end, pos)  # 受表彰的模范个人中，有甲，有乙。: the entries end with their sentence
    while pos < end:
        while pos < end and text[pos] in " \u3000":
            pos += 1
        opener = OPENER.search(text, pos, min(end, pos + OPENER_REACH))
        kind = list_kind(text[pos : opener.start()]) if opener else None
        if opener is not None and kind is not None:
            lists[-1][2] = min(lists[-1][2], pos)
            among = _AMONG.search(text[pos : opener.start()].strip(" \u3000"))
            lists.append([pos, opener.end(), sentence_span(text, pos)[1] if among else end, kind])
        nxt = sentence_span(text, pos)[1]
        pos = nxt if nxt > pos else pos + 1
    return [(a, b, c, d) for a, b, c, d in lists]


def later_lists(text: str, start: int, end: int) -> list[tuple[int, int, int, str]]:
    """The lists of :func:`following_lists` in the paragraphs of ``text[start:end]`` (those after
    the one that follows an award sentence) whose first sentence names a kind of recipient
    (``受表彰的先进工作者是：…``): a list a paragraph of other matters parts from its award."""
    out: list[tuple[int, int, int, str]] = []
    pos = start
    while pos < end:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        lists = following_lists(text, pos, stop)
        if lists and lists[0][3] is None and (kind := honoured_kind(text[lists[0][0] : lists[0][1]])):
            lists[0] = (lists[0][0], lists[0][1], lists[0][2], kind)  # 获表彰的10名优秀村党组织书记是：
        if lists and lists[0][3] is not None:
            out += [(a, b, c, d) for a, b, c, d in lists if d is not None]
        pos = stop + 1
    return out


#: A count of those honoured before their kind (获表彰的10名优秀村党组织书记是：).
_COUNTED_KIND = rx.compile(r"[\d一二三四五六七八九十百]+[名位个]")


def honoured_kind(heading: str) -> str | None:
    """The kind a paragraph's opening says its entries were honoured as, whatever its last word
    (``获表彰的10名优秀村党组织书记是：`` -> 优秀村党组织书记); None without 获表彰的 or the like,
    or with a kind of fewer than four characters. The kind must still end the award's name for the
    list to be that award's (:func:`kg.extract.honours.heading_award`)."""
    body = heading.strip(" \u3000")
    m = _HONOURED.match(body)
    if m is None:
        return None
    rest = _COUNTED_KIND.sub("", body[m.end() :], count=1)
    opener = OPENER.search(rest)
    kind = rest[: opener.start()] if opener else rest
    return kind if len(kind) >= 4 else None


#: A paragraph's end that opens a roll on the lines below (他们中有：, 名单如下：).
_ROLL_OPENER = rx.compile(r"(?:有|是|为|如下)[：:]\s*$")


def roll_opened(text: str, start: int, end: int, award: str) -> bool:
    """Whether the paragraph ``text[start:end]`` ends by opening a roll of ``award``'s recipients:
    it ends with an opener and gives the award's name or its end (优秀共产党员 of 某省优秀共产党员)."""
    para = text[start:end]
    if _ROLL_OPENER.search(para) is None:
        return False
    return any(award[i:] in para for i in range(max(1, len(award) - 3)))


#: A paragraph that opens by naming the recipients of the award told just before it (他们是：…).
_PRONOUN_LIST = rx.compile(r"[ \u3000]*(?:他们|她们|获奖者|受表彰者)(?:分别)?(?:是|为)[：:]")


def pronoun_list(text: str, end: int) -> tuple[int, int, int, str | None] | None:
    """The list of the paragraph after the one ending at ``end`` (the award sentence's) where it
    opens with a pronoun and an opener (``他们是：甲，某单位某职；乙，…。``): ``(paragraph start,
    entries' start, paragraph end, None)``; None where it does not."""
    start = end + 1 if text[end : end + 1] == "\n" else end
    m = _PRONOUN_LIST.match(text, start)
    if m is None:
        return None
    stop = text.find("\n", m.end())
    return start, m.end(), len(text) if stop < 0 else stop, None
