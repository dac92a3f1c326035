"""Events: meetings and inspections, their names, dates, places, attendees and sites, on
invented articles run through the whole pipeline. Divisions are real: 太原市 140100,
尖草坪区 140108."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract import default_stages
from kg.model import Article, Event, Extraction
from kg.pipeline import run

TAIYUAN, JIANCAOPING = "140100", "140108"
DAY = dt.date(2022, 6, 9)


def extract(text: str, *, headline: str | None = None) -> Extraction:
    body_start = len(headline) + 1 if headline else 0
    if headline:
        text = f"{headline}\n{text}"
    article = Article("t", "test", 0, text, headline=headline, date=DAY, body_start=body_start)
    return run(article, default_stages())


def names(ex: Extraction, event: Event) -> list[str]:
    persons = {p.key: p.name for p in ex.persons}
    return [persons[k] for k in event.attendees]


def only(ex: Extraction) -> Event:
    assert len(ex.events) == 1, [e.name for e in ex.events]
    return ex.events[0]


# ------------------------------------------------------------------ meeting names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("6月8日，太原市召开安全生产工作会议。王小明出席。", "安全生产工作会议"),
        ("6月8日，太原市举行民营经济座谈会。王小明出席。", "民营经济座谈会"),
        ("6月8日，太原市举办文旅产业推介会。王小明出席。", "文旅产业推介会"),
        ("6月8日，太原市安全生产工作会议在市委举行。王小明出席。", "太原市安全生产工作会议"),
        ("6月8日，太原市民营经济座谈会召开。王小明出席。", "太原市民营经济座谈会"),
        ("6月8日，“学党史、知党恩”主题座谈会在太原举行。王小明出席。", "“学党史、知党恩”主题座谈会"),
    ],
)
def test_meeting_name(text: str, name: str) -> None:
    ev = only(extract(text))
    assert (ev.name, ev.kind, ev.place) == (name, "Meeting", TAIYUAN)
    assert ev.mention is not None and ev.mention.text == name and ev.mention.label == "Event"


def test_headline_event_is_merged_with_the_body() -> None:
    # fixed: the merged event kept the headline's date (the article's), not the body's 6月8日
    ex = extract(
        "6月8日，太原市民营经济座谈会在市委召开。市委书记王小明出席会议并讲话。",
        headline="太原市召开民营经济座谈会",
    )
    ev = only(ex)
    assert (ev.name, ev.date) == ("太原市民营经济座谈会", "2022-06-08")
    assert ev.mention is not None and ev.mention.start >= ex.article.body_start
    assert names(ex, ev) == ["王小明"]


@pytest.mark.parametrize(
    ("opening", "date"),
    [("2019年", "2019"), ("2019年6月", "2019-06"), ("6月8日", "2022-06-08"), ("昨天", "2022-06-08")],
)
def test_date_as_precise_as_the_text(opening: str, date: str) -> None:
    ev = only(extract(f"{opening}，太原市召开民营经济座谈会。王小明出席。"))
    assert ev.date == date


def test_undated_sentence_takes_the_article_date() -> None:
    assert only(extract("太原市召开民营经济座谈会。王小明出席。")).date == "2022-06-09"


# ------------------------------------------------------------------ inspections and sites


def test_inspection_with_place_and_sites() -> None:
    ex = extract(
        "6月8日，市委书记王小明到尖草坪区调研。王小明先后来到青禾科技有限公司，走进红星社区，"
        "察看田间地头，参观了红星村史馆。"
    )
    ev = only(ex)
    assert (ev.kind, ev.place, ev.date) == ("Inspection", JIANCAOPING, "2022-06-08")
    # 田间地头 does not end like a venue or an organisation
    assert ev.sites == ("青禾科技有限公司", "红星社区", "红星村史馆")
    assert names(ex, ev) == ["王小明"]


def test_sites_listed_with_a_separator() -> None:
    ev = only(extract("6月8日，王小明到尖草坪区调研。他来到青禾科技有限公司、红星社区。"))
    assert ev.sites == ("青禾科技有限公司", "红星社区")


def test_meeting_has_no_sites() -> None:
    ev = only(extract("6月8日，太原市召开民营经济座谈会。王小明来到青禾科技有限公司。"))
    assert ev.sites == ()


# ------------------------------------------------------------------ attendees


def test_attendees_from_attendance_sentences() -> None:
    ex = extract("6月8日，太原市举行民营经济座谈会。王小明、李华出席。张伟在会上发言。赵明在北京工作。")
    ev = only(ex)
    assert names(ex, ev) == ["王小明", "李华", "张伟"]  # 赵明 is named, but not as present


def test_reported_speech_is_not_attendance() -> None:
    ex = extract("6月8日，太原市举行民营经济座谈会。王小明出席。赵明说，大家要积极参加考察。")
    assert names(ex, only(ex)) == ["王小明"]


def test_attributive_name_is_not_an_attendee() -> None:
    ex = extract(
        "6月8日，太原市举行民营经济座谈会。李华出席会议并讲话，要求深入学习贯彻王小明新时代发展思想。"
    )
    assert names(ex, only(ex)) == ["李华"]


def test_name_inside_the_meeting_name_is_not_an_attendee() -> None:
    ex = extract("6月8日，太原市召开纪念王小明同志座谈会。李华出席。")
    ev = only(ex)
    assert "王小明" in ev.name and names(ex, ev) == ["李华"]


# ------------------------------------------------------------------ counter-examples


def test_article_without_an_event() -> None:
    ex = extract("今天天气很好，公园里人很多。王小明在公园散步。")
    assert ex.events == ()


def test_held_without_a_meeting_word_is_no_event() -> None:
    ex = extract("6月8日，太原市举行了升旗活动，王小明参加。")
    assert ex.events == ()
