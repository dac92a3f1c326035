"""Dates: resolve Chinese date expressions against the article's date, and a stage that marks them.

A resolved date is a :class:`DateRef` with ``month`` and ``day`` optional, so that ``去年11月``
stays month-level instead of inventing a day. Years left implicit (``6月8日``, ``27日``) take
the reading nearest to the anchor (the article's date), so ``12月`` in a January article is last
December and ``30日`` in an article of 1 October is 30 September.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from kg import rx
from kg.model import Extraction, Mention, Token
from kg.pipeline import stage

_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4}
_CN_DIGITS |= {"五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUM = r"[0-9〇零○一二两三四五六七八九十]"

#: Named patterns, tried in order; each matches at the start of the expression.
_ABSOLUTE = rx.compile(rf"(?P<y>{_NUM}{{4}})年(?:(?P<m>{_NUM}{{1,2}})月(?:(?P<d>{_NUM}{{1,3}})[日号])?)?")
_RELATIVE_YEAR = rx.compile(
    rf"(?P<rel>前年|去年|今年|明年)(?:(?P<m>{_NUM}{{1,2}})月(?:(?P<d>{_NUM}{{1,3}})[日号])?)?"
)
_MONTH_DAY = rx.compile(rf"(?P<m>{_NUM}{{1,2}})月(?:(?P<d>{_NUM}{{1,3}})[日号])?")
_DAY = rx.compile(rf"(?P<d>{_NUM}{{1,3}})[日号]")
_DAY_WORD = rx.compile(r"(?P<w>大前天|前天|昨天|昨日|今天|今日|明天|明日|后天)")

_YEAR_OFFSET = {"前年": -2, "去年": -1, "今年": 0, "明年": 1}
_DAY_OFFSET = {"大前天": -3, "前天": -2, "昨天": -1, "昨日": -1, "今天": 0, "今日": 0}
_DAY_OFFSET |= {"明天": 1, "明日": 1, "后天": 2}

#: What may follow a date inside one TIME token: a time of day (15日一早, 8日清晨), a range, "since".
_TAIL = rx.compile(
    r"^(?:(?:一大?早|清晨|早晨|深夜|当晚)?[上下中晚早凌傍午夜间时分点半许0-9:：]*|[至到—\-~～].*|起|以来|前后|左右|当天|期间)$"
)


@dataclass(frozen=True, order=True)
class DateRef:
    """A calendar date at year, month or day precision (``month``/``day`` None when not stated)."""

    year: int
    month: int | None = None
    day: int | None = None

    def iso(self) -> str:
        """``2022``, ``2022-06`` or ``2022-06-08``."""
        out = f"{self.year:04d}"
        if self.month is not None:
            out += f"-{self.month:02d}"
            if self.day is not None:
                out += f"-{self.day:02d}"
        return out

    def date(self) -> dt.date | None:
        """The exact day, or None when the reference is month- or year-level."""
        if self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)


def cn_number(text: str) -> int | None:
    """``27``, ``二十七``, ``二〇二二`` -> int; None if not a number."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, units = text.partition("十")
        t = _CN_DIGITS.get(tens, -1) if tens else 1
        u = _CN_DIGITS.get(units, -1) if units else 0
        return None if t < 0 or u < 0 else t * 10 + u
    digits = [_CN_DIGITS.get(c) for c in text]
    if not digits or any(d is None for d in digits):
        return None
    return int("".join(str(d) for d in digits))


def _valid(year: int, month: int | None, day: int | None) -> bool:
    if not 1 <= year <= 9999:
        return False
    if month is None:
        return day is None
    if not 1 <= month <= 12:
        return False
    return day is None or 1 <= day <= calendar.monthrange(year, month)[1]


