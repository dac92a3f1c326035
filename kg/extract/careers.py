"""Careers: the posts a person held before the article's date (``Holding.former``).

Grammar:
- A run of a CV (简历, an obituary, a profile): ``<date>(起)?<verb><chains>``, where the chains
  are title chains separated by ，or ；(``1990年5月起历任某县副县长，某县县长、县委副书记``), each
  read as a chain before a name is (:func:`kg.extract.chains.parse_chain`, :func:`resolve_chain`).
  Each post is a former holding of the CV's subject. The run's date is when the first post began
  (``since``; later items of a 历任 run began later); a period (``1990年至1995年任…``,
  ``1990—1995年任…``) gives ``since`` and ``until``; a run to 至今, or opened by 现任, is held now.
- The subject: the person whose name opens the sentence, else the paragraph (``王小明，男，
  1962年5月生``); 他/她 opening the sentence stands for the last such person; none, no holdings.
- ``原X``, ``前任X``, ``时任X的`` before a name: X was held before, no dates
  (:func:`kg.extract.held_marks.marked_items`, :func:`kg.extract.held_marks.marked_chain`).
- 拟任 (a proposal before an appointment) is no verb of the grammar: it gives no post.
A chain that resolves to no organisation gives nothing (no post is made up).
"""

from __future__ import annotations

import re

from kg.extract.chains import ChainItem, ResolvedPost, chain_start, parse_chain, resolve_chain
from kg.extract.held_marks import PAST_MARKS, marked_chain, marked_items
from kg.extract.joined_titles import tokens_near
from kg.extract.statuses import no_post
from kg.model import Extraction, Holding, Mention, Organization, Post
from kg.pipeline import stage

#: A run of a CV: its date (a month, a period, or years), 起, and the verb of holding.
RUN = re.compile(
    r"(?<!\d)(?:(?P<y1>\d{4})年(?:(?P<m1>\d{1,2})月)?"
    r"(?:(?:至|到|—|－|-|~)(?:(?P<y2>\d{4})年(?:(?P<m2>\d{1,2})月)?|(?P<now>今)))?"
    r"|(?P<y3>\d{4})(?:至|到|—|－|-|~)(?P<y4>\d{4})年)"
    r"(?P<since>起|以来)?(?:，|,)?"
    r"(?P<verb>历任|先后任|先后担任|现任|担任|兼任|调任|升任|任)"
)
#: Verbs of a run of several posts one after another: only the first began at the run's date.
SUCCESSIVE = ("历任", "先后任", "先后担任")
#: Words closing a run's last chain: 等 (and others), 至今 (held still), 职务.
_TAILS = ("至今", "等职", "等", "职务")
#: Pronouns that stand for the last person whose name opened a sentence.
_PRONOUNS = ("他", "她")
_CHAIN_MARKS = "，,；;"


@stage("careers", needs=("people",), adds=("holdings", "posts", "organizations", "mentions"))
def careers_stage(ex: Extraction) -> Extraction:
    """Former holdings from CV runs and from marks of a post held before a name."""
    posts: dict[str, Post] = {}
    orgs: dict[str, Organization] = {}
    holdings: list[Holding] = []
    mentions: list[Mention] = []
    held = {(h.person, h.post) for h in ex.holdings if not h.former}

    def emit(person: str, rp: ResolvedPost, former: bool, since: str | None, until: str | None) -> None:
        if no_post(rp.role, rp.orgs):
            return
        leaf = rp.orgs[-1]
        key = f"post|{leaf.key}|{rp.role}"
        if not former and (person, key) in held:
            return  # the people stage read it already
        for org in rp.orgs:
            orgs.setdefault(org.key, org)
        posts.setdefault(key, Post(key, rp.label, rp.role, leaf.key))
        mention = ex.article.span(rp.item.start, rp.item.end, "Post", ref=key)
        title = None if former else rp.item.split.title
        holdings.append(Holding(person, key, mention, title, None, former, since, until))
        mentions.append(mention)

    persons = sorted((m for m in ex.mentions if m.label == "Person" and m.ref), key=lambda m: m.start)
    for person, rp, former, since, until in _runs(ex, persons):
        emit(person, rp, former, since, until)
    for person, rp, former in _marked_before(ex, persons):
        emit(person, rp, former, None, None)
    return ex.add(organizations=orgs.values(), posts=posts.values(), holdings=holdings, mentions=mentions)


def _runs(
    ex: Extraction, persons: list[Mention]
) -> list[tuple[str, ResolvedPost, bool, str | None, str | None]]:
    """(person, post, former, since, until) of every CV run with a subject."""
    text = ex.article.text
    openers = _openers(ex, persons)
    out: list[tuple[str, ResolvedPost, bool, str | None, str | None]] = []
    for m in RUN.finditer(text):
        subject = _subject(ex, openers, m.start())
        if subject is None:
            continue
        chains, still = _chains(ex, m.end())
        current = still or m["verb"] == "现任" or m["now"] is not None
        since = _iso(m["y1"] or m["y3"], m["m1"])
        until = _iso(m["y2"] or m["y4"], m["m2"])
        if (m["y3"] or "") > (m["y4"] or "9999"):
            continue  # no period: 2019—2018年 is no time of holding
        successive = m["verb"] in SUCCESSIVE or len(chains) > 1
        scope: str | None = None
        found: list[ResolvedPost] = []
        for items in chains:
            posts, _ = resolve_chain(ex, items, scope)
            found += posts
            scope = next((p.jurisdiction for p in reversed(posts) if p.jurisdiction), scope)
        for n, rp in enumerate(found):
            first = n == 0 or not successive
            last = n == len(found) - 1 or not successive
            out.append((subject, rp, not current, since if first else None, until if last else None))
    return out


