"""An activity that organisations carry out, when the headline reports it: ``甲部、乙办开展某某活动``.

The body's ``开展某某活动`` is most often a campaign that goes on (``各地广泛开展…活动``, ``要深入开展…
活动``), and :mod:`kg.extract.events` reads ``开展`` as holding an event only with a measure word
(开展了一场). A headline whose subject is one or more organisations and whose predicate is
``(组织)开展`` a named activity reports that activity as the news, as ``某某召开某某会议`` reports a
meeting:

- ``青禾县总工会开展送温暖活动``;
- ``某某部、某某办开展走访困难老人活动``;
- ``青禾县妇联和团县委组织开展巾帼志愿服务活动``;
- ``某某协会开展了“书香青禾”读书活动``.

The activity is dated by the body's sentence that names it again (else the article's day).
Counter-examples: a headline whose subject is no organisation (``各地开展…活动``, ``我省开展…活动``),
an adverb before the verb (``深入开展…活动``: an exhortation), a headline that only calls for one
(``要开展…活动``), and an activity in the body only.
"""

from __future__ import annotations

import re

from kg import rx
from kg.extract.dates import date_near
from kg.extract.event_merge import Draft
from kg.extract.org_suffixes import suffix_of
from kg.model import Extraction

#: The headline's predicate: the verb and the activity's name, to the end of the headline.
ACTIVITY = rx.compile(r"(?:组织)?开展了?((?:“[^”]{1,20}”|[^，。；：、“”\s]){2,30}?活动)\s*$")
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
    """The activity the headline reports organisations carry out, as an event; [] if none."""
    art = ex.article
    headline = (art.headline or "").strip()
    at = art.text.find(headline, 0, art.body_start) if headline else -1
    m = ACTIVITY.search(headline) if at >= 0 else None
    if m is None or m.start() == 0:
        return []
    tagged = {x.text for x in ex.mentions if x.label == "Organization" and x.start < art.body_start}
    subject = headline[: m.start()]  # one organisation (某某文化和旅游局), or several joined
    if not _organisation(subject, tagged) and not all(_organisation(x, tagged) for x in _JOIN.split(subject)):
        return []
    name = m.group(1)
    again = art.text.find(name, art.body_start)
    s, e = art.sentence(again) if again >= 0 else (at, at + len(headline))
    start = at + m.start(1)
    return [Draft(name, "Meeting", start, start + len(name), "活动", date_near(ex, s, e), None)]
