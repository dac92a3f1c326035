"""An honouree's job written between the unit and the name, whatever the title word.

A list of honourees (``甲公司综采一队队长王小明、乙公司运行部值长李华等30人获评先进个人``, the roll
line ``某某公司运行部值长　李华``, ``某某医院护理部护士长王小明荣获…``) prints each person as a unit,
a job and the name. The title lexicon does not know every job (值长, 值班长, 调度员, 首席技师); where
the people stage read no post for an honouree, the words between the unit that opens the item and
the name are the job, and the unit as it resolves is the employer:

- the item opens after a separator of the list (、 ， ； ： or a line's start) with an organisation
  the text names (``菏泽某某有限公司``); a department written after it (``运行部``, ``护理部``,
  ``调度中心``, ``综采一队``) is part of the unit;
- the job is 2 to 6 Han characters with no organisation's suffix (``卫生院`` is a unit) and no word
  of prose (``推荐的``, ``和``, ``向``, a verb of an honour): ``某公司推荐的王小明`` and
  ``某某妇联同时授予王小明…`` name no job, nor does a unit's run that holds a verb of an honour
  (``甲公司荣获…荣誉王小明`` where the paper dropped its punctuation).

An item that opens with a bare word for the company (``集团财务部``, ``公司研究院``) is left to the
people stage, which resolves it to the company named before.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg import rx
from kg.extract.chains import ChainItem, resolve_chain
from kg.extract.org_suffixes import suffix_of
from kg.extract.titles import TitleSplit
from kg.model import AwardConferral, Extraction, Holding, Mention, Organization, Post, clause_start

#: What separates the items of a list of honourees (or opens a roll line).
ITEM_MARKS = "、，,；;：:。\n \u3000\t"
#: A department after the organisation, part of the unit (运行部, 调度中心, 综采一队, 二车间).
_DEPT = rx.compile(
    r"^[\u4e00-\u9fff\d]{0,8}?(?:部|处|科|室|中心|车间|分厂|分公司|[一二三四五六七八九十\d]?队|班组)"
)
#: A job word: Han characters only, and no word of prose (的, a conjunction, a preposition).
_JOB = rx.compile(r"[\u4e00-\u9fff]{2,6}")
PROSE = rx.compile(r"[的和与及向为在由被将从对把等获授评]|同时|表彰|荣誉|称号")
#: A verb of an honour inside the unit's words: the item is prose, not a unit (甲公司荣获…).
_HONOUR_VERB = rx.compile(r"荣获|获得|获评|授予|评为|表彰")
#: Bare words for a company (the people stage resolves them).
_BARE = ("集团", "公司", "企业", "该", "本")


def unit_jobs(
    ex: Extraction, conferrals: Iterable[AwardConferral]
) -> tuple[list[Organization], list[Post], list[Holding], list[Mention]]:
    """The organisations, posts, holdings and post mentions of the honourees of ``conferrals``
    whose job the people stage did not read (module docstring)."""
    text = ex.article.text
    held = {h.person for h in ex.holdings if not h.former}
    people = [c for c in conferrals if not c.organization and not c.place and c.recipient not in held]
    if not people:
        return [], [], [], []
    opening: dict[int, Mention] = {}  # the longest organisation mention opening at each offset
    for m in ex.mentions:
        if m.label == "Organization" and m.ref and (m.start not in opening or m.end > opening[m.start].end):
            opening[m.start] = m
    jobs = JobFacts()
    for c in people:
        name = c.mention
        if c.recipient in jobs.done:
            continue
        a = clause_start(text, name.start, ITEM_MARKS)
        unit = opening.get(a)
        if unit is None or unit.end >= name.start or text.startswith(_BARE, a):
            continue
        dept = _DEPT.match(text[unit.end : name.start])
        cut = unit.end + (dept.end() if dept and dept.end() < name.start - unit.end else 0)
        job = text[cut : name.start]
        if not _JOB.fullmatch(job) or PROSE.search(job) or suffix_of(job) is not None:
            continue
        if _HONOUR_VERB.search(text, a, cut):
            continue
        item = ChainItem(a, name.start, TitleSplit(text[a:cut], job, job, 1))
        jobs.add(ex, [item], name, c.recipient, job)
    return jobs.result()


class JobFacts:
    """The organisations, posts, holdings and post mentions of honourees' jobs, as they are read
    (here, and by :mod:`kg.extract.division_jobs`)."""

    def __init__(self) -> None:
        self.orgs: dict[str, Organization] = {}
        self.posts: dict[str, Post] = {}
        self.holdings: list[Holding] = []
        self.mentions: list[Mention] = []
        self.done: set[str] = set()  # the honourees whose job is read

    def add(self, ex: Extraction, items: list[ChainItem], name: Mention, recipient: str, role: str) -> bool:
        """The job of ``recipient`` (named at ``name``) in the chain ``items``; False if it does not
        resolve to a post."""
        resolved, _ = resolve_chain(ex, items, None)
        if not resolved:
            return False
        rp = resolved[-1]
        for org in rp.orgs:
            self.orgs.setdefault(org.key, org)
        post = self.posts.setdefault((p := rp.post()).key, p)
        mention = ex.article.span(items[0].start, name.end, "Post", ref=post.key)
        self.holdings.append(Holding(recipient, post.key, mention, role))
        self.mentions.append(mention)
        self.done.add(recipient)
        return True

    def result(self) -> tuple[list[Organization], list[Post], list[Holding], list[Mention]]:
        return list(self.orgs.values()), list(self.posts.values()), self.holdings, self.mentions