def _nearest_year(month: int, day: int | None, anchor: dt.date) -> int | None:
    """The year (anchor's, one before or one after) that puts month/day nearest the anchor."""
    best: tuple[int, int] | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        if not _valid(year, month, day):
            continue
        when = dt.date(year, month, day or 15)
        dist = abs((when - anchor).days) * 2 + (1 if when > anchor else 0)  # ties go to the past
        if best is None or dist < best[0]:
            best = (dist, year)
    return best[1] if best else None


def _nearest_month(day: int, anchor: dt.date) -> tuple[int, int] | None:
    best: tuple[int, int, int] | None = None
    for shift in (-1, 0, 1):
        months = anchor.year * 12 + anchor.month - 1 + shift
        year, month = divmod(months, 12)
        if not _valid(year, month + 1, day):
            continue
        dist = abs((dt.date(year, month + 1, day) - anchor).days) * 2 + (1 if shift > 0 else 0)
        if best is None or dist < best[0]:
            best = (dist, year, month + 1)
    return (best[1], best[2]) if best else None


def _numbers(m: re.Match[str]) -> tuple[int | None, int | None]:
    month = cn_number(m["m"]) if m.groupdict().get("m") else None
    day = cn_number(m["d"]) if m.groupdict().get("d") else None
    return month, day


def _parse(expr: str, anchor: dt.date) -> tuple[DateRef, int] | None:
    """Resolve the date at the start of ``expr``; also return where it ends."""
    if m := _ABSOLUTE.match(expr):
        year = cn_number(m["y"])
        month, day = _numbers(m)
        if year is not None and _valid(year, month, day):
            return DateRef(year, month, day), m.end()
        return None
    if m := _RELATIVE_YEAR.match(expr):
        year = anchor.year + _YEAR_OFFSET[m["rel"]]
        month, day = _numbers(m)
        return (DateRef(year, month, day), m.end()) if _valid(year, month, day) else None
    if m := _MONTH_DAY.match(expr):
        month, day = _numbers(m)
        if month is None or not 1 <= month <= 12:
            return None
        year = _nearest_year(month, day, anchor)
        return (DateRef(year, month, day), m.end()) if year is not None else None
    if m := _DAY.match(expr):
        day = cn_number(m["d"])
        found = _nearest_month(day, anchor) if day is not None else None
        return (DateRef(found[0], found[1], day), m.end()) if found else None
    if m := _DAY_WORD.match(expr):
        when = anchor + dt.timedelta(days=_DAY_OFFSET[m["w"]])
        return DateRef(when.year, when.month, when.day), m.end()
    return None


#: Words that date something a few days before the article without giving the day.
RECENTLY = rx.compile(r"日前|近日|前不久")


def recent(anchor: dt.date) -> str:
    """The date of ``日前``/``近日`` in an article of ``anchor``: its month (2023-10), or only its
    year in a month's first ten days, when the event may lie in the month before."""
    return f"{anchor.year}-{anchor.month:02d}" if anchor.day > 10 else str(anchor.year)


def resolve_date(expr: str, anchor: dt.date) -> DateRef | None:
    """Resolve a date expression (``2022年6月8日``, ``6月8日``, ``27日``, ``去年11月``, ``昨天``).

    ``anchor`` is the date the text was written (the article's date). A trailing time of day or
    range end (``6月8日上午``, ``1月21日至22日``) is allowed; the start is returned. Returns None
    for anything else, including impossible dates.
    """
    expr = expr.strip()
    parsed = _parse(expr, anchor)
    if parsed is None:
        return None
    ref, end = parsed
    return ref if _TAIL.match(expr[end:]) else None


#: What joins the two ends of a range (6月1日至2日, 6月30日—7月2日).
_RANGE_MARK = rx.compile(r"[上下中晚早午]*(?:至|到|—|－|-|~|～)")


