"""Scoring one source file's graph against its gold facts, dimension by dimension.

Every string comparison goes through :func:`normalise`. Each dimension counts true positives,
false positives and false negatives, and keeps the evidence of every error for ``--explain``.
The rules that need a decision:

* persons: ``schema:Person`` names, except persons that are only a byline (``schema:author`` or
  ``schema:contributor`` of an article, and no membership, attendance or award).
* posts: ``(person, jurisdiction, role)`` of the posts held at the article's date (a post the
  text says was held before, ``kg:former true``, is a career fact, not scored). The predicted
  jurisdiction is the place that the post's organisation, or its nearest ancestor by ``org:subOrganizationOf``, is ``kg:jurisdiction`` of (by
  ``schema:name`` or ``schema:alternateName``), or else the label of the topmost organisation; the
  gold writes territorial bodies by place and enterprises and institutions by their own name, and
  both readings are accepted. Enterprise aliases of the gold file count as their canonical name.
  Honouree jobs are not posts: memberships of a person who has ``schema:jobTitle`` and an
  ``kg:AwardConferral`` are left out, unless the gold lists that person among the officials.
* honours: ``(recipient, category)``, with ``""`` for a null gold category or a conferral without
  ``kg:category``; where the gold says whether the honour was posthumous (``posthumous`` on the
  honouree or on its award), ``(recipient, category, posthumous)``, the predicted flag being
  ``kg:posthumous true`` or its absence, so that a wrong flag is a miss and a false positive.
* honoured organisations: ``(organisation, award)`` of each conferral whose recipient is an
  ``org:Organization`` or a ``schema:AdministrativeArea`` (a city honoured as 全国文明城市: the gold
  has one list for honoured units of both kinds); the organisation is found by its
  ``skos:prefLabel`` or an ``skos:altLabel`` (a place by its ``schema:name`` or an alternate name,
  or so written after the names of the places it lies in: a roll's 某县某乡某村 is the village the
  prediction places there), a party organ with or without 中共 before it; a gold entry without an
  award matches any, and an award matches without the year that opens its name (2023年某省五一劳动
  奖状 is 某省五一劳动奖状: its edition).
* honouree jobs: ``(name, employer, title)`` for each honouree (and each ``also`` pair), from the
  memberships of conferral recipients. The predicted title may be the role label or the
  ``schema:jobTitle`` (with or without the employer in front), the best match per ``(name,
  employer)``; a unit/title split at another point of the same words counts (employer + title equal
  as one string). A null gold employer matches any employer with that title. A gold employer that
  keeps the text's short form, a level word for the article's own division (``县人民医院``), matches
  the predicted one that names the division (``某某县人民医院``, the division a predicted place).
* events: matched one-to-one, greedily by attendee overlap, when the dates agree (prefix or range;
  a null date on either side agrees) and the attendee Jaccard is >= 0.5, or, when both have no
  attendees, the names' character overlap is >= 0.5. Of equal overlaps, the event with the very
  dates (both days of a range) wins, then the one of the closer name (a two-day 调研 and the
  座谈会 on its second day, with the same people).
* event participants: ``(event, person)`` pairs through that matching.
* places: a gold place is found when a predicted ``schema:AdministrativeArea`` has its name or an
  alias; a predicted place that matches none is a false positive unless it is the country, was only
  emitted to complete the hierarchy (no ``nif:Phrase`` links to it), or is a gold foreign place.
* place hierarchy: ``(place, part_of)`` of gold places; found when the predicted parent, or an
  ancestor above it (the graph may hold the official level that the text skips), has the gold
  parent's name, alias or ``part_of_text``.
* enterprises: ``schema:Corporation`` labels (units of another corporation are left out), with
  the gold's enterprise aliases mapped to their canonical name.
* bylines: ``("reporter", name)`` and ``("photographer", name)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kg.eval.gold import Gold, GoldEvent, GoldPlace
from kg.eval.matching import score_matched, score_sets, show, unique
from kg.eval.metrics import (
    Dimension,
    Finding,
    dates_agree,
    find_sentence,
    macro_f1,
    name_overlap,
    normalise,
)
from kg.eval.predict import PredEvent, Prediction, PredPlace, read_prediction
from kg.extract.dates import cn_number
from kg.extract.prize_conferrals import OPENING_YEAR


@dataclass
class FileScore:
    gold: Gold
    dimensions: dict[str, Dimension]

    @property
    def macro_f1(self) -> float:
        return macro_f1(self.dimensions.values())


#: A session of a congress or a CPPCC, written in full or short: 某州第十一届人民代表大会第三次会议,
#: 某州十一届人大三次会议, 政协某市第十届委员会第二次会议, 某市人大常委会第五次会议.
_SESSION = re.compile(
    r"(?:第)?(?P<term>[一二三四五六七八九十百\d]+)届.*?(?:第)?(?P<sitting>[一二三四五六七八九十百\d]+)次(?:全体)?会议$"
)


def session_key(name: str) -> str | None:
    """One form for a session's name however it is written (in full or short, 人民代表大会 or 人大,
    第 or none), as a post's jurisdiction: its body (people's congress, its standing committee, or
    the CPPCC), term and sitting; None for a name that is no session. The division is not compared:
    an article's sessions are its own division's."""
    m = _SESSION.search(name)
    if m is None:
        return None
    body = "政协" if ("政协" in name or "政治协商" in name) else "人大"
    if "常委会" in name or "常务委员会" in name:
        body += "常委会"
    term, sitting = (cn_number(m[k]) or m[k] for k in ("term", "sitting"))
    return f"{body}|{term}|{sitting}"


# ---------------------------------------------------------------------------- dimensions


class Scorer:
    """Scores one gold file against the prediction read from one graph."""

    def __init__(self, gold: Gold, pred: Prediction) -> None:
        self.gold = gold
        self.pred = pred
        self.canonical: dict[str, str] = {}
        for full, aliases in gold.enterprise_aliases:
            for a in aliases:
                self.canonical[normalise(a)] = normalise(full)

    def where(self, needle: str | None) -> str | None:
        return find_sentence(self.gold.text, needle) if needle else None

    def company(self, name: str) -> str:
        n = normalise(name)
        return session_key(n) or self.canonical.get(n, n)

    def persons(self) -> Dimension:
        gold = [(normalise(n), n, self.where(n)) for n in self.gold.person_names]
        not_persons = {normalise(n) for n in self.gold.not_persons}
        pred = [
            (
                normalise(p.name),
                p.name + (" (gold: not a person)" if normalise(p.name) in not_persons else ""),
                p.evidence,
            )
            for p in self.pred.persons
        ]
        return score_sets("persons", gold, pred)

    def posts(self) -> Dimension:
        officials = {normalise(o.name) for o in self.gold.officials}
        gold = unique(
            (
                (o.name, *_post(p)),
                (
                    (normalise(o.name), self.company(p.jurisdiction), post_role(p.role)),
                    show(o.name, *_post(p)),
                    self.where(o.name),
                ),
            )
            for o in self.gold.officials
            for p in o.current  # a post the file marks as former is a career fact, as kg's own are
        )
        pred = unique(
            (
                (p.person, p.organization, p.role, p.jurisdictions),
                (
                    (normalise(p.person), frozenset(map(self.company, p.jurisdictions)), post_role(p.role)),
                    show(p.person, p.jurisdictions[0] if p.jurisdictions else None, p.organization, p.role),
                    p.evidence,
                ),
            )
            for p in self.pred.posts
            if not p.honouree_job or normalise(p.person) in officials
        )

        def fits(g: tuple[str, str, str], p: tuple[str, frozenset[str], str]) -> bool:
            return g[0] == p[0] and g[2] == p[2] and g[1] in p[1]

        return score_matched("posts", gold, pred, fits)

    def honours(self) -> Dimension:
        stated = {
            (normalise(h.name), normalise(h.category or ""))
            for h in self.gold.honorees
            if h.posthumous is not None
        }
        gold = [
            (
                (normalise(h.name), normalise(h.category or ""), h.posthumous),
                show(h.name, h.category, *_posthumous(h.posthumous)),
                self.where(h.name),
            )
            for h in self.gold.honorees
        ]
        pred = []
        for c in self.pred.conferrals:
            key = (normalise(c.person), normalise(c.category))
            flag = c.posthumous if key in stated else None  # scored only where the gold says
            pred.append(((*key, flag), show(c.person, c.category or None, *_posthumous(flag)), c.evidence))
        return score_sets("honours", gold, pred)

    def honouree_jobs(self) -> Dimension:
        gold = []
        for h in self.gold.honorees:
            for employer, title in [(h.employer, h.title), *h.also]:
                if employer is None and title is None:
                    continue
                key = (normalise(h.name), normalise(employer) if employer else None, title)
                gold.append((key, show(h.name, employer, title), self.where(h.name)))
        merged: dict[tuple[str, str], tuple[list[str], str | None]] = {}
        for j in self.pred.jobs:
            titles, ev = merged.setdefault((j.person, j.employer), ([], j.evidence))
            titles.extend(t for t in j.titles if t not in titles)
        pred = [
            ((normalise(name), normalise(emp), tuple(titles)), show(name, emp, "/".join(titles)), ev)
            for (name, emp), (titles, ev) in merged.items()
        ]
        places = {normalise(n) for p in self.pred.places for n in p.names}

        def fits(g: tuple[str, str | None, str | None], p: tuple[str, str, tuple[str, ...]]) -> bool:
            name, employer, title = g
            if name != p[0]:
                return False
            if employer is not None and _village_organ(employer, p[1]):
                employer = p[1]  # 某村党支部书记、村委会主任: that village's 村委会
            if employer is None:  # a job written without a unit: the title decides
                return title is None or any(normalise(t) == normalise(title) for t in p[2])
            if title is None:
                return employer == written_short(p[1], employer, places)
            # the same words with the unit/title boundary elsewhere (…中心 + 离退休管理科负责人)
            # count, as does a jobTitle that repeats the unit; a title that joins two posts of the
            # unit (某村 + 党支部书记、村委会主任) is found by either
            parts = title.split("、") if "、" in title else []
            jobs = [employer + normalise(t) for t in (title, *parts)]
            return any(
                written_short(p[1] + normalise(t), job, places) == job or normalise(t) == job
                for t in p[2]
                for job in jobs
            )

        return score_matched("honouree_jobs", gold, pred, fits)

    def events(self) -> tuple[Dimension, Dimension]:
        gold, pred = self.gold.events, self.pred.events
        candidates = []
        for i, g in enumerate(gold):
            for j, p in enumerate(pred):
                score = event_fit(g, p)
                if score is not None:  # ties go to the event of the very dates, then of the name
                    candidates.append((-score, -same_dates(g, p), -event_name_fit(g, p), i, j))
        pairs: dict[int, int] = {}
        for *_, i, j in sorted(candidates):
            if i not in pairs and j not in pairs.values():
                pairs[i] = j
        ev = Dimension("events", tp=len(pairs))
        part = Dimension("event_participants")
        for i, g in enumerate(gold):
            want = {normalise(n): n for n in g.participants}
            got: dict[str, str] = {}
            if i in pairs:
                p = pred[pairs[i]]
                got = {normalise(n): n for n in p.attendees}
                part.tp += len(want.keys() & got.keys())
                extra = [got[k] for k in got if k not in want]
                part.false_positives += [Finding(show(g.name, n), p.evidence) for n in extra]
            else:
                ev.false_negatives.append(Finding(show(g.name, g.date), self.where(g.name)))
            missed = [n for k, n in want.items() if k not in got]
            part.false_negatives += [Finding(show(g.name, n), self.where(n)) for n in missed]
        for j, p in enumerate(pred):
            if j not in pairs.values():
                ev.false_positives.append(Finding(show(p.name, p.date), p.evidence))
                extra = list(dict.fromkeys(p.attendees))
                part.false_positives += [Finding(show(p.name, n), p.evidence) for n in extra]
        for d in (ev, part):
            d.fp, d.fn = len(d.false_positives), len(d.false_negatives)
        return ev, part

    def where_any(self, names: Iterable[str]) -> str | None:
        return next((ev for ev in map(self.where, names) if ev), None)

    def places(self) -> tuple[Dimension, Dimension]:
        gold = self.gold.places
        names = [{normalise(n) for n in g.names} for g in gold]
        pred = list(self.pred.places)
        pnames = [{normalise(n) for n in p.names} for p in pred]
        # exact names first, so that a place known by its full name is not taken by an alias
        owner: dict[int, int] = {}
        for exact in (True, False):
            for i, g in enumerate(gold):
                for j in range(len(pred)):
                    if i in owner or j in owner.values():
                        continue
                    if normalise(g.name) == normalise(pred[j].name) if exact else names[i] & pnames[j]:
                        owner[i] = j
        d = Dimension("places", tp=len(owner))
        d.false_negatives = [
            Finding(g.name, self.where_any(g.names)) for i, g in enumerate(gold) if i not in owner
        ]
        foreign = {normalise(f) for f in self.gold.foreign_places}
        for j, p in enumerate(pred):
            if j in owner.values() or p.country or not p.mentioned or pnames[j] & foreign:
                continue
            d.false_positives.append(Finding(p.name, p.evidence))
        d.fp, d.fn = len(d.false_positives), len(d.false_negatives)
        return d, self._hierarchy(owner)

    def _hierarchy(self, owner: dict[int, int]) -> Dimension:
        """Parents of the gold places, read at the predicted node each one was matched to."""
        gold = self.gold.places
        by_name = {normalise(n): g for g in gold for n in g.names}
        pred = list(self.pred.places)
        index = {p.iri: j for j, p in enumerate(pred)}
        d = Dimension("place_hierarchy")
        for i, g in enumerate(gold):
            if not g.part_of:
                continue
            want = _parent_names(g, by_name)
            node = pred[owner[i]] if i in owner else None
            if node is not None and _has_ancestor(pred, index, node, want):
                d.tp += 1
                continue
            d.false_negatives.append(Finding(show(g.name, g.part_of), self.where_any(g.names)))
            for up in node.parents if node is not None else ():
                parent = pred[index[up]].name if up in index else up
                d.false_positives.append(Finding(show(node.name, parent), node.evidence))
        d.fp, d.fn = len(d.false_positives), len(d.false_negatives)
        return d

    def enterprises(self) -> Dimension:
        gold = [(self.company(e), e, self.where(e)) for e in self.gold.enterprises]
        pred = [(self.company(e.name), e.name, e.evidence) for e in self.pred.enterprises]
        return score_sets("enterprises", gold, pred)

    def honoured_orgs(self) -> Dimension:
        gold = [
            ((_org_name(o.name), normalise(o.award or "")), show(o.name, o.award), self.where(o.name))
            for o in self.gold.honoured_orgs
        ]
        pred = [
            (
                (frozenset(map(_org_name, o.names)), normalise(o.award)),
                show(o.names[0] if o.names else "?", o.award),
                o.evidence,
            )
            for o in self.pred.honoured_orgs
        ]

        def fits(g: tuple[str, str], p: tuple[frozenset[str], str]) -> bool:
            return g[0] in p[0] and (not g[1] or _undated(g[1]) == _undated(p[1]))

        return score_matched("honoured_orgs", gold, pred, fits)

    def bylines(self) -> Dimension:
        gold = [
            ((kind, normalise(n)), show(kind, n), self.where(n))
            for a in self.gold.articles
            for kind, names in (("reporter", a.reporters), ("photographer", a.photographers))
            for n in names
        ]
        pred = [((b.kind, normalise(b.name)), show(b.kind, b.name), b.evidence) for b in self.pred.bylines]
        return score_sets("bylines", gold, pred)

    def score(self) -> FileScore:
        events, participants = self.events()
        places, hierarchy = self.places()
        dims = [
            self.persons(),
            self.posts(),
            self.honours(),
            self.honouree_jobs(),
            self.honoured_orgs(),
            events,
            participants,
            places,
            hierarchy,
            self.enterprises(),
            self.bylines(),
        ]
        return FileScore(self.gold, {d.name: d for d in dims})


def _org_name(name: str) -> str:
    """An organisation's name as compared: normalised, without the party's 中共 / 中国共产党 before
    a party organ (the graph labels 中共某某委员会 as 某某委员会 and keeps the full form as an alias)."""
    name = normalise(name)
    for prefix in ("中国共产党", "中共"):
        if name.startswith(prefix) and len(name) > len(prefix) + 2:
            return name[len(prefix) :]
    return name


#: The level words a unit's name may open with for its own division (县人民医院 in a county's news).
_LEVEL_CHARS = frozenset("省市县区州盟旗镇乡")


#: The organs of a village or a community that a text writes bare after a post of that village
#: (某村党支部书记、村委会主任), and what the name of a village or a community ends in.
_VILLAGE_ORGANS = ("村委会", "居委会", "村民委员会", "居民委员会", "嘎查委员会", "嘎查村民委员会")
_VILLAGE_ENDS = ("村", "社区", "嘎查")


def _undated(award: str) -> str:
    """An award's name (normalised) as compared: without the year that opens it (``2023年某省五一劳动
    奖状`` is the award a gold writes ``某省五一劳动奖状``)."""
    return OPENING_YEAR.sub("", award)


def _village_organ(written: str, unit: str) -> bool:
    """Whether the gold's ``written`` employer is a village's organ written bare (``村委会``) and the
    predicted ``unit`` is that organ with its village's name before it (``某某村村委会``), both
    normalised."""
    return (
        written in _VILLAGE_ORGANS
        and unit.endswith(written)
        and unit[: -len(written)].endswith(_VILLAGE_ENDS)
    )


def written_short(unit: str, written: str, places: set[str]) -> str:
    """``unit`` (a predicted employer, or employer and title, normalised) as the gold ``written`` it,
    where the gold keeps the text's short form that opens with a level word alone (``县人民医院`` of
    ``某某县人民医院``: the article's county, which the prediction names) and ``unit`` is that name
    with the division's name before its level word (a place the prediction holds); else ``unit``."""
    cut = len(unit) - len(written)
    if cut > 0 and written[:1] in _LEVEL_CHARS and unit.endswith(written) and unit[: cut + 1] in places:
        return written
    return unit


