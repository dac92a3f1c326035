"""Words of status before a name that the title lexicon knows but that name no post.

``某某乡农民王小明``, ``某某县居民李华``: 农民, 牧民, 渔民, 村民, 居民, 市民 and 群众 say where a person lives or
what they live by; no organisation holds such a post. The lexicon keeps them as titles (a word
of a person before a name is evidence of the name), and this module says which of their readings
are posts: one only, the residence that a roll of honourees writes as a person's employer
(``某某县某某镇某某村村民``, ``某某社区居民``), where the village or the community is the person's
own unit. Before a township, a county or a city, or with no place at all, the word is no post; nor
is it one of a person whom the article honours not (``某村村民甲说``: a villager quoted, no post
held): :func:`unhonoured_residents`.
专家 and 学者 (an expert, a scholar) are no posts either, where a roll does not print them as a job.
Nor is a professional grade (职称: 主任医师, 高级工程师, 研究员) of a person the article does not
honour: it is that person's job title (:func:`ungraded`).

Athletes and their coaches (选手, 运动员, 教练) are written after their country or their sport
(``某国田径选手``, ``某国游泳运动员``): neither is an organisation that holds a post. Their post
is one only at a team or a club (``某某省田径队主教练``, ``某某足球俱乐部教练``), a national team
written short (``某国女排主教练``), or an organisation of the suffix lexicon (``某某体育学院运动员``).
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.org_suffixes import suffix_of
from kg.extract.rolls import GAP
from kg.model import Calling, Extraction, Holding, Organization

#: Status words of residence or livelihood (growers by their crop, 养殖户 and 种植户 among them): a
#: job of an honouree only (某村村民甲 on a roll).
RESIDENT_WORDS = frozenset(
    [
        "农民",
        "牧民",
        "渔民",
        "村民",
        "居民",
        "市民",
        "群众",
        "果农",
        "菜农",
        "茶农",
        "花农",
        "棉农",
        "瓜农",
        "蔗农",
        "椒农",
        "菇农",
        "药农",
        "蚕农",
        "养殖户",
        "种植户",
    ]
)
#: Status words: a person's residence or livelihood, no post; and what a person is known as in a
#: field (专家, 学者: 某大学专家甲 is an expert of that university, whom no one appointed).
STATUS_WORDS = RESIDENT_WORDS | frozenset({"专家", "学者"})
#: Name endings of the units that a status word may be a post of: the village or community.
RESIDENCE_UNITS = ("村", "社区", "村委会", "居委会", "村民委员会", "居民委员会")
#: Athletes and coaches: a post only at a team, a club or an organisation.
SPORT_WORDS = frozenset({"选手", "运动员", "队员", "教练", "教练员", "主教练", "助理教练"})
#: Name endings of teams: a team, a club, a national team written short (女排, 男足).
TEAM_ENDS = ("队", "俱乐部", "男足", "女足", "男篮", "女篮", "男排", "女排")


def no_post(role: str, orgs: tuple[Organization, ...]) -> bool:
    """Is ``role`` at the last of ``orgs`` a status that names no post (``某某乡农民``, ``某国田径选手``)?"""
    if role in SPORT_WORDS:
        name = orgs[-1].name if orgs else ""
        suffix = suffix_of(name)
        return not name.endswith(TEAM_ENDS) and (suffix is None or suffix.use == "none")
    if role not in STATUS_WORDS:
        return False
    return not orgs or not orgs[-1].name.endswith(RESIDENCE_UNITS)


#: What opens an item of a list of honourees written in a sentence (荣获表彰的有：某村村民甲、…).
_LIST_OPENERS = ("：", ":", "、")


#: Professional grades (职称), which a person holds wherever employed: no post (职务) of the unit
#: written before them (某医院主任医师甲 is a doctor of that grade there, appointed to nothing).
#: (教授 too: a few golds of the invented set count a university's 教授 as a post, most do not.)
GRADE_WORDS = frozenset(
    {
        *("研究员", "副研究员", "助理研究员", "教授", "副教授", "讲师"),
        *("工程师", "高级工程师", "正高级工程师", "教授级高级工程师", "助理工程师"),
        *("医师", "主任医师", "副主任医师", "主治医师", "主任护师", "副主任护师", "主管护师"),
        *("农艺师", "高级农艺师", "畜牧师", "高级畜牧师", "兽医师", "高级兽医师"),
        *("经济师", "高级经济师", "会计师", "高级会计师", "审计师", "高级审计师"),
        *("高级教师", "特级教师", "正高级教师", "一级教师", "技师", "高级技师"),
    }
)


def ungraded(ex: Extraction) -> Extraction:
    """``ex`` where the professional grade written before the name of a person the article
    honours not (``某推广站高级农艺师甲提出``) is that person's job title, no post held (an
    honouree's stays: the honour's record names the job)."""
    honoured = {c.recipient for c in ex.conferrals if not c.organization and not c.place}
    graded = {p.key for p in ex.posts if p.role in GRADE_WORDS}
    moved = [h for h in ex.holdings if h.post in graded and h.person not in honoured and h.change is None]
    if not moved:
        return ex
    labels = {p.key: p.label for p in ex.posts}
    callings = tuple(Calling(h.person, labels[h.post], h.mention) for h in moved)  # 某医院主任医师
    kept = tuple(h for h in ex.holdings if h not in moved)
    return replace(_kept_holdings(ex, kept, graded), callings=ex.callings + callings)


def unhonoured_residents(ex: Extraction) -> Extraction:
    """``ex`` without the residence written before a name in prose (``某村村民甲说``) of persons
    who receive no honour in it; a roll line's (``甲　某村村民``, ``某村村民　甲``: a space parts
    the name and the job) and a listed item's (``表彰的有：某村村民甲``) are kept."""
    text = ex.article.text
    honoured = {c.recipient for c in ex.conferrals if not c.organization and not c.place}
    residence = {p.key for p in ex.posts if p.role in RESIDENT_WORDS}

    def kept_one(h: Holding) -> bool:
        if h.post not in residence or h.person in honoured:
            return True
        m = h.mention
        before, after = text[m.start - 1 : m.start], text[m.end : m.end + 1]
        gap = (before and before in GAP) or (after and after in GAP)  # a roll line's space
        return bool(gap) or before in _LIST_OPENERS

    kept = tuple(h for h in ex.holdings if kept_one(h))
    if len(kept) == len(ex.holdings):
        return ex
    return _kept_holdings(ex, kept, residence)


def _kept_holdings(ex: Extraction, kept: tuple[Holding, ...], dropped: set[str]) -> Extraction:
    """``ex`` with only the holdings ``kept``, and without the posts of ``dropped`` that no kept
    holding holds, nor their mentions."""
    gone = dropped - {h.post for h in kept}
    posts = tuple(p for p in ex.posts if p.key not in gone)
    mentions = tuple(m for m in ex.mentions if not (m.label == "Post" and m.ref in gone))
    return replace(ex, holdings=kept, posts=posts, mentions=mentions)
