"""Appointment and removal lists: the grammar marks the names.

``任命甲、乙为某部副部长``, ``免去丙（女）的某部副部长职务``, ``免去丁同志的…职务``,
``选举戊为…``, a resignation accepted (``接受己辞去某某职务的请求``: the post given up): the names
between the verb and 为/的/辞去 are people's names, even where the tagger
cut one (``王小|明为`` -> 王小明). The verb goes on to the clauses after it that are only names,
为 and a post (``选举甲为主席，乙、丙（兼职）为副主席``; ``任命甲为局长，乙为副局长``; ``免去甲的某局局长
职务，乙的某局局长职务``): a mark of the
kind of post (（兼职）, （挂职）) may follow a name, as a gender mark may. A congress's list of appointments puts the verb on a line of its
own (``决定任命：``, ``免去：``, ``批准任命：``) and one appointment a line under it
(``王小明为某某市教育局局长；``). :mod:`kg.extract.people` reads the posts of these lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg import rx
from kg.model import Extraction

if TYPE_CHECKING:
    from kg.extract.names import NameHit

#: A gender mark after a name, perhaps with the person's nationality: （女）, (男), （女，满族）.
GENDER_MARK = r"[（(]\s*[男女]\s*(?:[，,、][\u4e00-\u9fff]{1,6})?\s*[）)]"

#: A name in such a list: two to eight characters, or parts joined by middle dots (a Uyghur or a
#: Kazakh name: 某某某·某某某某某, 某某某某某·某某).
NAME_ITEM = r"(?:[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,10}){1,3}|[\u4e00-\u9fff]{2,8})"

#: A list closed by 等 and a count before its 为 (选举甲、乙、丙等13人为委员): the count is no name.
_COUNTED = r"(?:等[\d一二三四五六七八九十]+[名位人])?"

#: The reason a resignation gives between the name and 辞去 (接受甲因工作变动辞去…职务的请求).
_REASON = rx.compile(r"因(?:工作变动|工作调动|工作需要|个人原因|年龄原因|身体原因|健康原因)$")

#: 任命甲、乙为… / 免去丙（女）的…职务 / 免去丁同志的…职务 / 选举戊为… / 聘任己为…: the grammar marks the
#: names, after a colon too where the list runs on in the sentence (决定任命：甲为…，乙为…); a
#: standing committee's 决定庚为代理市长 names an acting head (决定 before 代理 only).
APPOINTMENT = rx.compile(
    rf"(任命|免去|选举|聘任|决定(?!任命|免去|[：:])|接受)[：:]?"
    rf"((?:{NAME_ITEM}(?:{GENDER_MARK})?、)*{NAME_ITEM}(?:{GENDER_MARK})?){_COUNTED}(为|的|辞去)"
)
#: A resignation accepted: 接受甲辞去某某职务的请求 (the post is given up: removed).
RESIGNING = ("接受", "辞去")
#: What 决定 must be followed by to name an appointee: an acting post after 为.
_ACTING = "代理"

_VERBS = "(?:任命|免去|选举|聘任)"
#: A mark of how a post is held, after an appointee's name: （兼职）, （挂职）, （专职）, （驻会）.
POST_MARK = r"[（(](?:兼职|挂职|专职|驻会|非驻会)[）)]"
_ITEM = rf"{NAME_ITEM}(?:{GENDER_MARK}|{POST_MARK})?"
#: A clause that goes on with the verb of the clause before it: ``，乙、丙（兼职）为副主席``.
FOLLOW_ON = rx.compile(
    rf"[，,](?!{_VERBS}|决定|同意|批准|提名)((?:{_ITEM}、)*{_ITEM}){_COUNTED}(为)(?!了|止|主|例|期|何|此|准|由|之)"
)

#: A clause that goes on with the removal of the clause before it: ``免去甲的…职务，乙的…职务``.
REMOVAL_ON = rx.compile(
    rf"[，,](?!{_VERBS}|决定|同意|批准|提名)((?:{_ITEM}、)*{_ITEM})(的)(?=[^，。；]{{1,40}}?职务)"
)

#: What each verb does to the post it names (免去: removed).
CHANGES = {"任命": "appointed", "聘任": "appointed", "选举": "elected", "决定": "appointed"}

#: A list's heading on a line of its own: 任命： / 决定任命： / 批准免去： (the verb of every line under it).
LIST_HEAD = rx.compile(
    r"^[ \u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])?[ \u3000]*"
    r"(?:决定|批准)?(任命|免去|选举)[：:][ \u3000]*$",
    re.M,
)
#: A line of such a list: 甲、乙为… / 丙（女）的…职务 (matched at the line's start; a name of two to
#: four characters, or one with ·).
_LINE_NAME = rf"(?:[\u4e00-\u9fff]{{1,6}}·[\u4e00-\u9fff·]{{1,10}}|[\u4e00-\u9fff]{{2,4}})(?:{GENDER_MARK})?"
LIST_ITEM = rx.compile(rf"[ \u3000]*((?:{_LINE_NAME}、)*{_LINE_NAME})(为|的)")


@dataclass(frozen=True)
class Appointment:
    """One appointment or removal: ``verb`` 任命, 免去 or 选举; ``names`` the list as written
    (甲、乙（女）) from ``names_start``; ``marker`` 为 or 的, which ends at ``end``; the statement
    starts at ``start`` (the verb, or the line of a list)."""

    verb: str
    names: str
    names_start: int
    marker: str
    start: int
    end: int


def appointments(text: str) -> list[Appointment]:
    """The appointments of ``text``, in running text (任命甲为…) and in lists under a heading."""
    found = [
        a
        for m in APPOINTMENT.finditer(text)
        if m.group(1) != "决定" or (m.group(3) == "为" and text.startswith(_ACTING, m.end()))
        if (m.group(1) == RESIGNING[0]) == (m.group(3) == RESIGNING[1])  # 接受甲辞去…; 任命甲为…
        for a in _followed(text, m.group(1), m.start(2), _unreasoned(m), m.group(3), m.start(), m.end())
    ]
    for head in LIST_HEAD.finditer(text):
        pos = head.end() + 1
        while pos < len(text) and (item := LIST_ITEM.match(text, pos)) is not None:
            found.append(
                Appointment(
                    head.group(1), item.group(1), item.start(1), item.group(2), item.start(1), item.end()
                )
            )
            pos = text.find("\n", item.end()) + 1
            if pos == 0:
                break
    return sorted(found, key=lambda a: a.start)


def _unreasoned(m: re.Match[str]) -> str:
    """The names of an appointment's match, without the reason a resignation gives after them."""
    return _REASON.sub("", m.group(2)) if m.group(3) == RESIGNING[1] else m.group(2)


