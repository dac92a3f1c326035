"""An activity that organisations carry out, when the headline or a subheadline reports it:
``甲部、乙办开展某某活动``.

The body's ``开展某某活动`` is most often a campaign that goes on (``各地广泛开展…活动``, ``要深入开展…
活动``), and :mod:`kg.extract.events` reads ``开展`` as holding an event only with a measure word
(开展了一场). A headline whose subject is one or more organisations and whose predicate is
``(组织)开展`` a named activity reports that activity as the news, as ``某某召开某某会议`` reports a
meeting:

- ``青禾县总工会开展送温暖活动``;
- ``某某部、某某办开展走访困难老人活动``;
- ``青禾县妇联和团县委组织开展巾帼志愿服务活动``;
- ``某某协会开展了“书香青禾”读书活动``.

The activity is dated by the body's sentence that names it again, else by the lead (the body's
first sentence that opens with a day), else by the article's day.
Counter-examples: a headline whose subject is no organisation (``各地开展…活动``, ``我省开展…活动``),
an adverb before the verb (``深入开展…活动``: an exhortation), a headline that only calls for one
(``要开展…活动``), and an activity in the body only.

The lead (the body's first sentence that opens with a day) reports a quoted activity too where an
organisation is its subject (``5月16日，某县卫生健康局组织医疗专家走进某村开展“健康义诊进乡村”
活动``: :func:`dated_activities`); not a campaign that goes on (``持续开展“某某”活动``), nor one a
later sentence tells of, nor one without its day (``近年来，…开展“某某”活动``).
"""

from __future__ import annotations

import re

from kg import rx
from kg.extract.dates import date_near
from kg.extract.event_merge import Draft
from kg.extract.org_suffixes import suffix_of
from kg.model import Extraction

#: The headline's predicate: the verb and the activity's name, to the end of the headline.
ACTIVITY = rx.compile(
    r"(?:组织)?开展了?((?:“[^”]{1,20}”(?:[^，。；：、“”\s]|“[^”]{1,20}”){0,28}?|"
    r"(?:“[^”]{1,20}”|[^，。；：、“”\s]){2,30}?)活动)\s*$"
)
#: What joins the organisations of the subject.
_JOIN = re.compile(r"[、和与及]")
#: The shortest organisation name read by its suffix alone (全部, 内部 are no organisations).
_MIN_NAME = 3


def _organisation(item: str, tagged: set[str]) -> bool:
    if item in tagged:
        return True
    suffix = suffix_of(item)
    return len(item) >= _MIN_NAME and suffix is not None and item not in suffix.counter_examples


def headline_activities(ex: Extraction) -> list[Draft]:
    """The activity the headline (or a subheadline) reports organisations carry out, as an event;
    [] if none."""
    art = ex.article
    for line in (art.headline, *art.subheadlines):
        headline = (line or "").strip()
        at = art.text.find(headline, 0, art.body_start) if headline else -1
        m = ACTIVITY.search(headline) if at >= 0 else None
        if m is None or m.start() == 0:
            continue
        tagged = {x.text for x in ex.mentions if x.label == "Organization" and x.start < art.body_start}
        subject = headline[: m.start()]  # one organisation (某某文化和旅游局), or several joined
        if not _organisation(subject, tagged) and not all(
            _organisation(x, tagged) for x in _JOIN.split(subject)
        ):
            continue
        name = m.group(1)
        again = art.text.find(name, art.body_start)
        lead = _lead(ex)
        s, e = art.sentence(again) if again >= 0 else (lead[:2] if lead else (at, at + len(headline)))
        start = at + m.start(1)
        return [Draft(name, "Meeting", start, start + len(name), "活动", date_near(ex, s, e), None)]
    return []


#: A quoted activity carried out, and the words before the verb: 开展“某某”活动, 开展了“某某”主题活动.
_QUOTED_ACTIVITY = rx.compile(r"(?:组织)?开展了?(“[^“”\n]{2,20}”(?:主题)?(?:志愿服务|宣传|义诊)?活动)")
#: An adverb or a modal before the verb: the activity goes on, or is to come (持续开展, 将开展).
_ONGOING = (
    "持续",
    "深入",
    "广泛",
    "积极",
    "全面",
    "常态化",
    "扎实",
    "不断",
    "将",
    "要",
    "拟",
    "计划",
    "继续",
)
#: How many sentences of the article (headlines included) the lead is sought in.
_LEAD_WITHIN = 5
#: A day opening the lead (5月16日，), after its dateline and byline.
_DAY_OPENING = rx.compile(r"(?:[^，。]{0,30}?[）)])?\s*(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚)?[，,]")


def _lead(ex: Extraction) -> tuple[int, int, int] | None:
    """The lead: the body's first sentence that opens with a day (after its dateline and byline),
    among the article's first sentences, as ``(start, end, end of its day)``; None if none."""
    art = ex.article
    for s, e in art.sentences()[:_LEAD_WITHIN]:
        if s >= art.body_start and (day := _DAY_OPENING.match(art.text, s, e)) is not None:
            return s, e, day.end()
    return None


def dated_activities(ex: Extraction) -> list[Draft]:
    """The quoted activity that the lead, opening with its day, reports an organisation carried out
    (module docstring); [] if none."""
    art = ex.article
    text = art.text
    lead = _lead(ex)
    if lead is None:
        return []
    s, e, day_end = lead
    m = _QUOTED_ACTIVITY.search(text, s, e)
    if m is None or text[max(s, m.start() - 4) : m.start()].endswith(_ONGOING):
        return []
    orgs = [x for x in ex.mentions if x.label == "Organization" and day_end <= x.start < m.start()]
    if not orgs:
        return []
    start, end = m.span(1)
    return [Draft(m.group(1), "Meeting", start, end, "活动", date_near(ex, s, e), None)]
