"""Finding the awards an article names, and where each one's recipients are written.

Grammar (the recipients themselves are read by :mod:`kg.extract.honours`):
- ``授予/追授/命名 … X(荣誉)称号`` within one clause: the recipients are named inside the span;
- ``荣获/获得/获评/被评为/入选 X称号`` or a quoted ``“X”`` (``入选“X”榜``): the recipients are named
  before the verb; a list published, then those on it (``“X”名单公布，甲、乙等10人榜上有名``,
  ``发布了2024年度“X”名单，甲、乙等10人上榜``); those a presentation counts as a quoted class
  (``为甲、乙等10名“X”颁奖``);
- ``X名单`` in a headline or sentence: a roll may follow it (``部分X名单``: of X); its persons
  received X where X is the name of an honour (:func:`kg.extract.honours.honour_named`); a quoted
  honour names its list too (``第五批“某某”认定名单``);
- a quoted award commended with 对 (``对某省“十佳农民”进行了表彰``), an unquoted class commended
  so (``对某某岗位标兵进行了表彰``, ``对2024年度十佳某某进行了表彰``: a class of praise, however it
  ends; the sentence after names its winners, or the clause after, ``他们是：`` or ``，甲、乙等20名
  同志受到表彰``), and counted classes commended (``表彰了甲等6个先进集体和乙等8名劳动模范``,
  ``对甲、乙等10个先进集体和丙等20名先进个人进行了表彰``, a class of divisions, ``对甲县、乙县等10个
  先进县（市、区）``) or praised (``甲、乙等10名优秀共产党员受到表彰``): the names before
  the award or the count; a count with no names before it (``对10名优秀共产党员…予以表彰``) names none;
- a quoted award opening a sentence with its holders after a colon (``今年的“某某楷模”是：…``); an
  award named by its decision's or notice's title (``《关于表彰某某奖的决定》，甲、乙获奖``,
  ``《关于表彰某某先进单位的通报》，甲局等10个单位受到通报表扬``); a ranking's roll
  (``上榜名单如下：``) of the list quoted before it (“某某好人榜”), its lines by class
  (:mod:`kg.extract.class_lines`);
- and the forms of the modules imported below (presentations, unit namings, kept titles, deferred
  and counted conferrals, roll headings, award lines, conferrals on titled people, merits, the
  levels of a contest, honours held before a name: :mod:`kg.extract.worn_honours`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg import rx
from kg.extract.award_delegates import award_delegates
from kg.extract.conferral_forms import DATED_PRAISED, HONOUR_ENDS, POSTHUMOUS_VERBS, conferred
from kg.extract.graded_prizes import graded_prizes
from kg.extract.granted_tokens import granted_tokens
from kg.extract.honoured_members import honoured_members
from kg.extract.honoured_units import presentations, presented_winners, unit_awards
from kg.extract.kept_titles import bare_namings, kept_titles
from kg.extract.merits import merits
from kg.extract.prize_conferrals import (
    UNIT_HONOUR_ENDS,
    award_lines,
    counted_conferrals,
    counted_plain,
    roll_headings,
)
from kg.extract.prize_levels import level_wins
from kg.extract.project_completers import project_completers
from kg.extract.rolls import deferred_conferrals
from kg.extract.selected_winners import selected_winners
from kg.extract.worn_honours import worn_honours
from kg.model import Extraction, Mention, clause_start

#: A conferral verb and its award in one clause: a comma outside quotation marks ends the clause,
#: so 追授 of ``追授仪式上，甲荣获…称号`` confers nothing (荣获 is the verb of that award).
_CONFER = rx.compile(r"(授予|追授|命名)((?:“[^“”。；]{1,40}”|[^。；，,“”]){1,120}?)(?:荣誉)?称号")
#: A quoted name is one award whatever punctuation it holds (“甲，乙”); an unquoted one ends at a mark.
#: A quoted one may go on with 的 and the recipients' kind (获评“十佳网格员”的网格员).
_RECEIVE = rx.compile(
    r"(荣获|获得|获评|被评为|入选|(?<![荣捕查缴斩])获(?=“))"
    r"([^，。；：“”\s]{0,12}?“[^“”\n]{2,30}”|“?[^，。；：“”]{2,30}?”?)(?:(?<=”)榜单?)?(?:荣誉)?"
    r"(称号|。|，|；|：|的(?:是|有)[：:]|(?<=”)(?=的))"
)
#: A presentation to those counted as a quoted class: ``为甲、乙等10名“最美某某”颁奖``.
_PRESENTED_CLASS = rx.compile(
    r"[为向]([^。；，：“”\n]{2,80}?)等[\d一二三四五六七八九十]+[名位]“([^“”\n]{2,30})”(?:代表)?(?:颁奖|颁发|颁证)"
)
#: A list of an honour published, then those on it: ``“某某好人”名单公布，甲、乙等10人榜上有名``.
_ON_LIST = rx.compile(
    r"(?:(?:公布|发布|揭晓)了?[^，。；“”\n]{0,12}?“([^“”\n]{2,30})”(?:名单|榜单?)"
    r"|“([^“”\n]{2,30})”(?:名单|榜单?)(?:公布|揭晓|出炉|发布))，([^。；：“”\n]{2,120}?)"
    r"(?:等[\d一二三四五六七八九十]+[名人位])?(?:榜上有名|上榜|入选)"
)
#: A quoted award as what is commended: ``对2023年度某省“十佳农民”进行了表彰``, ``对甲、乙等10名
#: “某某”予以表彰``; the recipients are named between 对 and the award, or in a list after it.
_COMMENDED = rx.compile(
    r"(?<![应面针])对([^。；，,“”\n]{0,40}?)“([^“”\n]{2,30})”(?:荣誉)?(?:称号)?(?:获得者)?(?:进行了?|予以)表彰"
)
#: A quoted award that opens a sentence and names its holders after a colon: ``今年的“全国某某楷模”是：
#: 某县某小学校长甲，某医院医生乙。``, ``2023年“最美某某”分别是：…``; the holders run to the sentence's end.
_NAMED_ROLL = rx.compile(
    r"(?:(?<=^)|(?<=[。！？\n\u3000 ]))(?:(?:今年|本届|本年度|\d{4}年度?)的?)?“([^“”\n]{2,30})”(?:名单)?(?:分别)?(?:是|为)[：:]",
    re.M,
)
#: What a class commended ends in: an honour's (劳动模范) or a unit honour's (先进集体).
_CLASS_ENDS = (*HONOUR_ENDS, *UNIT_HONOUR_ENDS, "先进班组", "先进单位", "集体")
#: A commendation's verb after 对: 进行了表彰, 予以表彰, 给予通报表扬.
_COMMENDING = r"(?:进行了?|予以|给予)(?:通报)?(?:表彰|表扬)"
#: An unquoted class commended with 对 (``会议对某某岗位标兵进行了表彰``, ``对2024年度十佳某某进行
#: 了表彰``, ``对一季度某某先进班组进行了通报表扬``): the class, ending like an honour title or opened
#: by a word of praise, is the award; the sentence after it, or its own next clause, may name its
#: recipients (等10人受到表彰, 等5个班组受到表扬).
_COMMENDED_PLAIN = rx.compile(
    r"(?<![应面针])对([^。；，,“”、\n]{2,20}?(?:" + "|".join(_CLASS_ENDS) + r")"
    r"|" + DATED_PRAISED + r")" + _COMMENDING
)
#: An unquoted class that closes the sentence commending it (``大会还表彰了2023年度某区优秀党务工作者。``,
#: ``…优秀科技工作者。``, ``表彰了十佳某某，他们是：…``): the award; the sentence after it may name
#: its recipients (等20人受到表彰), or the clause after it (他们是：).
#: Two classes joined (``表彰了先进集体和先进个人``) are no one award.
_COMMENDED_CLASS = rx.compile(
    r"表彰了((?:\d{4}年度?)?[^。；，,“”、和及与\n]{2,20}?(?:"
    + "|".join(HONOUR_ENDS)
    + r"|优秀[\u4e00-\u9fff]{1,6}工作者)|"
    + DATED_PRAISED
    + r")(?=。|，(?:他们|她们)(?:分别)?是)"
)
#: Who the class commended is, in the clause after it: ``，他们是：``.
_THEY_ARE = rx.compile(r"，(?:他们|她们)(?:分别)?是[：:]")
#: An award named by the title of the decision or the notice that confers it, and the clause after
#: it in its sentence naming those who won it (``宣读了《关于表彰2023年度某某奖的决定》，甲、乙获奖。``,
#: ``《关于表彰某某先进单位的通报》，甲局、乙局等10个单位受到通报表扬``).
_DECISION = rx.compile(
    r"《关于(?:表彰|授予)((?:\d{4}年度?)?[^《》，。]{2,30}?(?:奖|" + "|".join(_CLASS_ENDS) + r"))"
    r"(?:获得者)?的(?:决定|通报)》[，,]([^。；\n]{2,120}?)"
    r"(?:获奖|受到表彰|获此殊荣|获得表彰|受到(?:通报)?表扬)(?=[。；])"
)
#: The same title, then 对 and those it commends (``宣读了《关于表彰2023年度“某某示范商户”的决定》，对某某店
#: 经营者甲、…等30户商户予以表彰``): the award is the title's quoted honour, or its class.
_DECISION_TO = rx.compile(
    r"《关于表彰(?:(?:\d{4}年度?)?“(?P<quoted>[^“”]{2,20})”|(?P<plain>(?:\d{4}年度?)?[^《》，。“”]{2,30}?(?:奖|"
    + "|".join(_CLASS_ENDS)
    + r")))[^《》，。]{0,12}?的(?:决定|通报)》[，,]对(?P<winners>[^。；\n]{2,400}?)"
    + _COMMENDING
)
#: The heading of the roll of a ranking list (上榜名单如下：, 上榜者名单：): those listed under it are on
#: the list the text named last in quotation marks (“某某好人榜”).
_RANKED_ROLL = rx.compile(r"上榜(?:者|人员|人物)?名单(?:如下)?[：:]")
_RANKING = rx.compile(r"“([^“”\n]{2,20}榜)”")


def _last_ranking(text: str, at: int) -> str | None:
    """The name of the last ranking list quoted before ``at`` (“某某好人榜”), if any."""
    names = [m.group(1) for m in _RANKING.finditer(text, 0, at)]
    return names[-1] if names else None


#: A count of recipients: 10名, 5个, 三家.
_COUNTED = r"[\d一二三四五六七八九十百千两]+[个名位家]"
#: A counted enumeration closed by its class, within a span (for :data:`_COMMENDED_COUNTS`): the
#: class unquoted, perhaps with an aside (先进县（市、区）), or quoted after its year and region
#: (2024年度某省“最美某某”); the count after 等, or right after the last name (甲局、乙局2个先进单位).
_COUNT_CLASS = rx.compile(
    r"等?" + _COUNTED + r"((?:\d{4}年度?)?[^。；，,、“”和及\n]{0,12}?“[^“”\n]{2,20}”"
    r"|[^。；，,、“”和及\n（）]{2,24}?(?:（[^（）\n]{1,8}）)?)(?=[和及]|$)"
)
#: A count of recipients with no names before it (对10名某某、3个某某予以表彰).
_COUNT = rx.compile(_COUNTED)
#: What a class of divisions commended ends in (先进县（市、区）, 示范镇): the divisions receive it.
_DIVISION_CLASS = rx.compile(r"(?:先进|示范)(?:县|市|区|镇|乡|街道)(?:（[^（）\n]{1,8}）)?$")
#: A commendation with 对 of counted enumerations, each named by its class: ``对甲、乙等10个先进集体
#: 和丙等20名先进个人进行了表彰`` (the span up to the verb; :data:`_COUNT_CLASS` parts it).
_COMMENDED_COUNTS = rx.compile(
    r"(?<![应面针])对([^。；：:，,\n]{2,200}?[个名位家][^。；：:，,\n]{2,40}?)" + _COMMENDING
)
#: One counted enumeration closed by its class, unquoted or quoted, and by being praised: ``甲、乙等
#: 10名优秀共产党员受到表彰``, ``甲等10名“某某标兵”受到表彰``, ``甲班、乙班等5个先进班组受到通报
#: 表扬`` (the names from the clause's start).
_PRAISED_COUNTED = rx.compile(
    r"等" + _COUNTED + r"(?:“([^“”\n]{2,30})”|([^。；，,、“”和及\n]{2,14}?))"
    r"(?:受到|获得)了?(?:通报)?(?:表彰|表扬)(?=[，,。；;])"
)
#: A commendation of counted enumerations, each named by its class: ``表彰了甲等6个先进集体和乙等8名
#: 劳动模范``; the class, closing its item, is the award, the names before its count its recipients.
_PRAISED_COUNT = rx.compile(
    r"(?:表彰了?|[和及、])([^。；：:，,\n“”和及]{1,80}?等" + _COUNTED + r")"
    r"([^。；，,、“”和及\n]{2,14}?)(?=[，。；和及、]|$)"
)
#: Who receives an award on the roll below, before the verb: 以下10名同志(获评…：), 下列单位和个人.
_ROLL_SUBJECT = rx.compile(r"(?:以下|下列)[^，。；：“”\s]{0,12}$")
_LIST_END = "名单"
_LIST = rx.compile(r"((?:\d{4}年)?[^，。；：“”\s]{2,24}?)" + _LIST_END)
#: A list named by a quoted honour, perhaps by batch and with the act that made it (``第三批“某某”
#: 认定名单``, ``“十佳某某”评选名单``): the quoted name is the award; units or persons may follow it.
_QUOTED_LIST = rx.compile(
    r"(?:第[一二三四五六七八九十\d]+批)?“([^“”\n]{2,20})”(?:认定|评选|拟认定)?" + _LIST_END
)
#: Where an award's name starts inside a longer phrase (全国…, a year, a quotation, 第N届).
_AWARD_START = rx.compile(r"全国|\d{4}年|“|第[一二三四五六七八九十\d]+届|首届|年度|(?<![族藏古尔])自治区")
_CLAUSE_MARKS = rx.compile("[，,。；;：:！!？?]")
#: A quotation inside a conferral phrase, bounded as :data:`_CONFER` bounds it.
_QUOTATION = rx.compile(r"“[^“”。；]{1,40}”")


@dataclass(frozen=True)
class AwardHit:
    start: int
    end: int
    name: str
    conferred_in: tuple[int, int] | None = None  # recipients named inside this span
    recipients: tuple[Mention, ...] = ()  # recipients read by kg.extract.conferral_forms
    posthumous: bool = False  # conferred with 追授 (a verb of POSTHUMOUS_VERBS)
    received: bool = False  # named after a verb of receiving (荣获, 获评, 被评为…)
    units_in: tuple[int, int] | None = None  # units only named inside this span (unit_awards)
    listed: bool = False  # the name of a list (某某名单): a roll may follow it
    heading: bool = False  # a heading line 某某奖章获得者（部分）: the roll under it
    category: str | None = None  # the prize level of a contest's winners (kg.extract.prize_levels)


#: An unquoted enumeration of titles before 称号: ``甲省优秀企业家、乙市劳动模范等``.
_TITLE_ITEM = rx.compile(r"[^、和及等]{3,20}")


def listed_titles(phrase: str, offset: int) -> list[tuple[int, str]]:
    """``(start, title)`` of each title of an unquoted enumeration (``甲省优秀企业家、乙市劳动模范等``)
    that ``phrase`` at ``offset`` is; [] when it holds no 、 or an item is too short to be a title."""
    body = phrase[:-1] if phrase.endswith("等") else phrase
    if "、" not in body:
        return []
    items = body.split("、")
    if any(not _TITLE_ITEM.fullmatch(i) for i in items):
        return []
    out, pos = [], offset
    for item in items:
        out.append((pos, item))
        pos += len(item) + 1
    return out


def _clean(name: str) -> str:
    name = name.strip("\"' ")
    if not (name.endswith("”") and "“" in name[1:]):  # 贵州“某某”: a quotation inside the name stays
        name = name.strip("“”")
    return name[:-2] if name.endswith("荣誉") else name


def _award_name(phrase: str, offset: int, ex: Extraction) -> tuple[int, str] | None:
    """The award inside ``授予甲等十位杰出女性全国三八红旗手标兵``: from its last plausible start."""
    starts = [m.start() for m in _AWARD_START.finditer(phrase)]
    for t in ex.tokens:
        if offset <= t.start < offset + len(phrase) and t.tag in ("LOC", "ORG"):
            starts.append(t.start - offset)
    persons_end = max(
        (
            m.end - offset
            for m in ex.mentions
            if m.label == "Person" and offset <= m.start < offset + len(phrase)
        ),
        default=0,
    )
    quoted = [q.span() for q in _QUOTATION.finditer(phrase)]  # a quoted award is one name
    starts = [s for s in starts if s >= persons_end and not any(a < s < b for a, b in quoted)]
    start = max(starts) if starts else persons_end
    if phrase[start : start + 1] == "“":  # 全国“某某”先进集体: a quotation inside the name
        start = next(
            (m.start() for m in _AWARD_START.finditer(phrase, persons_end, start) if m.end() == start), start
        )
    if "等" in phrase[persons_end:start] or not starts:
        # after 等 + a count + a noun: skip to the first word that is not part of the count
        m = re.search(
            r"等[\d一二三四五六七八九十百千]+[名位个人]?[^\s]{0,6}?(?=全国|\d{4}|“|[\u4e00-\u9fff]{4,})",
            phrase,
        )
        if m and not starts:
            start = m.end()
    name = _clean(phrase[start:])
    if len(name) < 2:
        return None
    return offset + start, name


def find_awards(ex: Extraction) -> list[AwardHit]:
    text = ex.article.text
    hits: list[AwardHit] = []
    for m in _CONFER.finditer(text):
        got = _award_name(m.group(2), m.start(2), ex)
        if got:
            posthumous = m.group(1) in POSTHUMOUS_VERBS
            hits.append(AwardHit(got[0], m.end(2), got[1], (m.start(2), got[0]), posthumous=posthumous))
    for m in _PRESENTED_CLASS.finditer(text):  # 为甲、乙等10名“最美某某”颁奖
        if not any(h.start < m.end(2) and m.start(2) < h.end for h in hits):
            hits.append(AwardHit(m.start(2), m.end(2), m.group(2), m.span(1)))
    for m in _ON_LIST.finditer(text):  # “某某好人”名单公布，甲、乙等10人榜上有名; 发布了“某某”名单，…
        g = 1 if m.group(1) else 2
        if not any(h.start < m.end(g) and m.start(g) < h.end for h in hits):
            hits.append(AwardHit(m.start(g), m.end(g), m.group(g), m.span(3)))
    # a match ends with _LIST_END, so none goes past the last one (searching less text is faster)
    for m in _LIST.finditer(text, 0, text.rfind(_LIST_END) + len(_LIST_END)):
        name = _clean(m.group(1))
        # 现将某某名单公布如下; 部分某某名单 (some of its recipients): no part of the name
        lead = len(name) - len(name.removeprefix("现将").removeprefix("部分"))
        if len(name) - lead >= 4 and not name.endswith(("表彰", "推荐", "候选")):
            hits.append(AwardHit(m.start(1) + lead, m.end(1), name[lead:], listed=True))
    for m in _QUOTED_LIST.finditer(text):  # 第三批“某某”认定名单: the quoted honour
        if "拟" not in m.group() and not any(h.start < m.end(1) and m.start(1) < h.end for h in hits):
            hits.append(AwardHit(m.start(1), m.end() - len(_LIST_END), m.group(1), listed=True))
    named_before = {m.end for m in ex.mentions if m.label == "Person"}
    for m in _RECEIVE.finditer(text):
        name = _clean(m.group(2))
        s, _e = ex.article.sentence(m.start())
        listed = any(s <= end <= m.start() for end in named_before) and re.search(
            r"等[\d一二三四五六七八九十百]+[名位人个]", text[s : m.start()]
        )
        quoted = m.group(2).endswith("”") and "“" in m.group(2)  # “某某”, 贵州“某某”
        if quoted and m.group(1) in ("获得", "获") and len(name) < 4 and not name.endswith("奖"):
            quoted = False  # 获得“点赞”, 获得“好评”: praise, not an award
        if quoted and _CLAUSE_MARKS.search(name) and m.group(3) != "称号":
            quoted = False  # 获得“点赞，好评”: a quotation that holds a clause is an award only as a 称号
        if m.group(3) == "：" and not _ROLL_SUBJECT.search(text, s, m.start()):
            continue  # 获评某某：only as the award of the roll below (以下10名同志获评先进个人：)
        rolled = m.group(3) == "："
        if (m.group(3) == "称号" or quoted or listed or rolled) and 2 <= len(name) <= 30 and "类" not in name:
            items = listed_titles(m.group(2), m.start(2)) if m.group(3) == "称号" and not quoted else []
            for start, item in items or [(m.start(2), name)]:
                hits.append(AwardHit(start, start + len(item), item, received=True))
    for m in _COMMENDED.finditer(text):  # 对2023年度某省“十佳农民”进行了表彰。他们是：…
        if not any(h.start < m.end(2) and m.start(2) < h.end for h in hits):
            hits.append(AwardHit(m.start(2), m.end(2), m.group(2), (m.start(1), m.start(2))))
    for m in _DECISION.finditer(text):  # 宣读了《关于表彰某某奖的决定》，甲、乙获奖。
        if not any(h.start < m.end(1) and m.start(1) < h.end for h in hits):
            hits.append(AwardHit(m.start(1), m.end(1), m.group(1), (m.start(2), m.end(2))))
    for m in _DECISION_TO.finditer(text):  # 宣读了《关于表彰“某某”的决定》，对甲、乙…予以表彰
        g = "quoted" if m.group("quoted") else "plain"
        if not any(h.start < m.end(g) and m.start(g) < h.end for h in hits):
            hits.append(AwardHit(m.start(g), m.end(g), m.group(g), m.span("winners")))
    for m in _RANKED_ROLL.finditer(text):  # “某某好人榜”… 上榜名单如下：a roll of the list's names
        name = _last_ranking(text, m.start())
        if name is not None and not any(h.start < m.end() and m.start() < h.end for h in hits):
            hits.append(AwardHit(m.start(), m.end(), name, heading=True))
    commended = [*_COMMENDED_PLAIN.finditer(text), *_COMMENDED_CLASS.finditer(text)]
    for m in commended:  # 会议对某某岗位标兵进行了表彰。甲、乙等10人受到表彰。; 大会还表彰了某某标兵。
        if not any(h.start < m.end(1) and m.start(1) < h.end for h in hits):
            told = _THEY_ARE.match(text, m.end(1))  # 表彰了十佳某某，他们是：甲（某村）、乙…。
            span = (told.end(), ex.article.sentence(m.start())[1]) if told else (m.start(1), m.start(1))
            hits.append(AwardHit(m.start(1), m.end(1), m.group(1), span))
    for m in _NAMED_ROLL.finditer(text):  # 今年的“全国某某楷模”是：…校长甲，…教师乙。
        if not any(h.start < m.end(1) and m.start(1) < h.end for h in hits):
            hits.append(
                AwardHit(m.start(1), m.end(1), m.group(1), (m.end(), ex.article.sentence(m.end())[1]))
            )
    chained = -1  # where the last item of a commendation ends: the next may go on with 和, 及, 、
    for m in _PRAISED_COUNT.finditer(text):  # 表彰了甲等6个先进集体和乙等8名劳动模范
        if text[m.start()] in "和及、" and m.start() != chained:
            continue
        chained = m.end()
        if m.group(2).endswith(_CLASS_ENDS) and not any(
            h.start < m.end(2) and m.start(2) < h.end for h in hits
        ):
            hits.append(AwardHit(m.start(2), m.end(2), m.group(2), m.span(1)))
    for m in _COMMENDED_COUNTS.finditer(text):  # 对甲等10个先进集体和乙等20名先进个人进行了表彰
        floor = m.start(1)
        for c in _COUNT_CLASS.finditer(text, m.start(1), m.end(1)):
            kind = c.group(1)
            counted = _COUNT.search(text, floor, c.start()) is not None  # 对10名某某、3名…: counts, no names
            named = c.start() - floor >= 2 and not counted
            if (
                named
                and (kind.endswith((*_CLASS_ENDS, "”")) or _DIVISION_CLASS.search(kind))
                and not any(h.start < c.end(1) and c.start(1) < h.end for h in hits)
            ):
                hits.append(AwardHit(c.start(1), c.end(1), c.group(1), (floor, c.start())))
            floor = c.end(1) + 1  # past the 和 that joins the next
    for m in _PRAISED_COUNTED.finditer(text):  # 甲、乙等10名优秀共产党员受到表彰
        g = 1 if m.group(1) else 2
        if (g == 1 or m.group(2).endswith(_CLASS_ENDS)) and not any(
            h.start < m.end(g) and m.start(g) < h.end for h in hits
        ):
            floor = clause_start(text, m.start(), "，,。；;：:\n")
            hits.append(AwardHit(m.start(g), m.end(g), m.group(g), (floor, m.start())))
    for start, end, name, span in presented_winners(text):  # 为获评“某某”的甲、乙颁发奖牌: all of them
        hits = [h for h in hits if not (h.start < end and start < h.end)]
        hits.append(AwardHit(start, end, name, span))
    for start, end, name, span in presentations(text):  # 向甲、乙颁发了某某奖牌
        if not any(h.start < end and start < h.end for h in hits):
            hits.append(AwardHit(start, end, name, span))
    for start, end, name, span in unit_awards(text) + graded_prizes(ex):  # 命名甲单位为“某某”; 甲公司获一等奖
        hits = [h for h in hits if not (h.start < end and start < h.end)]
        hits.append(AwardHit(start, end, name, units_in=span))
    named = sorted((h.start, h.name) for h in hits if not h.listed)
    for start, end, name, span in bare_namings(text) + kept_titles(ex, named):  # 继续保留荣誉称号
        if not any(h.start < end and start < h.end for h in hits):
            hits.append(AwardHit(start, end, name, units_in=span))
    for start, end, name, posthumous in deferred_conferrals(text):  # 授予下列同志“某某奖章”：a roll
        if not any(h.start < end and start < h.end for h in hits):
            hits.append(AwardHit(start, end, name, (start, start), posthumous=posthumous))
    counted = [*counted_conferrals(text), *counted_plain(ex)]  # 授予甲等20个单位“某某奖状”, …等5名专家某某奖
    for start, end, name, span, posthumous in counted:
        if not any(h.start < end and start < h.end for h in hits):
            hits.append(AwardHit(start, end, name, span, posthumous=posthumous))
    for start, end, name, span in granted_tokens(ex):  # 授予甲公司全国五一劳动奖状 (no 称号)
        if not any(h.start < end and start < h.end for h in hits):
            hits.append(AwardHit(start, end, name, units_in=span))
    conferred_names = [h.name for h in hits if not h.listed]
    for start, end, name in roll_headings(text, conferred_names):  # 某某奖章获得者（部分）; 附：某某名单
        hits = [h for h in hits if not (h.listed and h.start < end and start < h.end)]
        if not any(h.start < end and start < h.end for h in hits):
            hits.append(AwardHit(start, end, name, heading=True))
    for start, end, name in award_lines(text, conferred_names):  # a line 全国劳动模范 over a roll
        if not any(h.start < end and start < h.end for h in hits):
            hits.append(AwardHit(start, end, name, heading=True))
    for c in [*conferred(ex), *merits(ex)]:  # 授予甲院士、乙院士某奖; 甲同志被授予“某某”称号; 记二等功
        end = c.start + len(c.name)
        hits = [h for h in hits if not (h.start < end and c.start < h.end)]
        hits.append(AwardHit(c.start, end, c.name, recipients=c.recipients, posthumous=c.posthumous))
    persons = sorted((m for m in ex.mentions if m.label == "Person"), key=lambda m: m.start)
    for w in level_wins(ex, persons):  # 甲获得一等奖; 一等奖获得者包括甲、乙 (of a named contest)
        end = w.start + len(w.award)
        hits = [h for h in hits if h.category or not (h.start < end and w.start < h.end)]
        hits.append(AwardHit(w.start, end, w.award, recipients=w.recipients, category=w.level))
    for s in selected_winners(ex, persons):  # 评选出某某道德模范10名。then 某某模范：甲，…；
        end = s.start + len(s.award)
        hits = [h for h in hits if h.recipients or not (h.start < end and s.start < h.end)]
        hits.append(AwardHit(s.start, end, s.award, recipients=(s.person,), category=s.category))
    for w in worn_honours(ex, persons):  # 全国劳动模范、某公司班长甲说: an honour 甲 holds
        end = w.start + len(w.award)
        if not any(h.start < end and w.start < h.end for h in hits):
            hits.append(AwardHit(w.start, end, w.award, recipients=(w.person,)))
    named = sorted((h.start, h.name) for h in hits if not h.listed)
    for c in honoured_members(ex, persons, named):  # 在上榜好人中，有…的甲，有…的乙
        hits.append(AwardHit(c.start, c.start + len(c.award), c.award, recipients=c.recipients))
    for d in award_delegates(ex, persons, [h.name for h in hits]):  # 优秀共产党员代表、某局干部甲
        hits.append(AwardHit(d.start, d.end, d.award, recipients=(d.person,)))
    prizes = sorted((h.start, h.name) for h in hits if not h.listed and not h.recipients)
    for c in project_completers(ex, persons, prizes):  # 甲作为第一完成人领奖 (of a project's prize)
        at = next(h for h in hits if h.start == c.start and h.name == c.award)
        hits.append(AwardHit(at.start, at.end, c.award, recipients=c.recipients))
    hits.sort(key=lambda h: h.start)
    return hits