def _followed(
    text: str, verb: str, at: int, names: str, marker: str, start: int, end: int
) -> list[Appointment]:
    """The appointment matched, and those of the clauses after it that go on with its verb
    (``选举甲为主席，乙、丙为副主席``: 乙 and 丙 elected too; ``免去甲的…职务，乙的…职务``: 乙
    removed too)."""
    out = [Appointment(verb, names, at, marker, start, end)]
    stop = text.find("。", end)
    stop = len(text) if stop < 0 else stop
    pos = end
    follow = FOLLOW_ON if marker == "为" else REMOVAL_ON if verb == "免去" else None
    while follow is not None:
        comma = text.find("，", pos, stop)
        nxt = follow.match(text, comma) if comma >= 0 else None
        if nxt is None:
            break
        out.append(Appointment(verb, nxt.group(1), nxt.start(1), marker, nxt.start(1), nxt.end()))
        pos = nxt.end()
    return out


#: The forms of address after a full name that say the person's gender (聘任某某先生为…).
ADDRESS_GENDER = {"先生": "男", "女士": "女"}
#: What may follow an appointee's name in the list: a gender mark, a mark of the post, 同志, or
#: the 先生 and 女士 of a company's announcement (聘任某某先生为公司总经理).
_APPOINTEE_MARKS = rx.compile(
    rf"(?:{GENDER_MARK}|{POST_MARK}|同志|{'|'.join(ADDRESS_GENDER)})*(?:等(?:[\d一二三四五六七八九十]+[名位人])?)?$"
)


def appointee(item: str) -> str:
    """The name of an item of an appointment list: ``丙（女）``, ``丁同志`` and ``戊先生`` name 丙, 丁
    and 戊; the list's last item closed by 等 (``选举甲、乙等为委员``, ``乙等3人``) names 乙."""
    return _APPOINTEE_MARKS.sub("", item)


_GENDERED = rx.compile(rf"{NAME_ITEM}{GENDER_MARK}")


def gendered(item: str) -> bool:
    """Is the item of an appointment list a name with a gender mark (``其木格（女）``)? The mark
    says a person is named, whether or not the name opens with a Han surname (Mongolian, Tibetan
    and Uyghur names do not)."""
    return _GENDERED.fullmatch(item) is not None


def minority_name(name: str) -> bool:
    """A name with no Han surname that a list's grammar still names whole: parts joined by a middle
    dot (吐尔逊·买买提明江), two or three Mongolian elements (某某德力格尔), two Tibetan ones, or a
    Mongolian element and a part the lexicon lacks (那顺|某某, four to six characters)."""
    from kg.extract.mongolian_names import elements, mongolian_end
    from kg.extract.tibetan_names import is_tibetan

    opens = 4 <= len(name) <= 6 and any(name[:n] in elements() and len(name) - n >= 2 for n in (2, 3))
    return "·" in name or mongolian_end(name, 0) == len(name) or is_tibetan(name) or opens


def appointed(ex: Extraction, hits: list[NameHit], covered: set[int]) -> list[NameHit]:
    """Names in appointment and removal lists replace overlapping tagger spans (王小|明为 -> 王小明):
    an item that opens with a surname, has a gender mark or joins its parts with a middle dot;
    ``covered`` gains their offsets."""
    from kg.extract.names import LIST_SEP, surname_first, with_gender  # names calls this

    text = ex.article.text
    found: list[NameHit] = []
    for a in appointments(text):
        pos = a.names_start
        for item in a.names.split(LIST_SEP):
            name = appointee(item)
            if surname_first(name) or gendered(item) or minority_name(name):  # 吐尔逊·买买提明江 too
                found.append(with_gender(text, pos, pos + len(name)))
            pos += len(item) + 1
    if not found:
        return hits
    spans = [(h.start, h.end) for h in found]
    kept = [h for h in hits if not any(s < h.end and h.start < e for s, e in spans)]
    for h in found:
        covered.update(range(h.start, h.end))
    return sorted(kept + found, key=lambda h: h.start)
