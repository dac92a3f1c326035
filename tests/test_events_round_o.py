"""Attendees read from what a meeting announces and from its speakers, and names cut before a word
of telling (代表, 回忆, 介绍), on invented articles run through the whole pipeline."""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_support import attendees as names
from extraction_support import event as only
from extraction_support import extract as extract_dated

from kg.model import Extraction

DAY = dt.date(2023, 5, 19)


def extract(text: str) -> Extraction:
    return extract_dated(text, day=DAY)


# ------------------------------------------------------------------ what a meeting announces

MEETING = "5月18日，青禾集团在青禾县召开中层干部大会，集团董事长李华主持会议。"


@pytest.mark.parametrize(
    "announcement",
    [
        "会上，集团宣布了关于王小明任青禾物流公司总经理的决定。",
        "会议宣布，王小明任青禾县交通局局长。",
        "集团党委副书记孙晓丽宣读了王小明任青禾物流公司经理的通知。",
    ],
)
def test_the_announced_is_not_present(announcement: str) -> None:
    ex = extract(MEETING + announcement)
    assert "王小明" in {p.name for p in ex.persons}
    assert "王小明" not in names(ex, only(ex))


def test_the_announcer_is_present_and_the_announced_is_not() -> None:
    ex = extract(MEETING + "集团党委副书记孙晓丽宣读了王小明任青禾物流公司经理的通知。")
    assert names(ex, only(ex)) == ["李华", "孙晓丽"]


@pytest.mark.parametrize(
    "announcement",
    [
        "会议宣布，王小明任青禾县交通局局长，王小明作表态发言。",
        "会上，集团宣布了任职决定，王小明任青禾物流公司总经理，王小明在会上讲话。",
    ],
)
def test_the_announced_who_speaks_is_present(announcement: str) -> None:
    ex = extract(MEETING + announcement)
    assert "王小明" in names(ex, only(ex))


def test_an_attendance_verb_of_another_clause_does_not_make_the_announced_present() -> None:
    ex = extract(MEETING + "会议宣布，王小明任青禾县交通局局长；赵刚出席会议并讲话。")
    assert names(ex, only(ex)) == ["李华", "赵刚"]


# ------------------------------------------------------------------ speakers of the meeting

SHAREHOLDERS = "5月18日，青禾新材料股份有限公司在青禾县召开年度股东大会，审议通过了多项议案。"


@pytest.mark.parametrize(
    "speech",
    [
        "总经理王小明就股东关心的产能问题作了回答。",
        "总经理王小明回答了股东的提问。",
        "财务总监王小明就年度预算作说明。",
        "董事王小明作总结。",
        "王小明在会上表示，公司将继续扩大海外市场。",
        "董事长王小明在致辞中表示，公司将继续扩大海外市场。",
    ],
)
def test_a_speaker_at_the_meeting_is_present(speech: str) -> None:
    ex = extract(SHAREHOLDERS + "董事长李华主持会议。" + speech)
    assert names(ex, only(ex)) == ["李华", "王小明"]


def test_a_speaker_quoted_right_after_the_meeting_is_present() -> None:
    ex = extract(SHAREHOLDERS + "董事长王小明表示，公司将继续扩大海外市场。")
    assert names(ex, only(ex)) == ["王小明"]


@pytest.mark.parametrize(
    "after",
    [
        # a later paragraph
        "\n董事长王小明表示，公司将继续扩大海外市场。",
        # another sentence between the meeting and the quote
        "该公司去年营业收入增长两成。董事长王小明表示，公司将继续扩大海外市场。",
        # a quote that tells of another occasion
        "董事长王小明在接受记者采访时表示，公司将继续扩大海外市场。",
        "董事长王小明此前表示，公司将继续扩大海外市场。",
        "董事长王小明3月份曾表示，公司将继续扩大海外市场。",
    ],
)
def test_a_speaker_quoted_elsewhere_is_not_present(after: str) -> None:
    ex = extract(SHAREHOLDERS + after)
    assert names(ex, only(ex)) == []


def test_two_people_quoted_in_one_opening_are_not_taken_blindly() -> None:
    ex = extract(SHAREHOLDERS + "董事长王小明和分析师赵刚都表示，公司前景良好。")
    assert names(ex, only(ex)) == []


# ------------------------------------------------------------------ names before a word of telling


def persons(text: str) -> set[str]:
    return {p.name for p in extract(text).persons}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("5月18日，青禾钢铁集团有限公司董事长任宏达代表签约企业发言。", "任宏达"),
        ("时任青禾县委常委、组织部部长的宓建中回忆，那几年修路很难。", "宓建中"),
        ("青禾县文旅局局长任晓光介绍了全县旅游业的发展情况。", "任晓光"),
    ],
)
def test_a_titled_name_before_a_word_of_telling(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "青禾县县长向群众介绍了新医院的建设情况。",
        "青禾县县长向大家介绍了新医院的建设情况。",
        "青禾集团董事长代表全体员工发言。",
    ],
)
def test_no_name_where_the_words_after_a_title_are_no_name(text: str) -> None:
    assert persons(text) == set()
