"""An event named again without its meeting word, after a verb of attending.

A sentence that tells who went to an event told before may name it short: ``见证项目签约`` for the
``项目签约仪式``, ``参加调研和座谈`` for a bare ``座谈会`` (its verb), ``参加会见和签约活动`` (the
name second in a pair), or point at them all (``参加上述活动``). Not ``参加欢迎仪式`` for a
``欢迎宴会``: a meeting word after the stem names another event.
"""

from __future__ import annotations

import re

from kg import rx
from kg.extract.event_merge import Draft
from kg.extract.event_words import MEETING_WORD

#: Verbs after which an event's name, given without its meeting word, names that event.
_WITNESS = r"(?:见证|出席|参加|参与|观摩|观看)了?"
#: Words that point at every event told before (参加上述活动).
ALL_ABOVE = rx.compile(r"(?:上述|以上)(?:活动|会见|会谈)")
_WORD_AFTER = rx.compile(MEETING_WORD)
#: The verb that names a bare meeting word's event in a pair (参加调研和座谈 for 座谈会).
_VERB_OF = {"座谈会": "座谈", "研讨会": "研讨", "恳谈会": "恳谈"}


def named_again(ev: Draft, sentence: str) -> bool:
    """Whether the sentence gives the event's name without its meeting word after an attendance
    verb (见证项目签约 for 项目签约仪式)."""
    stem = ev.name[: -len(ev.trigger)] if ev.name.endswith(ev.trigger) else ""
    if not stem and ev.name in _VERB_OF:  # 参加调研和座谈: the verb of a bare 座谈会
        stem = _VERB_OF[ev.name]
    # 参加会见和签约活动: the event's name may come second in a pair
    pair = r"(?:[^，。；、]{1,8}?[和及与、])?"
    # 参加欢迎仪式 does not witness 欢迎宴会: a meeting word after the stem names another event
    return len(stem) >= 2 and any(
        _WORD_AFTER.match(sentence, m.end()) is None
        for m in re.finditer(_WITNESS + pair + re.escape(stem), sentence)
    )


#: Attending "the related activities" (参加有关活动, 出席相关活动): the report's main event.
RELATED = rx.compile(r"(?:参加|出席|参与)了?(?:有关|相关)活动")


def related_event(sentence: str, events: list[Draft], tour: Draft | None, start: int) -> Draft | None:
    """The event that ``参加有关活动`` in ``sentence`` (at ``start``) refers to: the tour told
    before it if the report tells one (its meeting is one of the tour's activities), else the
    first event told before it; None where the sentence says no such thing.

    ``甲在某市调研…。15日下午，甲主持召开座谈会…。乙参加有关活动``: 乙 went on the tour, not
    only to the meeting told last. ``参加上述活动`` (every event, :data:`ALL_ABOVE`) is another
    form; ``要求组织好相关活动`` (no verb of attending) is none.
    """
    if RELATED.search(sentence) is None:
        return None
    if tour is not None and tour.start < start:
        return tour
    return next((ev for ev in events if ev.start < start), None)


#: A presentation of a place to investors (甲推介了某地投资环境, 作项目推介) in a sentence that names
#: no event: it is made at the fair or the signing told before, not at a meeting with guests.
PROMOTED = rx.compile(r"(?<![要将需应])推介了|(?<![要将需应])(?:作|进行)了?[^，。；]{0,8}?推介(?![会材手])")
#: The words that end the name of an event that investors are presented to.
_PROMOTIONS = ("推介会", "签约活动", "签约仪式", "招商会", "洽谈会", "对接会", "博览会")


def promoted_event(sentence: str, events: list[Draft], start: int) -> Draft | None:
    """The fair or signing that a presentation to investors in ``sentence`` (at ``start``) is made
    at: the last such event told before it (``某市重大项目集中签约活动举行。…甲会见了前来签约的企业家。乙推介了
    某市投资环境。``: 乙 at the signing, not at the meeting told last); None where the sentence tells
    no presentation or no such event was told."""
    if PROMOTED.search(sentence) is None:
        return None
    return next((ev for ev in reversed(events) if ev.start < start and ev.name.endswith(_PROMOTIONS)), None)
