"""Round 17R: roll headings in all their printed forms, prose after a roll, placed quoted awards,
and winners featured one paragraph each after a counted award sentence."""

from __future__ import annotations

import pytest

from kg.extract.prize_conferrals import award_lines, roll_headings
from kg.extract.rolls import speaks
from tests.extraction_support import extract_page


def _honours(ex) -> set[tuple[str, str]]:
    names = {p.key: p.name for p in ex.persons} | {o.key: o.name for o in ex.organizations}
    awards = {a.key: a.name for a in ex.awards}
    return {(names.get(c.recipient, c.recipient), awards[c.award]) for c in ex.conferrals}


@pytest.mark.parametrize(
    "line",
    [
        "全县优秀共产党员（部分）：",  # a part and a colon
        "全县优秀共产党员（部分）",  # a part, no colon
        "一、全县优秀共产党员（30名）",  # numbered, with a count
        "（二）全县优秀共产党员：",  # numbered, with a colon
        "“全县优秀共产党员”（共30名，部分）",  # quoted, with a count and a part
        "全县优秀共产党员（排名不分先后）：",  # an order
        "青禾省五一劳动奖章获得者名单",  # the words of its winners, no mark
    ],
)
def test_heading_forms(line: str) -> None:
    want = "青禾省五一劳动奖章" if "奖章" in line else "全县优秀共产党员"
    assert [name for _s, _e, name in roll_headings(line + "\n")] == [want]


@pytest.mark.parametrize(
    "line",
    [
        "全县优秀共产党员\n",  # no mark: a line of a text, left to award_lines
        "全县优秀共产党员（2024年度）：\n",  # a bracket that is no mark of a roll
        "先进集体（部分）：\n",  # a category, no honour of its own
        "全县优秀共产党员和优秀党务工作者（部分）：\n",  # two kinds joined
        "全县优秀共产党员（部分）发言。\n",  # prose
        "全县拟表彰优秀共产党员（部分）：\n",  # a notice before the decision
    ],
)
def test_heading_counter_examples(line: str) -> None:
    assert roll_headings(line) == []


def test_award_lines_with_marks() -> None:
    text = "二、青禾市劳动模范（部分）：\n青禾市劳动模范\n青禾市劳动模范王小明发言。\n"
    assert [n for _s, _e, n in award_lines(text, ["青禾市劳动模范"])] == ["青禾市劳动模范"] * 2


def test_speaks() -> None:
    line = "王小明指出，受表彰的同志是大家学习的榜样。"
    assert speaks(line, 3, line)
    entry = "王小明　青禾县红旗镇东沟村党支部书记"
    assert not speaks(entry, 3, entry)
    assert not speaks("王小明（女）　某某集团有限公司高级技师", 3, "王小明（女）　某某集团有限公司高级技师")
    assert not speaks("王小明同志　青禾县某某局局长", 3, "王小明同志　青禾县某某局局长")
    assert not speaks("王小明发言", 3, "王小明发言")  # a short line: a heading's length, no prose


ROLL = (
    "青禾市表彰一批优秀党员\n"
    "　　本报讯　6月28日，青禾市表彰大会召开。市委书记张建军出席并讲话。\n"
    "　　会上宣读了表彰决定，授予60名同志“全市优秀共产党员”称号，授予30个基层党组织"
    "“全市先进基层党组织”称号。部分受表彰名单如下：\n"
    "全市优秀共产党员（部分）：\n"
    "王秀兰（女）　东乡县红旗镇东沟村党总支书记\n"
    "李晓红　某某集团有限公司高级技师\n"
    "全市先进基层党组织（部分）：\n"
    "东乡县人民医院\n"
    "张建军指出，受表彰的先进典型是全市党员干部学习的榜样，各级党组织要以先进为镜。\n"
)


def test_roll_under_headings_with_colons() -> None:
    got = _honours(extract_page(ROLL))
    assert ("王秀兰", "全市优秀共产党员") in got
    assert ("李晓红", "全市优秀共产党员") in got
    assert ("东乡县人民医院", "全市先进基层党组织") in got
    assert not any(name == "张建军" for name, _a in got)  # a line of prose opened by a name


def test_placed_quoted_award_received() -> None:
    ex = extract_page(
        "青禾县表彰一批民警\n　　本报讯　今年，东乡县红旗镇派出所民警王小明获评青禾“最美基层民警”。\n"
    )
    assert ("王小明", "青禾“最美基层民警”") in _honours(ex)


FEATURE = (
    "青禾发布最美基层民警\n"
    "　　本报讯　11月9日，青禾省最美基层民警发布仪式在青禾市举行。\n"
    "　　今年共有8名民警获评青禾“最美基层民警”。\n"
    "　　王小明，东乡县公安局红旗派出所所长。他扎根山区十二年，帮助群众追回被骗钱款。\n"
    "　　李晓红（女），青禾市公安局东城分局社区民警。她创办调解室，化解邻里纠纷数百起。\n"
    "　　张建军说，要持续宣传先进事迹，营造学习先进的良好氛围。\n"
    "　　赵志刚，东乡县公安局民警。他也出席了仪式。\n"
)


def test_featured_winners_after_a_counted_award() -> None:
    got = _honours(extract_page(FEATURE))
    assert ("王小明", "青禾“最美基层民警”") in got
    assert ("李晓红", "青禾“最美基层民警”") in got
    assert not any(name in ("张建军", "赵志刚") for name, _a in got)  # the run ends at prose


def test_no_featured_winners_without_a_count() -> None:
    text = FEATURE.replace("今年共有8名民警获评", "今年王志强获评")
    got = _honours(extract_page(text))
    assert not any(name in ("王小明", "李晓红") for name, _a in got)