def _chains(ex: Extraction, start: int) -> tuple[list[list[ChainItem]], bool]:
    """The title chains of a run from ``start`` to the end of its sentence (up to the first part
    that is no chain from end to end), and whether the run ends in 至今 (held still)."""
    text = ex.article.text
    end = ex.article.sentence(start)[1]
    chains: list[list[ChainItem]] = []
    still = False
    pos = start
    while pos < end and not RUN.match(text, pos) and not _opens_clause(ex, pos):
        stop = min((i for i in (text.find(c, pos, end) for c in _CHAIN_MARKS) if i >= 0), default=end)
        stop_at = stop
        if text[stop - 1 : stop] == "。":
            stop -= 1
        tail = next((t for t in _TAILS if text.startswith(t, stop - len(t)) and stop - len(t) > pos), None)
        if tail is not None:
            still = still or tail == "至今"
            stop -= len(tail)
        items = parse_chain(ex, pos, stop)
        if not (items and items[0].start == pos and items[-1].end == stop):
            break  # no chain: 主持全面工作, 其间在某校学习
        chains.append(items)
        if tail is not None:
            break
        pos = stop_at + 1
    return chains, still


#: Tags of a word that opens a clause of its own, not a title chain (现任…, 拟任…, 并…, 2018年…).
_CLAUSE_TAGS = frozenset({"v", "vd", "p", "d", "c", "TIME", "m"})


def _opens_clause(ex: Extraction, pos: int) -> bool:
    """Does a word that opens a clause (a verb, an adverb, a date) start at ``pos``?"""
    return any(t.start == pos and t.tag in _CLAUSE_TAGS for t in tokens_near(ex.tokens, pos, pos + 1))


def _openers(ex: Extraction, persons: list[Mention]) -> list[tuple[int, str, bool]]:
    """(offset, person key, opens a paragraph) of each name that opens a sentence or a line."""
    text = ex.article.text
    out = []
    for m in persons:
        line = text.rfind("\n", 0, m.start) + 1
        if not text[line : m.start].strip(" \u3000"):
            out.append((m.start, m.ref or "", True))
        elif ex.article.sentence(m.start)[0] == m.start:
            out.append((m.start, m.ref or "", False))
    return out


def _subject(ex: Extraction, openers: list[tuple[int, str, bool]], pos: int) -> str | None:
    """The person a CV run at ``pos`` is about: the name opening its sentence, else the name
    opening its paragraph; a pronoun opening the sentence stands for the last name that opened
    one before."""
    text = ex.article.text
    sent = ex.article.sentence(pos)[0]
    line = text.rfind("\n", 0, pos) + 1
    before = [o for o in openers if o[0] <= pos]
    if not before:
        return None
    last = before[-1]
    if last[0] == sent:
        return last[1]
    if text.startswith(_PRONOUNS, sent):
        return last[1]
    para = next((o for o in reversed(before) if o[2] and o[0] >= line), None)
    if para is not None and text[line : para[0]].strip(" \u3000") == "":
        return para[1]
    return None


def _marked_before(ex: Extraction, persons: list[Mention]) -> list[tuple[str, ResolvedPost, bool]]:
    """(person, post, former) of chains before a name with a mark of a post held before:
    ``某局原局长甲``, ``原县委副书记、现任县长乙`` (each as written), ``时任县委书记的丙``."""
    text = ex.article.text
    out: list[tuple[str, ResolvedPost, bool]] = []
    prev_end = 0
    for m in persons:
        floor = max(prev_end, ex.article.sentence(m.start)[0])
        prev_end = m.end
        start = chain_start(ex, m.start, floor)
        while start < m.start and text[start] in " \u3000":
            start += 1  # 电  某局原局长甲: the spaces after a dateline
        marked: list[tuple[ChainItem, bool | None]] = []
        if any(mark in text[start : m.start] for mark in PAST_MARKS):
            marked = marked_items(ex, start, m.start)
        if not marked and (then := marked_chain(ex, m.start, floor)) is not None and then[2]:
            marked = [(item, True) for item in then[1]]  # 时任某县县长的甲
        if not marked:
            continue
        flags = {item: past for item, past in marked}
        posts, _ = resolve_chain(ex, [item for item, _ in marked], None)
        out.extend((m.ref or "", rp, past) for rp in posts if (past := flags.get(rp.item)) is not None)
    return out


def _iso(year: str | None, month: str | None) -> str | None:
    if year is None:
        return None
    return f"{year}-{int(month):02d}" if month and 1 <= int(month) <= 12 else year
