"""Careers: the posts a person held before the article's date (``Holding.former``).

Grammar:
- A run of a CV (简历, an obituary, a profile): ``<date>(起)?<verb><chains>``, where the chains
  are title chains separated by ，or ；(``1990年5月起历任某县副县长，某县县长、县委副书记``), each
  read as a chain before a name is (:func:`kg.extract.chains.parse_chain`, :func:`resolve_chain`).
  Each post is a former holding of the CV's subject. The run's date is when the first post began
  (``since``; later items of a 历任 run began later); a period (``1990年至1995年任…``,
  ``1990—1995年任…``) gives ``since`` and ``until``; a run to 至今, or opened by 现任, is held now.
  A chain's own period in brackets dates its posts (``任某县县长（1990—1995年）``,
  :mod:`kg.extract.cv_chains`).
- A run without a date: ``曾任X``, ``曾担任X``, ``历任X等职`` are former holdings without dates;
  after 任 or 担任 only a chain with its own period is read; ``先后在…工作`` names no post.
- The lines of a tabular CV (``1989.07—1995.03　某县财政局副科长、科长``, :mod:`kg.extract.cv_tables`).
- A post read twice for one person, with its dates (in a CV) and without (原 in the headline), is
  one former holding, the dated one.
- The subject: the person whose name opens the sentence, else the paragraph (``王小明，男，
  1962年5月生``); 他/她 opening the sentence stands for the last such person; none, no holdings.
- ``原X``, ``前任X``, ``时任X的`` before a name: X was held before, no dates
  (:func:`kg.extract.held_marks.marked_items`, :func:`kg.extract.held_marks.marked_chain`).
- 拟任 (a proposal before an appointment) is no verb of the grammar: it gives no post.
A chain that resolves to no organisation gives nothing (no post is made up).
"""

from __future__ import annotations

from kg import rx
from kg.extract.chains import ChainItem, ResolvedPost, chain_start, resolve_chain
from kg.extract.cv_chains import BRACKET_PERIOD, RUN, SUCCESSIVE, dated_posts, iso, run_chains
from kg.extract.cv_tables import table_runs
from kg.extract.held_marks import PAST_MARKS, marked_chain, marked_items
from kg.extract.joined_titles import tokens_near
from kg.extract.statuses import no_post
from kg.model import Extraction, Holding, Mention, Organization, Post
from kg.pipeline import stage

#: Verbs of a run without a date: every post of the run was held before (曾任…, 历任…等职).
PAST_VERBS = ("曾担任", "曾任", "历任", "先后担任", "先后任")
#: Verbs after which only a chain with its own period in brackets is read (``任某县县长
#: （1990—1995年）``): 任某县县长 alone may be a post held now.
BARE = ("担任", "任")
_UNDATED_VERB = rx.compile("|".join((*PAST_VERBS, *BARE)))
#: Pronouns that stand for the last person whose name opened a sentence.
_PRONOUNS = ("他", "她")

#: (person, post, former, since, until)
Run = tuple[str, ResolvedPost, bool, str | None, str | None]


@stage("careers", needs=("people",), adds=("holdings", "posts", "organizations", "mentions"))
def careers_stage(ex: Extraction) -> Extraction:
    """Former holdings from CV runs and lines and from marks of a post held before a name."""
    posts: dict[str, Post] = {}
    orgs: dict[str, Organization] = {}
    holdings: list[Holding] = []
    held = {(h.person, h.post) for h in ex.holdings if not h.former}

    def emit(person: str, rp: ResolvedPost, former: bool, since: str | None, until: str | None) -> None:
        if no_post(rp.role, rp.orgs):
            return
        post = rp.post()
        key = post.key
        if not former and (person, key) in held:
            return  # the people stage read it already
        for org in rp.orgs:
            orgs.setdefault(org.key, org)
        posts.setdefault(key, post)
        mention = ex.article.span(rp.item.start, rp.item.end, "Post", ref=key)
        title = None if former else rp.item.split.title
        holdings.append(Holding(person, key, mention, title, None, former, since, until))

    persons = sorted((m for m in ex.mentions if m.label == "Person" and m.ref), key=lambda m: m.start)
    openers = _openers(ex, persons)
    lines = {at: key for at, key, para in openers if para}
    for run in (*_runs(ex, openers), *table_runs(ex, lines)):
        emit(*run)
    for person, rp, former in _marked_before(ex, persons):
        emit(person, rp, former, None, None)
    holdings = _dated_first(holdings, posts, orgs)
    mentions = [h.mention for h in holdings]
    return ex.add(organizations=orgs.values(), posts=posts.values(), holdings=holdings, mentions=mentions)


