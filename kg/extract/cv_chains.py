"""The title chains of a CV run and the dates they carry (:mod:`kg.extract.careers`, :mod:`kg.extract.cv_tables`).

- A run's chains are separated by ，or ；(``某县副县长，某县县长、县委副书记``) and end at the first
  part that is no chain from end to end (``主持全面工作``), at a clause of its own (``现任…``,
  ``2018年…``), or after a closing word (``等``, ``等职``, ``职务``, ``至今``: held still).
- A chain may carry its own period in brackets after it: ``某县县长（1990—1995年）``,
  ``某县县长（1990年5月—1995年3月）``; other brackets (``（其间：…在某校学习）``, ``（正处级）``)
  end the chain and give no dates.
- :func:`dated_posts` says which posts of a run the run's date covers: every title of a single
  chain (``任某局局长、党组书记``), else only the first post began at ``since`` and only the last
  ended at ``until`` (``历任…，…``).
"""

from __future__ import annotations

from dataclasses import dataclass

from kg import rx
from kg.extract.chains import ChainItem, ResolvedPost, parse_chain, resolve_chain
from kg.extract.joined_titles import tokens_near
from kg.model import Extraction

#: A run of a CV: its date (a month, a period, or years), 起, and the verb of holding.
RUN = rx.compile(
    r"(?<!\d)(?:(?P<y1>\d{4})年(?:(?P<m1>\d{1,2})月)?"
    r"(?:(?:至|到|—|－|-|~)(?:(?P<y2>\d{4})年(?:(?P<m2>\d{1,2})月)?|(?P<now>今)))?"
    r"|(?P<y3>\d{4})(?:至|到|—|－|-|~)(?P<y4>\d{4})年)"
    r"(?P<since>起|以来)?(?:，|,)?"
    r"(?P<verb>历任|先后任|先后担任|现任|担任|兼任|调任|升任|任)"
)
#: Verbs of a run of several posts one after another: only the first began at the run's date.
SUCCESSIVE = ("历任", "先后任", "先后担任")
#: A period in brackets after a chain: （1990—1995年）, （1990年5月—1995年3月）, （1990.05—1995.03）.
BRACKET_PERIOD = rx.compile(
    r"（(?P<y1>\d{4})(?:年(?:(?P<m1>\d{1,2})月)?|[.．](?P<n1>\d{1,2}))?"
    r"(?:—{1,2}|－|-|~|～|至|到)"
    r"(?P<y2>\d{4})(?:年(?:(?P<m2>\d{1,2})月)?|[.．](?P<n2>\d{1,2}))?）"
)
#: Words closing a run's last chain: 等 (and others), 至今 (held still), 职务.
_TAILS = ("至今", "等职", "等", "职务")
_CHAIN_MARKS = "，,；;"
#: Roles of a person in study, not in a post: 某某大学经济系学生 in a CV is no post of the school.
STUDY_ROLES = frozenset({"学生", "学员", "研究生", "本科生", "硕士研究生", "博士研究生", "进修生", "留学生"})
#: Tags of a word that opens a clause of its own, not a title chain (现任…, 拟任…, 并…, 2018年…).
_CLAUSE_TAGS = frozenset({"v", "vd", "p", "d", "c", "TIME", "m"})

Period = tuple[str | None, str | None]


@dataclass(frozen=True)
class RunChain:
    """One title chain of a run, and the period its own brackets give (None: the run's)."""

    items: list[ChainItem]
    period: Period | None = None


def run_chains(ex: Extraction, start: int, end: int | None = None) -> tuple[list[RunChain], bool]:
    """The title chains of a run from ``start`` to ``end`` (default: the end of its sentence), up
    to the first part that is no chain from end to end, and whether the run ends in 至今."""
    text = ex.article.text
    end = ex.article.sentence(start)[1] if end is None else end
    chains: list[RunChain] = []
    still = False
    pos = start
    while pos < end and not RUN.match(text, pos) and not opens_clause(ex, pos):
        stop = min((i for i in (text.find(c, pos, end) for c in _CHAIN_MARKS) if i >= 0), default=end)
        stop_at = stop
        if text[stop - 1 : stop] == "。":
            stop -= 1
        bracket = text.find("（", pos, stop)
        period: Period | None = None
        closes = False
        if bracket > pos:  # 某县县长（1990—1995年）; （其间：…）ends the chain, dates nothing
            b = BRACKET_PERIOD.match(text, bracket)
            if b is not None and (b.end() == stop or text.startswith("、", b.end())):
                period = (iso(b["y1"], b["m1"] or b["n1"]), iso(b["y2"], b["m2"] or b["n2"]))
                stop_at = b.end()  # 某县县长（1990—1995年）、某市副市长: the next chain after 、
            else:
                closes = text[stop - 1 : stop] != "）"  # a note with a ，of its own: the run ends
            stop = bracket
        tail = next((t for t in _TAILS if text.startswith(t, stop - len(t)) and stop - len(t) > pos), None)
        if tail is not None:
            still = still or tail == "至今"
            stop -= len(tail)
        items = parse_chain(ex, pos, stop)
        if not (items and items[0].start == pos and items[-1].end == stop):
            break  # no chain: 主持全面工作, 其间在某校学习
        chains.append(RunChain(items, period))
        if tail is not None or closes:
            break
        pos = stop_at + 1
    return chains, still


def opens_clause(ex: Extraction, pos: int) -> bool:
    """Does a word that opens a clause (a verb, an adverb, a date) start at ``pos``?"""
    return any(t.start == pos and t.tag in _CLAUSE_TAGS for t in tokens_near(ex.tokens, pos, pos + 1))


def dated_posts(
    ex: Extraction, chains: list[RunChain], period: Period, successive: bool
) -> list[tuple[ResolvedPost, str | None, str | None]]:
    """(post, since, until) of each post of a run's chains: a chain's own period dates its
    posts; else the run's ``period`` dates every post of a single chain, or, for several
    chains or a verb of successive posts, the first post's start and the last post's end. A
    role of study (学生, 研究生) is no post."""
    successive = successive or len(chains) > 1
    scope: str | None = None
    found: list[tuple[ResolvedPost, Period | None]] = []
    for chain in chains:
        posts, _ = resolve_chain(ex, chain.items, scope)
        found += [(rp, chain.period) for rp in posts if rp.role not in STUDY_ROLES]
        scope = next((p.jurisdiction for p in reversed(posts) if p.jurisdiction), scope)
    out = []
    for n, (rp, own) in enumerate(found):
        if own is not None:
            out.append((rp, own[0], own[1]))
            continue
        first = n == 0 or not successive
        last = n == len(found) - 1 or not successive
        out.append((rp, period[0] if first else None, period[1] if last else None))
    return out


def iso(year: str | None, month: str | None) -> str | None:
    """``2019``, ``2019-06``: a year and a month as ISO 8601 (a month out of range is left out)."""
    if year is None:
        return None
    return f"{year}-{int(month):02d}" if month and 1 <= int(month) <= 12 else year
