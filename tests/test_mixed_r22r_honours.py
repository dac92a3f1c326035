"""Round 22R: members of an honoured category presented one by one, a counted conferral of an
unquoted prize, a group honoured as such and a company's smallest unit on an honour roll."""

from __future__ import annotations

import pytest

from tests.extraction_support import conferrals, extract_page, honoured_persons, honoured_unit_names


def _awards(text: str) -> set[tuple[str, str]]:
    return {(c.person, c.award) for c in conferrals(extract_page(text))}


# -- members of an honoured category: 在获奖者中，有…的甲，有…的乙 ----------------------------------


def test_listed_members_of_a_quoted_roll() -> None:
    got = _awards(
        "青禾市文明办发布三月“青禾好人榜”\n"
        "　　本报讯　青禾市文明办日前发布三月“青禾好人榜”，共有30位身边好人上榜。"
        "在本期入榜的好人里，有坚持义务巡河十余年的退休教师王小明，有冒雨抢修线路的电工李华，"
        "有照料孤寡老人的社区志愿者赵志远……市民纷纷点赞。\n"
    )
    assert got == {("王小明", "青禾好人榜"), ("李华", "青禾好人榜"), ("赵志远", "青禾好人榜")}


def test_members_separated_by_semicolons_with_quoted_epithets() -> None:
    got = _awards(
        "青禾省慰问劳动模范\n"
        "　　本报讯　春节前夕，青禾省总工会走访慰问全省劳动模范。"
        "受走访的全省劳动模范，有在炉前坚守三十年的“钢铁工匠”孙丽娟；"
        "有带领乡亲种植果树致富的“田秀才”周建国。慰问组送上了节日祝福。\n"
    )
    assert got == {("孙丽娟", "全省劳动模范"), ("周建国", "全省劳动模范")}


def test_winners_of_an_award_named_before_and_the_families_met() -> None:
    ex = extract_page(
        "青禾县表彰道德模范\n"
        "　　本报讯　5月8日，青禾县召开大会，授予吴晓梅等10人“青禾县道德模范”称号。"
        "本届获奖者中，既有扎根山村行医的医生郑海峰，也有照顾瘫痪公婆的农民钱秀英。\n"
        "　　会后，县领导看望了已故道德模范亲属，有救人牺牲的冯国庆的父母；有病逝在岗位上的陈立新的妻子。\n"
    )
    assert {"吴晓梅", "郑海峰", "钱秀英", "冯国庆", "陈立新"} <= honoured_persons(ex)
    assert {c.award for c in conferrals(ex)} == {"青禾县道德模范"}


@pytest.mark.parametrize(
    "sentence",
    [
        "会场里，有王小明，有李华。",  # no honour names the category
        "受表彰的劳动模范中，有不少是一线工人，有王小明带领的班组。",  # the person does not close the item
        "王小明等劳动模范，有关部门将给予奖励。",  # 有关: no item; a person in the category's clause
        "在入榜的好人里，有王小明，有李华。",  # 好人 alone names no honour and no quotation holds it
    ],
)
def test_no_members_without_an_honoured_category(sentence: str) -> None:
    assert honoured_persons(extract_page(f"青禾县召开座谈会\n　　本报讯　{sentence}\n")) == set()


# -- 授予甲教授等10名外国专家某某奖: a counted conferral of an unquoted prize --------------------------


def test_counted_conferral_of_an_unquoted_prize() -> None:
    got = _awards(
        "青禾省表彰科技人员\n"
        "　　本报讯　省政府决定，授予王小明院士青禾省最高科学技术奖，"
        "授予约翰·史密斯教授等5名外国专家青禾省国际科学技术合作奖，"
        "追授李华等3名同志全国五一劳动奖章。\n"
    )
    assert ("约翰·史密斯", "青禾省国际科学技术合作奖") in got
    assert ("李华", "全国五一劳动奖章") in got
    assert ("王小明", "青禾省最高科学技术奖") in got


@pytest.mark.parametrize(
    "sentence",
    [
        "授予王小明等10名职工奖金。",  # no prize's name opens after the count
        "授予“青禾大桥建设”等5项成果青禾省科技进步奖一等奖。",  # projects, no person
    ],
)
def test_no_counted_conferral_on_a_person_without_a_named_prize(sentence: str) -> None:
    assert honoured_persons(extract_page(f"青禾省表彰科技人员\n　　本报讯　{sentence}\n")) == set()


# -- a group honoured as such, and a company's smallest unit ---------------------------------------


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("中宣部授予青禾研究院青年科研团队“时代楷模”称号。", "青禾研究院青年科研团队"),
        ("省委宣传部授予青禾县石桥村支教群体“青禾楷模”称号。", "青禾县石桥村支教群体"),
        (
            "省总工会日前表彰一批先进班组。"
            "青禾铁路局集团有限公司西岭工务段石桥探伤车间柳河探伤工区等6个班组荣获青禾省五一劳动奖状。",
            "青禾铁路局集团有限公司西岭工务段石桥探伤车间柳河探伤工区",
        ),
    ],
)
def test_groups_and_small_units_honoured(sentence: str, unit: str) -> None:
    names = {
        name for name, _award in honoured_unit_names(extract_page(f"青禾表彰先进\n　　本报讯　{sentence}\n"))
    }
    assert unit in names


def test_a_category_of_units_is_no_group() -> None:
    ex = extract_page("青禾县表彰先进\n　　本报讯　县委授予青禾县石桥镇先进集体“青禾县模范单位”称号。\n")
    assert not any(name.endswith("集体") for name, _award in honoured_unit_names(ex))
