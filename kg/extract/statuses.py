"""Words of status before a name that the title lexicon knows but that name no post.

``某某乡农民王小明``, ``某某县居民李华``: 农民, 村民, 居民, 市民 and 群众 say where a person lives or
what they live by; no organisation holds such a post. The lexicon keeps them as titles (a word
of a person before a name is evidence of the name), and this module says which of their readings
are posts: one only, the residence that a roll of honourees writes as a person's employer
(``某某县某某镇某某村村民``, ``某某社区居民``), where the village or the community is the person's
own unit. Before a township, a county or a city, or with no place at all, the word is no post.
专家 and 学者 (an expert, a scholar) are no posts either, where a roll does not print them as a job.

Athletes and their coaches (选手, 运动员, 教练) are written after their country or their sport
(``某国田径选手``, ``某国游泳运动员``): neither is an organisation that holds a post. Their post
is one only at a team or a club (``某某省田径队主教练``, ``某某足球俱乐部教练``), a national team
written short (``某国女排主教练``), or an organisation of the suffix lexicon (``某某体育学院运动员``).
"""

from __future__ import annotations

from kg.extract.org_suffixes import suffix_of
from kg.model import Organization

#: Status words: a person's residence or livelihood, no post; and what a person is known as in a
#: field (专家, 学者: 某大学专家甲 is an expert of that university, whom no one appointed).
STATUS_WORDS = frozenset({"农民", "村民", "居民", "市民", "群众", "专家", "学者"})
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