def resolve_range(expr: str, anchor: dt.date) -> str | None:
    """An ISO 8601 interval (``2023-06-01/2023-06-02``) for a range of dates (``6月1日至2日``,
    ``6月30日至7月2日``, ``2022年12月30日至2023年1月2日``, ``6月至8月``), the end taking the year and
    month the start gives when it omits them; None when ``expr`` is one date or no range of two
    dates at one precision, the end after the start."""
    expr = expr.strip()
    parsed = _parse(expr, anchor)
    if parsed is None:
        return None
    start, pos = parsed
    mark = _RANGE_MARK.match(expr, pos)
    if mark is None:
        return None
    rest = expr[mark.end() :]
    end: DateRef | None = None
    if m := _ABSOLUTE.match(rest):
        year = cn_number(m["y"])
        month, day = _numbers(m)
        end = DateRef(year, month, day) if year is not None and _valid(year, month, day) else None
    elif m := _MONTH_DAY.match(rest):
        month, day = _numbers(m)
        year = start.year + (1 if month is not None and start.month and month < start.month else 0)
        end = DateRef(year, month, day) if month is not None and _valid(year, month, day) else None
    elif (m := _DAY.match(rest)) and start.month is not None:
        day = cn_number(m["d"])
        end = DateRef(start.year, start.month, day) if _valid(start.year, start.month, day) else None
    if end is None or m is None or not _TAIL.match(rest[m.end() :]):
        return None
    if (end.month is None) != (start.month is None) or (end.day is None) != (start.day is None):
        return None
    return f"{start.iso()}/{end.iso()}" if end > start else None


_YEAR = rx.compile(r"(?<!\d)(?:19|20)\d\d(?=年)")
#: What follows a dateline's date (新华社南昌10月12日电, 某某网某地5月4日消息): the day a report was
#: filed, not the event's.
_FILED = ("电", "讯", "消息")
#: A day written out (10月31日, 31日), not told relative to the dateline (今天, 昨天).
_WRITTEN_DAY = rx.compile(r"\d+日")


def date_near(ex: Extraction, start: int, end: int) -> str | None:
    """The first date the sentence gives (as precise as written, a range as an ISO 8601 interval),
    else the article's date."""
    text = ex.article.text
    dates = sorted(
        (m for m in ex.mentions if m.label == "Date" and start <= m.start < end and m.ref),
        key=lambda m: m.start,
    )
    # 2023年“某某”发布仪式8日举行: a year before a quotation is the name's, no date of the event
    dates = [m for m in dates if not (len(m.ref or "") == len("2023") and text.startswith("“", m.end))]
    if any(
        not text.startswith(_FILED, m.end)
        and len(m.ref or "") == len("2023-10-12")
        and _WRITTEN_DAY.search(m.text)
        for m in dates
    ):
        # a dateline's date (北京10月12日电) only when the sentence writes no other day (今天 is the
        # dateline's own day)
        dates = [m for m in dates if not text.startswith(_FILED, m.end)]
    anchor = ex.article.date or ex.article.published
    if dates and dates[0].ref:  # 6月1日至2日: a tour of two days is dated by its range
        first = dates[0].text
        if len(dates) > 1 and _RANGE_MARK.fullmatch(text, dates[0].end, dates[1].start):
            first = text[dates[0].start : dates[1].end]  # 10月10日 至 11日: the range told in two
        return (resolve_range(first, anchor) if anchor else None) or dates[0].ref
    same = _same_day(ex, start)  # 7月18日，甲…。当天，乙…: the day the paragraph gave before
    if same is not None:
        return same
    lead = _lead_day(ex, start)  # 甲与乙13日在某地签署协议。丙会见了丁: that day
    if lead is not None:
        return lead
    if start < ex.article.body_start and (opening := _opening_day(ex)) is not None:
        return opening  # a headline's event that the body tells with no name: the lead's day
    year = _YEAR.search(ex.article.text, start, end)  # 2019年初, 2019年底: the year at least
    if year:
        return year.group(0)
    if anchor and RECENTLY.search(ex.article.text, start, end):  # 日前，某会议举行: no day given
        return recent(anchor)
    return anchor.isoformat() if anchor else None


