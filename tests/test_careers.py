"""Careers: the posts a person held before the article's date (kg.extract.careers)."""

from __future__ import annotations

import pytest
from extraction_support import careers, extract, former


def test_a_successive_run_gives_every_post_and_dates_only_the_first() -> None:
    ex = extract(
        "王小明，男，1961年4月生，山西阳曲人。1989年6月起历任阳曲县副县长，阳曲县县长、县委副书记，"
        "太原市财政局局长等。"
    )
    assert former(ex) == {
        ("王小明", "阳曲县人民政府副县长", True, "1989-06", None),
        ("王小明", "阳曲县人民政府县长", True, None, None),
        ("王小明", "阳曲县委副书记", True, None, None),
        ("王小明", "太原市财政局局长", True, None, None),
    }


def test_a_single_appointment_dates_every_title_of_its_chain() -> None:
    ex = extract("李华，女，1968年9月生。2004年11月调任太原市财政局局长、党组书记。")
    assert former(ex) == {
        ("李华", "太原市财政局局长", True, "2004-11", None),
        ("李华", "太原市财政局党组书记", True, "2004-11", None),
    }


def test_a_period_gives_since_and_until() -> None:
    ex = extract("李华，女，1968年9月生。1996年2月至2001年7月任阳曲县县长。2001—2006年任太原市副市长。")
    assert former(ex) == {
        ("李华", "阳曲县人民政府县长", True, "1996-02", "2001-07"),
        ("李华", "太原市人民政府副市长", True, "2001", "2006"),
    }


def test_a_run_to_this_day_or_under_xianren_is_held_now() -> None:
    ex = extract("赵大山，男，1970年1月生。2019年至今任太原市财政局局长。")
    assert careers(ex) >= {("赵大山", "太原市财政局局长", False, "2019", None)}
    assert not former(ex)
    ex = extract("赵大山，男，1970年1月生。2012年3月任阳曲县副县长，2016年8月任阳曲县县长至今。")
    assert ("赵大山", "阳曲县人民政府县长", False, "2016-08", None) in careers(ex)
    assert former(ex) == {("赵大山", "阳曲县人民政府副县长", True, "2012-03", None)}


def test_a_pronoun_stands_for_the_last_name_that_opened_a_sentence() -> None:
    ex = extract("孙明明，男，1965年生。他2008年兼任太原市财政局局长。")
    assert former(ex) == {("孙明明", "太原市财政局局长", True, "2008", None)}


def test_a_run_without_a_subject_gives_nothing() -> None:
    ex = extract("会议强调，2015年5月任阳曲县县长的干部都要回避。")
    assert not former(ex)
    ex = extract("据介绍，1990年3月起历任阳曲县副县长，阳曲县县长。")
    assert not former(ex)


def test_a_run_stops_at_words_that_are_no_title_chain() -> None:
    ex = extract("周刚，男，1966年2月生。1999年任阳曲县县长，主持全面工作，推动改革。")
    assert former(ex) == {("周刚", "阳曲县人民政府县长", True, "1999", None)}


def test_a_proposed_post_is_no_post() -> None:
    ex = extract("吴晓东，男，1972年3月生，现任阳曲县副县长，拟任太原市财政局局长。")
    labels = {row[1] for row in careers(ex)}
    assert "太原市财政局局长" not in labels
    assert not former(ex)


def test_yuan_before_a_name_marks_the_whole_chain_held_before() -> None:
    ex = extract("太原市财政局原局长、党组书记王小明同志因病逝世。")
    assert former(ex) == {
        ("王小明", "太原市财政局局长", True, None, None),
        ("王小明", "太原市财政局党组书记", True, None, None),
    }
    assert not [row for row in careers(ex) if not row[2]]


def test_yuan_opening_an_item_and_shiren_before_de() -> None:
    ex = extract("原阳曲县县长刘强出席。时任太原市财政局局长的郑中参加了会议。")
    assert former(ex) == {
        ("刘强", "阳曲县人民政府县长", True, None, None),
        ("郑中", "太原市财政局局长", True, None, None),
    }


def test_a_post_held_now_beside_a_former_one_keeps_each_as_written() -> None:
    ex = extract("山西省阳曲县召开会议。原县委副书记、现任县长孙明明讲话。")
    assert ("孙明明", "阳曲县委副书记", True, None, None) in careers(ex)
    assert ("孙明明", "阳曲县人民政府县长", False, None, None) in careers(ex)


@pytest.mark.parametrize(
    "text",
    [
        "会议原定由太原市财政局局长王小明主持。",
        "原则上太原市财政局局长王小明负责。",
        "太原市财政局局长王小明说明了原因。",
        "任命王小明为太原市财政局局长。",
    ],
)
def test_words_opening_with_yuan_and_appointments_are_no_marks(text: str) -> None:
    ex = extract(text)
    assert not former(ex)
    assert ("王小明", "太原市财政局局长", False, None, None) in careers(ex)


def test_an_unresolved_chain_gives_nothing() -> None:
    ex = extract("李华，女，1970年3月生。1995年起历任秘书长，主任。")
    assert not former(ex)


def test_a_run_ends_where_a_clause_of_its_own_opens() -> None:
    ex = extract(
        "韩小梅，女，1979年2月生，2014年6月任阳曲县审计局局长，现任阳曲县副县长，拟任太原市审计局副局长。"
    )
    assert former(ex) == {("韩小梅", "阳曲县审计局局长", True, "2014-06", None)}
    assert ("韩小梅", "阳曲县人民政府副县长", False, None, None) in careers(ex)
    assert not [row for row in careers(ex) if "审计局副局长" in row[1]]


def test_a_title_before_the_first_mark_is_read_neither_way() -> None:
    ex = extract("青禾集团董事长、原党委书记王小明出席。")
    assert former(ex) == {("王小明", "青禾集团党委书记", True, None, None)}
    assert not [row for row in careers(ex) if "董事长" in row[1]]
