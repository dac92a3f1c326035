"""Units honoured in the genre's other forms: rolls under headings, 命名, passive conferrals, 入选
a list, a named prize, and category lists; with the counter-examples that keep an organiser, a
conferrer, a nominator, an employer or a place from being a recipient. Invented articles only."""

from __future__ import annotations

import pytest
from extraction_support import conferrals, extract, unit_conferrals

from kg.extract.honoured_units import unit_awards
from kg.extract.unit_rolls import heading_category


def test_a_roll_under_category_headings_of_units_and_persons() -> None:
    ex = extract(
        "省政府决定，授予下列单位和个人“全省护林防火先进”称号：\n"
        "一、先进集体（2个）\n青禾县林业局\n绿川市消防救援支队\n"
        "二、先进个人（1名）\n王小明  青禾县林业局局长\n"
        "望受到表彰的单位和个人珍惜荣誉，在今后的护林工作中当好表率。"
    )
    assert unit_conferrals(ex) == [
        ("青禾县林业局", "全省护林防火先进", "先进集体"),
        ("绿川市消防救援支队", "全省护林防火先进", "先进集体"),
    ]
    assert [(c.person, c.award, c.category) for c in conferrals(ex)] == [
        ("王小明", "全省护林防火先进", "先进个人")
    ]


def test_a_roll_under_place_headings_after_a_published_list() -> None:
    ex = extract(
        "经审核，现将第五批全省卫生先进单位名单公布如下：\n"
        "绿川市：绿川市税务局、绿川市实验小学\n远山县：远山县人民法院\n"
        "各地要巩固创建成果，坚持常态长效管理。"
    )
    assert unit_conferrals(ex) == [
        ("绿川市税务局", "第五批全省卫生先进单位", None),
        ("绿川市实验小学", "第五批全省卫生先进单位", None),
        ("远山县人民法院", "第五批全省卫生先进单位", None),
    ]


def test_a_roll_ends_at_prose() -> None:
    ex = extract(
        "市政府决定授予下列单位“全市节水先进单位”称号：\n绿川市税务局\n"
        "会议强调，各单位要把节约用水落到实处，不断提高用水效率和管理水平。\n远山县人民法院\n"
    )
    assert unit_conferrals(ex) == [("绿川市税务局", "全市节水先进单位", None)]


def test_naming_units_and_a_passive_naming() -> None:
    ex = extract(
        "绿川市委、市政府决定，命名绿川市第三中学、绿川市中心医院为“市级平安建设示范单位”。"
        "远山县人民检察院被命名为“市级诚信建设示范单位”。"
    )
    assert unit_conferrals(ex) == [
        ("绿川市第三中学", "市级平安建设示范单位", None),
        ("绿川市中心医院", "市级平安建设示范单位", None),
        ("远山县人民检察院", "市级诚信建设示范单位", None),
    ]


def test_a_passive_conferral_after_a_nomination() -> None:
    ex = extract("经青禾县工业和信息化局推荐，绿川红星机械有限公司被授予“全省守合同重信用企业”称号。")
    assert unit_conferrals(ex) == [("绿川红星机械有限公司", "全省守合同重信用企业", None)]


def test_a_unit_listed_and_a_named_prize() -> None:
    ex = extract(
        "远山电子科技有限公司入选2024年度全省创新型中小企业名单。"
        "青禾农机股份有限公司荣获第三届青禾省科技进步奖一等奖。"
    )
    assert unit_conferrals(ex) == [
        ("远山电子科技有限公司", "2024年度全省创新型中小企业", None),
        ("青禾农机股份有限公司", "第三届青禾省科技进步奖一等奖", None),
    ]


def test_category_lists_of_units() -> None:
    ex = extract(
        "县委决定授予下列基层党组织和党员“全县两优一先”荣誉称号。\n"
        "获得“先进基层党组织”类别的有：青禾县人民医院党委、青禾县第一中学党支部。\n"
        "获得“优秀共产党员”类别的有：王小明、李华。"
    )
    assert unit_conferrals(ex) == [
        ("青禾县人民医院党委", "全县两优一先", "先进基层党组织"),
        ("青禾县第一中学党支部", "全县两优一先", "先进基层党组织"),
    ]
    assert {(c.person, c.category) for c in conferrals(ex)} == {
        ("王小明", "优秀共产党员"),
        ("李华", "优秀共产党员"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # the organiser of the selection is no recipient; nor is the place honoured
        "由青禾省教育厅主办的第二届读书活动评选结果揭晓，绿川市荣获“全国文明城市”称号。",
        # the employer in the recipient's title: the person is honoured
        "绿川红星机械有限公司董事长张建国荣获第二届青禾省质量管理奖。",
        # a grade or a count of prizes is no named award
        "青禾农机股份有限公司在比赛中获得一等奖。",
        "青禾农机股份有限公司近年来荣获多项大奖。",
        # the unit that names (the conferrer) is no recipient of a naming on persons
        "青禾县人民政府命名王小明为“青禾工匠”。",
    ],
)
def test_units_named_near_an_award_that_are_no_recipients(text: str) -> None:
    assert unit_conferrals(extract(text)) == []


def test_unit_awards_give_the_recipients_span() -> None:
    text = "命名甲单位、乙单位为“示范单位”。丙单位被授予“先进集体”称号。丁公司入选某某名单。"
    assert [(name, text[a:b]) for _, _, name, (a, b) in unit_awards(text)] == [
        ("示范单位", "甲单位、乙单位"),
        ("先进集体", "丙单位"),
        ("某某", "丁公司"),
    ]


@pytest.mark.parametrize(
    ("heading", "category"),
    [
        ("一、先进集体（20个）", "先进集体"),
        ("先进基层党组织", "先进基层党组织"),
        ("（二）优秀共产党员（共15名）", "优秀共产党员"),
        ("青禾市", None),  # a place's name
        ("二、其他", None),
    ],
)
def test_heading_category(heading: str, category: str | None) -> None:
    assert heading_category(heading) == category


def test_a_list_headline_over_its_roll() -> None:
    ex = extract("绿川市税务局\n远山县人民法院\n", headline="第四批全省节约型机关名单")
    assert unit_conferrals(ex) == [
        ("绿川市税务局", "第四批全省节约型机关", None),
        ("远山县人民法院", "第四批全省节约型机关", None),
    ]


def test_a_list_named_in_prose_defers_to_no_roll() -> None:
    """A list named in a sentence that does not defer (no 如下, no heading of its own line)."""
    ex = extract("第四批全省节约型机关名单已于上月发布。\n绿川市税务局\n")
    assert unit_conferrals(ex) == []