#: Roles written two ways, as compared: a seat on a party group written as one role (某局党组成员)
#: or as the group's role (某局党组, 成员), and so a seat on a court's or a procuratorate's committee
#: (某法院审判委员会委员, or 某法院审判委员会 and 委员); a director whom a company's notice calls
#: 非独立董事.
_SAME_ROLES = {"党组成员": "成员", "审判委员会委员": "委员", "检察委员会委员": "委员", "非独立董事": "董事"}
# 某院党组书记 or 某院党组, 书记; 某局党委委员 or 某局党委, 委员
_SAME_ROLES |= {f"{organ}{role}": role for organ in ("党组", "党委") for role in ("书记", "副书记", "委员")}


def post_role(role: str) -> str:
    """A post's role as compared: normalised, a seat on a party group written as one role
    (``党组成员`` of 某局) the same as the group's ``成员`` (of 某局党组: the organ is not compared),
    and a ``非独立董事`` the same as a ``董事`` (a director who is not an independent one)."""
    role = normalise(role)
    return _SAME_ROLES.get(role, role)


def _posthumous(flag: bool | None) -> tuple[str, ...]:
    """The posthumous flag as shown in ``--explain`` (nothing when the gold does not say)."""
    return () if flag is None else ("posthumous" if flag else "not posthumous",)


