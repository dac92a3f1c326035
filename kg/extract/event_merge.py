"""Event drafts as :mod:`kg.extract.events` finds them, and merging those that are one event: a
headline's meeting that the body names otherwise, one event named twice (某会 and 十三届某会闭幕会,
某某晋升上将军衔仪式 and 晋升仪式)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Draft:
    """An event as found in the text, before its attendees and sites are all read."""

    name: str
    kind: str
    start: int
    end: int
    trigger: str  # the word that names it in later sentences (座谈会, 考察)
    date: str | None
    place: str | None
    attendees: list[str] = field(default_factory=list)
    sites: list[str] = field(default_factory=list)
    in_body: bool = False  # a headline's event that the body names too


def headline_merge(events: list[Draft], body_start: int) -> list[Draft]:
    """A headline's meeting that the body names otherwise (优秀党员表彰大会 in the headline, 纪念…大会
    in the body) is the body's meeting when the body holds just one meeting of that kind."""
    out = list(events)
    for ev in [e for e in events if e.start < body_start and e.kind == "Meeting" and not e.in_body]:
        fits = [
            o
            for o in out
            if o.start >= body_start
            and o.kind == "Meeting"
            and (o.trigger.endswith(ev.trigger) or ev.trigger.endswith(o.trigger) or _study(o, ev))
        ]
        if len(fits) != 1:
            continue
        body = fits[0]
        body.attendees += [a for a in ev.attendees if a not in body.attendees]
        out.remove(ev)
    return out


def _study(a: Draft, b: Draft) -> bool:
    """Whether both are a study session (专题学习 in a headline, 第三次集体学习 in the body)."""
    return a.trigger.endswith("学习") and b.trigger.endswith("学习")


def merge(found: list[Draft], body_start: int = 0) -> list[Draft]:
    """One event named twice (a headline and its body, 某会 and 十三届某会闭幕会) is one event;
    the body's sentence dates and places it (a headline gives no date, only the article's)."""
    out: list[Draft] = []
    for ev in found:
        same = next(
            (
                o
                for o in out
                if o.kind == ev.kind
                and (
                    (o.trigger == ev.trigger and (_within(o, ev) or _within(ev, o)))
                    or _first_part(o, ev)
                    or _first_part(ev, o)
                    or _ceremony_of(o, ev)
                    or _ceremony_of(ev, o)
                )
            ),
            None,
        )
        if same is None:
            out.append(ev)
            continue
        if same.start < body_start <= ev.start:
            same.date, same.place, same.in_body = ev.date, ev.place or same.place, True
        if len(ev.name) > len(same.name):
            same.name, same.start, same.end = ev.name, ev.start, ev.end
    return out


def _first_part(a: Draft, b: Draft) -> bool:
    """Whether ``a`` names the first of the two meetings that ``b`` joins with 暨, whatever their
    words (某校毕业典礼 for 某校毕业典礼暨学位授予仪式; not 学位授予仪式, the second, nor a name
    that only shares a word with it)."""
    first, joined, _ = b.name.partition("暨")
    return bool(joined) and a.name.endswith(a.trigger) and len(a.name) >= 4 and a.name in first


#: The word of an activity named by its act (某县重大项目集中签约活动: 签约).
_ACTIVITY = "活动"
#: The words of a ceremony an act names (签约仪式, 开工仪式).
_CEREMONIES = ("仪式",)


def _ceremony_of(a: Draft, b: Draft) -> bool:
    """Whether ``a`` is named as the ceremony of the act that ``b`` is named by: ``签约仪式`` after
    ``某某项目签约`` (its word 签约), ``开工仪式`` after ``某某项目开工``, and the ceremony of an
    activity of that act (``签约仪式`` in the story of ``某县重大项目集中签约活动``); not ``揭牌仪式``
    after a signing, nor a ceremony named with more words (``某某项目签约仪式`` is :func:`_within`)."""
    if a.trigger == b.trigger:
        return False
    if b.trigger.endswith(_ACTIVITY):
        act = b.trigger.removesuffix(_ACTIVITY)
        return bool(act) and a.trigger in _CEREMONIES and a.name == act + a.trigger
    return a.name == b.trigger + a.trigger


def _within(a: Draft, b: Draft) -> bool:
    """Whether ``a`` names ``b`` short: its name is in ``b``'s, or the words before their shared
    word are (晋升仪式 for 某某晋升上将军衔仪式; not 开工仪式 for 签约仪式)."""
    if a.name in b.name:
        return True
    stem, other = a.name.removesuffix(a.trigger), b.name.removesuffix(b.trigger)
    return a.name.endswith(a.trigger) and len(stem) >= 2 and stem in other
