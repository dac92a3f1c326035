"""An honouree's job written beside the name, without an employer: ``甲院士``, ``青年教师乙``.

Honour reports name many winners by their calling alone: a title after the name
(``授予甲院士、乙院士某某奖``, ``丙教授等5名外国专家``, ``丁研究员``) or a calling before it, at the
end of a portrait (``…的外卖小哥戊``, ``扎根山区的青年教师己``, ``乡村医生庚``). The calling is the
honouree's job (``schema:jobTitle``); the words before a calling that say age or standing
(青年, 退休, 老) are not part of it. This stage runs after the honours: only a person an honour is
conferred on, and who has no job with an employer already, gets one.

Not a calling: a form of address (``甲同志``, ``乙先生``), an epithet (``“排雷英雄”甲``, ``时代楷模乙``:
no occupation word), a calling of someone else (``甲的学生乙``: 学生 is no job), a unit named after
a person (``甲院士工作站``, ``乙教授团队``), a calling inside quotation marks (an epithet: the
honour's record calls it so).
"""

from __future__ import annotations

from dataclasses import replace

from kg import rx
from kg.extract.ranks import rank_before
from kg.model import Calling, Extraction, Holding, Mention
from kg.pipeline import stage

#: Titles written after a name (甲院士, 乙教授): academic and professional ranks.
AFTER = (
    "院士",
    "教授",
    "副教授",
    "研究员",
    "副研究员",
    "高级工程师",
    "工程师",
    "主任医师",
    "副主任医师",
    "医师",
    "高级教师",
    "特级教师",
    "教授级高级工程师",
)
#: Callings written before a name (…的外卖小哥甲, 乡村医生乙): occupations, not epithets or ranks.
BEFORE = (
    *AFTER,
    "教师",
    "乡村教师",
    "医生",
    "乡村医生",
    "村医",
    "护士",
    "农民",
    "农民工",
    "工人",
    "环卫工人",
    "环卫工",
    "快递员",
    "快递小哥",
    "外卖员",
    "外卖小哥",
    "骑手",
    "司机",
    "出租车司机",
    "公交司机",
    "民警",
    "辅警",
    "消防员",
    "护林员",
    "保安",
    "厨师",
    "律师",
    "法官",
    "检察官",
    "记者",
    "演员",
    "运动员",
    "教练员",
    "技术员",
    "电工",
    "焊工",
    "船长",
    "飞行员",
    "村民",
    "居民",
)
#: What may follow a title written after a name: the next item, the honour, the sentence's end.
_AFTER = rx.compile(
    "(" + "|".join(sorted(AFTER, key=len, reverse=True)) + ")"
    r"(?![\u4e00-\u9fff]{0,2}(?:工作站|工作室|团队|课题组|实验室|专家工作|创新工作))"
)
#: A calling that ends right before a name, after a word of age or standing at most.
_BEFORE = rx.compile("(" + "|".join(sorted(BEFORE, key=len, reverse=True)) + ")$")
#: Words of age or standing that may come before a calling (青年教师: 教师).
_STANDING = ("青年", "年轻", "退休", "老", "资深", "优秀", "普通", "女", "一名", "一位")
#: What may come before a calling (or its word of standing): it opens the words before the name.
_OPENS = frozenset("的，、；：,;:（(“ \u3000\n")
#: How far before a name a calling is looked for.
_REACH = 8


def _after(text: str, m: Mention) -> str | None:
    hit = _AFTER.match(text, m.end)
    return hit[1] if hit else None


def _before(text: str, m: Mention, units: set[int]) -> str | None:
    """The calling that ends right before ``m``, where it opens the words before the name (after
    的, a mark, or a word of age or standing: ``…的青年教师甲``); None after a unit, a place or any
    other word (``某街道居民甲``, ``某研究院主任工程师乙``: a job with its employer, not read here)."""
    start = max(0, m.start - _REACH)
    head = text[start : m.start]
    if head.endswith(("”", "」", "’", "》")):  # a quoted epithet, or a title of a work
        return None
    hit = _BEFORE.search(head)  # the leftmost, so the longest: 乡村医生 over 医生; 青年教师: 教师
    if hit is None or start + hit.start() in units:
        return None
    lead = head[: hit.start()]
    for word in _STANDING:
        if lead.endswith(word):
            lead = lead[: -len(word)]
            break
    return hit[1] if not lead or lead[-1] in _OPENS else None


def _misread(ex: Extraction, honoured: set[str]) -> Extraction:
    """Drop an honouree's job read as a unit and a title that together are one calling (乡村医生:
    no unit 乡村 employs a 医生), and the posts and their mentions left without a holder; the
    stage reads the calling again."""
    names = {p.key: p.name for p in ex.persons}

    def chain(h: Holding) -> str:  # the words written before the name: 乡村医生 of 乡村医生甲
        name = names.get(h.person, "")
        return h.mention.text[: -len(name)] if name and h.mention.text.endswith(name) else ""

    wrong = {h for h in ex.holdings if h.person in honoured and h.job_title and chain(h) in BEFORE}
    if not wrong:
        return ex
    holdings = tuple(h for h in ex.holdings if h not in wrong)
    held = {h.post for h in holdings}
    dropped = {h.post for h in wrong} - held
    return replace(
        ex,
        holdings=holdings,
        posts=tuple(p for p in ex.posts if p.key not in dropped),
        mentions=tuple(m for m in ex.mentions if not (m.label == "Post" and m.ref in dropped)),
    )


@stage("callings", needs=("people", "honours"), adds=("callings", "holdings", "posts", "mentions"))
def callings_stage(ex: Extraction) -> Extraction:
    honoured = {c.recipient for c in ex.conferrals if not (c.organization or c.place)}
    ex = _misread(ex, honoured)
    employed = {h.person for h in ex.holdings if h.job_title and not h.former}
    wanted = honoured - employed
    if not wanted:
        return ex
    text = ex.article.text
    units = {m.end for m in ex.mentions if m.label in ("Place", "Organization")}
    found: dict[str, Calling] = {}
    for m in ex.mentions:
        if m.label != "Person" or m.ref not in wanted or m.ref in found:
            continue
        title = _after(text, m) or _before(text, m, units) or rank_before(text, m, units)
        if title is not None:
            found[m.ref] = Calling(m.ref, title, m)
    return ex.add(callings=found.values()) if found else ex
