"""Round 23R: a roll printed after the report (``附：某某名单（部分）``), one honouree a line with a
gender or an ethnic mark after the name and the unit and title after spaces or a tab."""

from __future__ import annotations

import pytest

from kg.extract.prize_conferrals import roll_headings
from tests.extraction_support import conferrals, extract_page, honoured_persons, honoured_units, org_posts

_REPORT = (
    "青禾省生态文明建设表彰大会举行\n"
    "　　本报讯　6月3日，青禾省生态文明建设表彰大会在省城举行。"
    "大会授予王小明等60名同志“青禾省生态文明建设模范个人”称号。\n"
)


def _awards(text: str) -> set[tuple[str, str]]:
    return {(c.person, c.award) for c in conferrals(extract_page(text))}


@pytest.mark.parametrize(
    ("heading", "gap"),
    [
        ("附：青禾省生态文明建设模范个人名单（部分）", "\u3000"),  # appended, a part, ideographic space
        ("附件：生态文明建设模范个人名单（排名不分先后）", " "),  # the name's end only, ASCII space
        ("附件1：青禾省生态文明建设模范个人名单（60名）", "\t"),  # numbered appendix, a count, a tab
        ("附 青禾省生态文明建设模范个人名单", "  "),  # no colon, no bracket, two spaces
    ],
)
def test_appended_roll_of_an_honour_the_text_confers(heading: str, gap: str) -> None:
    ex = extract_page(
        f"{_REPORT}{heading}\n"
        f"王小明（女，苗族）{gap}青禾县人民医院院长\n"
        f"赵志远（侗族）{gap}青禾县第一中学校长\n"
        f"孙丽娟（女）{gap}青禾县公安局民警\n"
        f"周建国{gap}青禾县红旗镇党委书记\n"
    )
    award = "青禾省生态文明建设模范个人"
    assert {(c.person, c.award) for c in conferrals(ex)} == {
        (n, award) for n in ("王小明", "赵志远", "孙丽娟", "周建国")
    }
    posts = org_posts(ex)
    assert ("赵志远", "青禾县第一中学", "校长") in posts
    assert ("孙丽娟", "青禾县公安局", "民警") in posts


def test_appended_roll_of_a_placed_honour_not_conferred_in_the_report() -> None:
    got = _awards(
        "青禾市表彰先进\n　　本报讯　青禾市日前表彰一批先进工作者，受表彰者名单附后。\n"
        "附：青禾市先进工作者名单（排名不分先后）\n"
        "李华（女）　青禾市某某集团有限公司技师\n"
        "赵志远　青禾市第二中学教师\n"
    )
    assert got == {("李华", "青禾市先进工作者"), ("赵志远", "青禾市先进工作者")}


@pytest.mark.parametrize(
    "heading",
    [
        "附：出席会议人员名单",  # attendees
        "附：大会交流发言代表名单（部分）",  # speakers: no award is named by the heading… but a part
        "附件：青禾省人民政府任免名单",  # appointments
        "附件：青禾县重点项目名单（排名不分先后）",  # a table of projects
    ],
)
def test_appended_lists_that_are_no_honour_roll(heading: str) -> None:
    ex = extract_page(
        "青禾省召开座谈会\n　　本报讯　6月3日，青禾省召开座谈会，研究推进重点工作。\n"
        f"{heading}\n"
        "王小明　青禾县人民医院院长\n"
        "赵志远　青禾县第一中学校长\n"
    )
    assert honoured_persons(ex) == set()


@pytest.mark.parametrize(
    ("line", "award"),
    [
        ("附：青禾省三八红旗手名单（排名不分先后）", "青禾省三八红旗手"),
        ("附件2：青禾市劳动模范名单", "青禾市劳动模范"),
        ("青禾县先进工作者名单（30名）", "青禾县先进工作者"),
        ("附：生态文明建设模范个人名单：", "青禾省生态文明建设模范个人"),  # the award it names
    ],
)
def test_roll_headings_of_the_family(line: str, award: str) -> None:
    conferred = ["青禾省生态文明建设模范个人"]
    assert [name for _s, _e, name in roll_headings(f"前文。\n{line}\n王小明　青禾县农民\n", conferred)] == [
        award
    ]


@pytest.mark.parametrize(
    "line",
    [
        "附：出席会议人员名单",
        "附件：青禾省人民政府任免名单",
        "附件：青禾县重点项目名单（排名不分先后）",
        "附：青禾市劳动模范推荐对象名单",  # nominees, not winners
        "青禾市先进工作者名单将于近日公布。",  # a sentence, no heading line
    ],
)
def test_roll_headings_counter_examples(line: str) -> None:
    assert roll_headings(f"前文。\n{line}\n王小明　青禾县农民\n", ["青禾省生态文明建设模范个人"]) == []


def test_a_part_heading_names_the_award_it_ends() -> None:
    """``模范个人名单（部分）`` under a conferral of ``青禾省护林模范个人``: the heading's roll
    receives the award conferred, not a second award of the shorter name."""
    got = _awards(
        "青禾省表彰护林模范\n"
        "　　本报讯　青禾省日前召开大会，授予王小明等20名同志“青禾省护林模范个人”称号。\n"
        "护林模范个人名单（部分）\n"
        "李华（女）　青禾县林业局护林员\n"
        "赵志远　青禾县红旗镇林业站站长\n"
    )
    assert got == {(n, "青禾省护林模范个人") for n in ("王小明", "李华", "赵志远")}


# -- a grassroots party body by its formal name: 中共某县某镇某村支部委员会 -----------------------------


def _units(items: str) -> list[tuple[str, str]]:
    return honoured_units(
        extract_page(
            "青禾省表彰先进基层党组织\n　　本报讯　省委决定，"
            f"授予{items}等50个基层党组织“青禾省先进基层党组织”称号。\n"
        )
    )


@pytest.mark.parametrize(
    "unit",
    [
        "中共青禾市丰乐县红旗镇东沟村支部委员会",  # 中共, the divisions, the village's branch
        "中共丰乐县红旗镇东沟村总支部委员会",  # a general branch
        "中共青禾市柳岸区西湖社区支部委员会",  # a community's branch
        "丰乐县红旗镇东沟村党支部",  # the short form read before
    ],
)
def test_formal_name_of_a_grassroots_party_body(unit: str) -> None:
    assert _units(unit) == [(unit, "青禾省先进基层党组织")]


@pytest.mark.parametrize(
    "item",
    [
        "丰乐县红旗镇东沟村村民委员会",  # a villagers' committee, no party body
        "东沟村支部委员会委员王小明",  # a person's entry
    ],
)
def test_no_party_body_without_its_branch(item: str) -> None:
    assert _units(item) == []  # no party body read from a villagers' committee or a member's entry