def _post(p: Any) -> tuple[str, str, str]:
    return p.jurisdiction, p.organ, p.role


def _parent_names(g: GoldPlace, by_name: dict[str, GoldPlace]) -> set[str]:
    out: set[str] = set()
    for parent in (g.part_of, g.part_of_text):
        if parent:
            out.add(normalise(parent))
            known = by_name.get(normalise(parent))
            if known:
                out |= {normalise(n) for n in known.names}
    return out


def _has_ancestor(pred: list[PredPlace], index: dict[str, int], node: PredPlace, want: set[str]) -> bool:
    seen: set[str] = set()
    todo = list(node.parents)
    while todo:
        iri = todo.pop()
        if iri in seen or iri not in index:
            continue
        seen.add(iri)
        up = pred[index[iri]]
        if {normalise(n) for n in up.names} & want or (up.country and "中国" in want):
            return True
        todo.extend(up.parents)
    return False


def same_dates(g: GoldEvent, p: PredEvent) -> bool:
    """Whether the predicted event has the gold's very dates (both days of a range)."""
    start, _, end = (g.date or "").partition("/")
    return bool(start) and p.date == start and (p.end or p.date) == (end or start)


def event_name_fit(g: GoldEvent, p: PredEvent) -> float:
    return max(name_overlap(n, p.name) for n in (g.name, *g.aliases))


def event_fit(g: GoldEvent, p: PredEvent) -> float | None:
    """How well a predicted event fits a gold one, or None when it does not."""
    if not dates_agree(g.date, p.date):
        return None
    want = {normalise(n) for n in g.participants}
    got = {normalise(n) for n in p.attendees}
    if want or got:
        jaccard = len(want & got) / len(want | got)
        return jaccard if jaccard >= 0.5 else None
    best = event_name_fit(g, p)
    return best if best >= 0.5 else None


def score_graph(gold: Gold, graph: Any) -> FileScore:
    """Score the graph (or dataset) built from ``gold``'s source file."""
    return Scorer(gold, read_prediction(graph)).score()