def _dated_first(
    holdings: list[Holding], posts: dict[str, Post], orgs: dict[str, Organization]
) -> list[Holding]:
    """The holdings without a second reading of a post held before: a post read with its dates
    (in a CV) and without (原 in the headline) is one former holding, the dated one. The two
    readings may name the organisation with its province or without (山西省某市人大常委会,
    某市人大常委会): the same role in the same division, one name ending the other."""

    def same(a: str, b: str) -> bool:
        pa, pb = posts[a], posts[b]
        oa, ob = orgs[pa.organization], orgs[pb.organization]
        names = sorted((oa.name, ob.name), key=len)
        return (pa.role, oa.jurisdiction) == (pb.role, ob.jurisdiction) and names[1].endswith(names[0])

    dated: dict[str, list[str]] = {}
    for h in holdings:
        if h.former and (h.since or h.until):
            dated.setdefault(h.person, []).append(h.post)
    seen: set[tuple[str, str, bool, str | None, str | None]] = set()
    out = []
    for h in holdings:
        row = (h.person, h.post, h.former, h.since, h.until)
        if row in seen:
            continue
        if h.former and not (h.since or h.until) and any(same(h.post, d) for d in dated.get(h.person, ())):
            continue
        seen.add(row)
        out.append(h)
    return out


def _runs(ex: Extraction, openers: list[tuple[int, str, bool]]) -> list[Run]:
    """(person, post, former, since, until) of every CV run with a subject: dated runs
    (``1990年起历任…``), then runs without a date (``曾任…``, ``任某县县长（1990—1995年）``)."""
    text = ex.article.text
    out: list[Run] = []
    dated: set[int] = set()
    for m in RUN.finditer(text):
        dated.add(m.start("verb"))
        if (m["y3"] or "") > (m["y4"] or "9999"):
            continue  # no period: 2019—2018年 is no time of holding
        subject = _subject(ex, openers, m.start())
        if subject is None:
            continue
        chains, still = run_chains(ex, m.end())
        current = still or m["verb"] == "现任" or m["now"] is not None
        period = (iso(m["y1"] or m["y3"], m["m1"]), iso(m["y2"] or m["y4"], m["m2"]))
        for rp, since, until in dated_posts(ex, chains, period, m["verb"] in SUCCESSIVE):
            out.append((subject, rp, not current, since, until))
    for m in _UNDATED_VERB.finditer(text):
        if m.start() in dated or not _undated_verb(ex, m.start(), m[0]):
            continue
        subject = _subject(ex, openers, m.start())
        if subject is None:
            continue
        chains, _ = run_chains(ex, m.end())
        if m[0] in BARE:
            chains = [c for c in chains if c.period is not None]
        for rp, since, until in dated_posts(ex, chains, (None, None), m[0] in PAST_VERBS):
            out.append((subject, rp, True, since, until))
    return out


def _undated_verb(ex: Extraction, pos: int, verb: str) -> bool:
    """Is ``verb`` at ``pos`` a verb of a run without a date? 曾任 and its kind always; 任 and
    担任 only as a word of their own (not 主任, 责任) with a period in brackets ahead in the
    clause."""
    if verb not in BARE:
        return True
    text = ex.article.text
    bracket = text.find("（", pos, min(len(text), pos + 40))
    if bracket < 0 or BRACKET_PERIOD.match(text, bracket) is None:
        return False
    return any(t.start == pos and t.end == pos + len(verb) for t in tokens_near(ex.tokens, pos, pos + 1))


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
