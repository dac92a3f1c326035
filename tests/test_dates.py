"""Date resolution and the dates stage, on hand-built expressions and tokens."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.errors import PipelineError
from kg.extract.dates import DateRef, cn_number, dates_stage, resolve_date
from kg.model import Article, Extraction, Token

JUNE_9 = dt.date(2022, 6, 9)


@pytest.mark.parametrize(
    ("expr", "anchor", "iso"),
    [
        ("2022年6月8日", JUNE_9, "2022-06-08"),
        ("2019年10月", JUNE_9, "2019-10"),
        ("2020年", JUNE_9, "2020"),
        ("6月8日", JUNE_9, "2022-06-08"),
        ("6月8日上午", JUNE_9, "2022-06-08"),
        ("1月21日至22日", dt.date(2020, 1, 23), "2020-01-21"),
        ("8日", JUNE_9, "2022-06-08"),
        ("27日", dt.date(2019, 10, 28), "2019-10-27"),
        ("30日", dt.date(2019, 10, 1), "2019-09-30"),  # day after the anchor's day: last month
        ("去年11月", JUNE_9, "2021-11"),
        ("今年1月", JUNE_9, "2022-01"),
        ("前年", JUNE_9, "2020"),
        ("12月", dt.date(2020, 1, 10), "2019-12"),  # no future-month surprise
        ("12月31日", dt.date(2020, 1, 2), "2019-12-31"),
        ("2月", dt.date(2020, 1, 10), "2020-02"),  # next month: an upcoming event
        ("昨天", dt.date(2022, 3, 1), "2022-02-28"),
        ("今天", JUNE_9, "2022-06-09"),
        ("前天", dt.date(2021, 1, 1), "2020-12-30"),
        ("十月二十七日", dt.date(2019, 10, 28), "2019-10-27"),
        ("二〇二二年六月", JUNE_9, "2022-06"),
        ("2月29日", dt.date(2020, 3, 5), "2020-02-29"),
    ],
)
def test_resolve_date(expr: str, anchor: dt.date, iso: str) -> None:
    ref = resolve_date(expr, anchor)
    assert ref is not None
    assert ref.iso() == iso


@pytest.mark.parametrize(
    "expr", ["明年规划", "6月份以来的工作", "13月5日", "2月30日", "2022年13月", "近日", "", "日前"]
)
def test_resolve_date_refuses(expr: str) -> None:
    assert resolve_date(expr, JUNE_9) is None


def test_date_ref_precision() -> None:
    assert DateRef(2022, 6, 8).date() == dt.date(2022, 6, 8)
    assert DateRef(2022, 6).date() is None
    assert DateRef(2022).iso() == "2022"


@pytest.mark.parametrize(
    ("text", "value"), [("27", 27), ("二十七", 27), ("十", 10), ("十二", 12), ("二〇二二", 2022)]
)
def test_cn_number(text: str, value: int) -> None:
    assert cn_number(text) == value


def _article(text: str, date: dt.date | None) -> Article:
    return Article(id="t", source="t.txt", index=0, text=text, date=date, published=date)


def test_dates_stage_adds_date_mentions() -> None:
    text = "本报讯 6月8日，代表团赴某市考察。去年11月两市召开座谈会。会议近日举行。"
    article = _article(text, JUNE_9)

    def tok(word: str, tag: str = "TIME", nth: int = 0) -> Token:
        start = text.index(word)
        return Token(start, start + len(word), word, tag)

    tokens = (tok("6月"), tok("8日"), tok("去年11月"), tok("近日"), tok("代表团", "n"))
    ex = Extraction(article=article, tokens=tokens, done=frozenset({"tokens"}))
    out = dates_stage(ex)
    assert [(m.text, m.label, m.ref) for m in out.mentions] == [
        ("6月8日", "Date", "2022-06-08"),  # adjacent TIME tokens merged
        ("去年11月", "Date", "2021-11"),
    ]
    assert "dates" in out.done
    for m in out.mentions:
        assert article.text[m.start : m.end] == m.text


def test_dates_stage_without_anchor_keeps_only_absolute_dates() -> None:
    text = "2021年6月24日下午召开大会，6月25日闭幕。"
    article = _article(text, None)
    tokens = (
        Token(0, 11, "2021年6月24日下午", "TIME"),
        Token(text.index("6月25日"), text.index("6月25日") + 5, "6月25日", "TIME"),
    )
    out = dates_stage(Extraction(article=article, tokens=tokens, done=frozenset({"tokens"})))
    assert [m.ref for m in out.mentions] == ["2021-06-24"]


def test_dates_stage_needs_tokens() -> None:
    with pytest.raises(PipelineError, match="needs tokens"):
        dates_stage(Extraction(article=_article("今天", JUNE_9)))
