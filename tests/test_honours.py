"""Honours: awards, their categories and recipients, on invented articles run through the
whole pipeline (the honours stage needs the names and the posts found before it)."""

from __future__ import annotations

from extraction_support import conferrals as read_conferrals
from extraction_support import extract

from kg.extract.award_hits import find_awards
from kg.model import Extraction


def conferrals(ex: Extraction) -> list[tuple[str, str, str | None]]:
    """(recipient name, award name, category) in text order."""
    return [(c.person, c.award, c.category) for c in read_conferrals(ex)]


def test_category_lists_under_a_headline_list() -> None:
    ex = extract(
        "2022年太原市道德模范名单\n"
        "获得“助人为乐”类别的有：王小明，李华。\n"
        "获得“敬业奉献”类别的有：张伟，刘洋。"
    )
    award = "2022年太原市道德模范"
    assert conferrals(ex) == [
        ("王小明", award, "助人为乐"),
        ("李华", award, "助人为乐"),
        ("张伟", award, "敬业奉献"),
        ("刘洋", award, "敬业奉献"),
    ]
    (aw,) = ex.awards
    assert (aw.name, aw.year, aw.categories) == (award, 2022, ("助人为乐", "敬业奉献"))
    (mention,) = [m for m in ex.mentions if m.label == "Award"]
    assert mention.text == award and mention.ref == aw.key


def test_short_category_heading() -> None:
    ex = extract("2021年青禾区好人名单\n“诚实守信”类：王小明，李华。")
    assert conferrals(ex) == [
        ("王小明", "2021年青禾区好人", "诚实守信"),
        ("李华", "2021年青禾区好人", "诚实守信"),
    ]


def test_conferred_with_deng_n_ren() -> None:
    ex = extract("太原市妇联决定，授予王小明等10人太原市三八红旗手称号。")
    assert conferrals(ex) == [("王小明", "太原市三八红旗手", None)]


def test_list_after_the_award_sentence() -> None:
    ex = extract("太原市妇联授予十位女性太原市巾帼建功标兵称号。她们是：王小明、李华、张伟。")
    assert conferrals(ex) == [
        ("王小明", "太原市巾帼建功标兵", None),
        ("李华", "太原市巾帼建功标兵", None),
        ("张伟", "太原市巾帼建功标兵", None),
    ]


def test_names_before_ronghuo_closing_a_list() -> None:
    ex = extract("王小明、李华等15名同志荣获太原市劳动模范。")
    assert conferrals(ex) == [("王小明", "太原市劳动模范", None), ("李华", "太原市劳动模范", None)]


def test_quoted_title_received() -> None:
    ex = extract("王小明家庭荣获“最美家庭”称号。")
    assert [a.name for a in ex.awards] == ["最美家庭"]


def test_honourees_are_not_meeting_attendees() -> None:
    ex = extract("太原市召开劳动模范表彰大会。王小明、李华等15名同志荣获太原市劳动模范，太原市领导张伟出席。")
    assert {c.recipient for c in ex.conferrals} == {"t|王小明", "t|李华"}
    assert [(ev.name, ev.attendees) for ev in ex.events] == [("劳动模范表彰大会", ("t|张伟",))]


# ------------------------------------------------------------------ counter-examples


def test_article_without_an_award() -> None:
    ex = extract("今天太原市召开会议，部署安全生产工作。王小明出席会议。")
    assert ex.awards == () and ex.conferrals == ()
    assert find_awards(ex) == []


def test_quoted_praise_after_huode_is_no_award() -> None:
    # fixed: 获得“点赞” was read as an award named 点赞
    for text in ("王小明的做法获得“点赞”。", "王小明的服务获得“好评”，大家很满意。"):
        ex = extract(text)
        assert ex.awards == () and ex.conferrals == (), text


def test_short_quoted_prize_is_an_award() -> None:
    ex = extract("王小明在比赛中获得“金奖”。")
    assert conferrals(ex) == [("王小明", "金奖", None)]


def test_unquoted_result_is_no_award() -> None:
    ex = extract("王小明获得了好成绩，李华获得表扬。")
    assert ex.awards == () and ex.conferrals == ()


def test_list_of_candidates_is_no_award() -> None:
    ex = extract("2022年太原市道德模范候选名单\n王小明，李华。")
    assert ex.awards == ()
