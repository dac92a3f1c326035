"""The company that a bare ``公司`` before a title refers back to, in news that is no company's own
(and in any news where the company is named in the same sentence or the one before:
:func:`nearby_company`, a tour of several companies that names one of them most often).

A report of a visit names the company it visits in full and then writes only ``公司`` for it:
``某领导来到青禾县某某科技有限公司，察看生产线。公司总经理王小明介绍…`` (the manager is that
company's, not of an organisation called 公司). A company's own news has its own rule
(:mod:`kg.extract.own_company`); this one reads a company word that opens a title back to the last
corporation named before it, in the same paragraph or the one before (a lead that names the company
and a paragraph that goes on ``该项目由公司总工程师某某牵头``).

Counter-examples: a paragraph naming two corporations in the sentence of the last one
(``甲公司与乙公司签约。公司总经理某某…``) has no single company, and the word is kept as written;
a company named two paragraphs back is too far; a headline that opens with the company word
(``公司召开…``) is the company's own voice, left to :mod:`kg.extract.own_company`. 集团 reads back
the same way (``某某能源集团有限责任公司荣获奖状，集团党委书记、董事长某某…``), but only to a
corporation whose name holds 集团 (``集团研发中心党支部`` after a ``某某科技有限公司`` is kept).
A bare 合作社 reads back to the farmers' cooperative named last (``走进某某种植专业合作社…合作社
理事长某某``), whatever kind the organisation stage gave it; so do a bare 军分区, 警备区, 支队, 总队
and 人武部 to the unit of that kind named last (``在某某军分区，…听取了军分区司令员某某的介绍``).
"""

from __future__ import annotations

from kg import rx
from kg.extract.own_company import OWN_COMPANY_WORDS
from kg.model import Extraction, Organization

#: The words that stand for a company named before (集团 only for a group: the name must hold it).
COMPANY_WORDS = ("公司", "集团")
#: The word that stands for a farmers' cooperative named before (合作社理事长).
COOPERATIVE = "合作社"
#: Words that stand for a unit of their kind named before: a cooperative, a military sub-district,
#: an armed police detachment or corps, a people's armed forces department (军分区司令员某某).
REFERRED_UNITS = (COOPERATIVE, "军分区", "警备区", "支队", "总队", "人武部")


def _root(org: Organization, by_key: dict[str, Organization]) -> Organization:
    """The top organisation of a unit (某某有限公司呼兰热源厂: the company)."""
    seen = {org.key}
    while org.parent and org.parent in by_key and org.parent not in seen:
        org = by_key[org.parent]
        seen.add(org.key)
    return org


def _window_start(text: str, offset: int) -> int:
    """Start of the paragraph before the one at ``offset`` (the paragraph's own start if first)."""
    para = text.rfind("\n", 0, offset) + 1
    if para == 0:
        return 0
    return text.rfind("\n", 0, para - 1) + 1


def referred_company(ex: Extraction, written: str, offset: int) -> str:
    """``written`` (an organisation before a title at ``offset``) with a company word at its start
    replaced by the corporation named last before it; ``written`` itself where none is sure."""
    unit = next((w for w in REFERRED_UNITS if written.startswith(w)), None)
    if unit is not None:
        return _referred_unit(ex, written, offset, unit)
    word = next((w for w in COMPANY_WORDS if written.startswith(w)), None)
    if word is None or (ex.article.headline or "").startswith(OWN_COMPANY_WORDS):
        return written  # 公司召开…: the company's own news, whose word is the article's company
    named = _named_before(ex, offset)
    companies = sorted(((s, o) for s, o in named if o.kind == "Corporation"), key=lambda so: so[0])
    if not companies:
        return written
    start, company = companies[-1]
    sent_start, sent_end = ex.article.sentence(start)
    others = {o.key for s, o in companies if sent_start <= s < sent_end} - {company.key}
    if others or word not in company.name:
        return written  # two companies in that sentence, or a 公司 word for a group: not sure
    return company.name + written[len(word) :]


def _named_before(ex: Extraction, offset: int, floor: int | None = None) -> list[tuple[int, Organization]]:
    """The organisations (each its top one) named in the paragraph of ``offset`` or the one before
    (or from ``floor`` on), before ``offset``, with where they are named."""
    floor = _window_start(ex.article.text, offset) if floor is None else floor
    by_key = {o.key: o for o in ex.organizations}
    return [
        (m.start, _root(by_key[m.ref], by_key))
        for m in ex.mentions
        if m.label == "Organization" and floor <= m.start < offset and m.ref in by_key
    ]


def _referred_unit(ex: Extraction, written: str, offset: int, word: str) -> str:
    """``written`` with its opening unit ``word`` replaced by the unit of that kind named before it:
    the cooperative named last in its paragraph or the one before (在某村，甲走进某某种植专业合作社…。
    合作社理事长乙介绍; not where two share a sentence), the one military or armed police unit of
    that kind the article names before it (在某某军分区，…听取了军分区司令员乙的介绍); itself
    where none is."""
    if word != COOPERATIVE:  # 军分区: the one unit of its kind the article names before, however far
        kinds = {o.key: o for _s, o in _named_before(ex, offset, 0) if o.name.endswith(word)}
        return next(iter(kinds.values())).name + written[len(word) :] if len(kinds) == 1 else written
    named = sorted(
        ((s, o) for s, o in _named_before(ex, offset) if o.name.endswith(word)), key=lambda so: so[0]
    )
    if not named:
        return written
    start, unit = named[-1]
    sent_start, sent_end = ex.article.sentence(start)
    if any(o.key != unit.key for s, o in named if sent_start <= s < sent_end):
        return written
    return unit.name + written[len(word) :]


def nearby_company(ex: Extraction, written: str, offset: int) -> str | None:
    """``written`` read back (:func:`referred_company`) to a corporation named in its own sentence or
    the one right before it (``来到某某木业有限公司，察看生产线，与公司总经理甲交流``): near enough to
    be meant even in an article that speaks for a company of its own (a tour that visits several);
    None where none is named that near, or only in a career (``曾任某某公司项目经理。现任公司…``)."""
    referred = referred_company(ex, written, offset)
    if referred == written:
        return None
    s, _e = ex.article.sentence(offset)
    before = ex.article.sentence(s - 1)[0] if s > 0 else s
    text = ex.article.text
    named = [
        st
        for st, o in _named_before(ex, offset, before)
        if referred.startswith(o.name) and not _CAREER.search(text, ex.article.sentence(st)[0], st)
    ]
    return referred if named else None


#: A career told before the company's name in its sentence (曾任某某公司项目经理): no company the
#: person's present 公司 stands for.
_CAREER = rx.compile(r"曾任|历任|曾在|曾担任|原任")