#: Words that open a sentence on the day told before (当天，甲…).
_SAME_DAY = ("当天", "当日", "同日", "同一天")


def _same_day(ex: Extraction, start: int) -> str | None:
    """The day of the last date of the paragraph before the sentence at ``start``, where that
    sentence opens with 当天 (or 当日, 同日); where the paragraph gives no day (a paragraph that
    opens with 当天下午，…), the last date the body gave before it; None otherwise."""
    text = ex.article.text
    at = start + len(text[start:]) - len(text[start:].lstrip(" \u3000"))
    if not text.startswith(_SAME_DAY, at):
        return None
    paragraph = _last_day(ex, text.rfind("\n", 0, start) + 1, start)
    return paragraph or _last_day(ex, ex.article.body_start, start)


def _days(ex: Extraction, start: int, end: int, filed: bool = True) -> list[Mention]:
    """The dates written from ``start`` to ``end`` that give a day (with ``filed`` False, not a
    dateline's: 北京12月14日电), in text order."""
    text = ex.article.text
    return sorted(
        (
            m
            for m in ex.mentions
            if m.label == "Date"
            and start <= m.start < end
            and m.ref
            and len(m.ref) == len("2023-10-12")
            and (filed or not text.startswith(_FILED, m.end))
        ),
        key=lambda m: m.start,
    )


def _last_day(ex: Extraction, paragraph: int, start: int, filed: bool = True) -> str | None:
    """The day of the last date written from ``paragraph`` to ``start`` (with ``filed`` False, not a
    dateline's: 北京12月14日电), None where none gives a day."""
    days = _days(ex, paragraph, start, filed)
    return days[-1].ref if days else None


def _opening_day(ex: Extraction) -> str | None:
    """The day of the first date the body's first paragraph gives that is no dateline's own
    (``本报讯 9月14日上午，在某法院…``), None where it gives none."""
    text = ex.article.text
    start = ex.article.body_start
    while start < len(text) and text[start] in "\n \u3000":
        start += 1
    end = text.find("\n", start)
    days = _days(ex, start, len(text) if end < 0 else end, filed=False)
    if not days:
        return None
    first = days[0]
    if _RANGE_MARK.search(first.text) or _RANGE_MARK.match(text, first.end):
        return None  # 4月16日至17日: a range, which the body's own telling dates
    return first.ref


def _lead_day(ex: Extraction, start: int) -> str | None:
    """The day of the last date of the paragraph before the sentence at ``start`` that is no
    dateline's (北京12月14日电), where the paragraph is the article's first of the body; None
    otherwise."""
    text = ex.article.text
    paragraph = text.rfind("\n", 0, start) + 1
    if text[ex.article.body_start : paragraph].strip():
        return None
    return _last_day(ex, paragraph, start, filed=False)


def _time_runs(tokens: tuple[Token, ...]) -> list[tuple[int, int]]:
    """Spans of TIME tokens, adjacent ones merged (the tagger sometimes splits ``6月`` ``8日``)."""
    runs: list[tuple[int, int]] = []
    for tok in tokens:
        if tok.tag != "TIME":
            continue
        if runs and runs[-1][1] == tok.start:
            runs[-1] = (runs[-1][0], tok.end)
        else:
            runs.append((tok.start, tok.end))
    return runs


@stage("dates", needs=("tokens",), adds=("mentions",))
def dates_stage(ex: Extraction) -> Extraction:
    """Add a ``Date`` mention (ref = ISO form) for every TIME token that resolves."""
    article = ex.article
    anchor = article.date or article.published
    mentions: list[Mention] = []
    for start, end in _time_runs(ex.tokens):
        text = article.text[start:end]
        if anchor is None and not _ABSOLUTE.match(text):
            continue
        ref = resolve_date(text, anchor or dt.date(2000, 1, 1))
        if ref is not None:
            mentions.append(article.span(start, end, "Date", ref=ref.iso()))
    return ex.add(mentions=mentions)
