"""Round 20R honours: a unit's token received unquoted (奖状, 先锋号, 文明号, 文明岗), a company's
team written with the company, a roll line's unit and job printed apart, and an honouree's job the
title lexicon lacks between the unit and the name. Invented articles only."""

from __future__ import annotations

import pytest
from extraction_support import conferrals, extract, holdings, unit_conferrals

from kg.extract.honoured_units import unit_awards


@pytest.mark.parametrize(
    ("text", "award", "unit"),
    [
        ("绿川某某重工有限公司荣获全国五一劳动奖状。", "全国五一劳动奖状", "绿川某某重工有限公司"),
        ("近日，青禾县供电公司获得省五一劳动奖状，", "省五一劳动奖状", "青禾县供电公司"),
        ("青禾县人民医院护理部被授予全国巾帼文明岗。", "全国巾帼文明岗", "青禾县人民医院护理部"),
        ("青禾县农商银行营业部获评全国青年文明号；", "全国青年文明号", "青禾县农商银行营业部"),
        ("某某集团装配车间荣获全国工人先锋号。", "全国工人先锋号", "某某集团装配车间"),
        ("某某集团二车间团支部荣获全国五四红旗团支部。", "全国五四红旗团支部", "某某集团二车间团支部"),
        ("青禾县东沟村获评全国民主法治示范村。", "全国民主法治示范村", "青禾县东沟村"),
    ],
)
def test_a_units_token_received_unquoted(text: str, award: str, unit: str) -> None:
    assert [(name, text[a:b]) for _, _, name, (a, b) in unit_awards(text)] == [(award, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "王小明荣获全国五一劳动奖章。",  # a 奖章 goes to a person
        "全县各单位要积极争创青年文明号。",  # a goal, no verb of receiving
        "青禾县供电公司荣获全国五一劳动奖状等多项荣誉。",  # the clause runs on past the award
    ],
)
def test_no_units_token_without_a_unit_received_award(text: str) -> None:
    assert unit_awards(text) == []


def test_a_person_before_a_units_token_is_no_honoured_unit() -> None:
    ex = extract("本报讯 绿川某某重工有限公司总经理王小明荣获全国五一劳动奖状。")
    assert unit_conferrals(ex) == []


def test_a_company_team_written_with_the_company_is_the_recipient() -> None:
    ex = extract(
        "本报讯 近日，青禾县红星重工集团有限公司荣获全国五一劳动奖状，"
        "红星重工集团精密加工车间青松班组荣获全国工人先锋号。"
    )
    assert unit_conferrals(ex) == [
        ("青禾县红星重工集团有限公司", "全国五一劳动奖状", None),
        ("红星重工集团精密加工车间青松班组", "全国工人先锋号", None),
    ]


ROLL = (
    "大会授予王小明等20名同志“青禾县劳动模范”称号。\n"
    "受表彰人员名单（部分）\n"
    "青禾县劳动模范\n"
    "王小明 青禾县红旗镇东沟村 农民\n"
    "李华（女） 青禾县红星机械有限公司 司炉工\n"
    "张建国 青禾县 红旗镇\n"
)


def test_a_roll_lines_unit_and_job_printed_apart() -> None:
    ex = extract(ROLL)
    held = {(h.person, h.post.role) for h in holdings(ex)}
    assert ("王小明", "农民") in held
    assert ("李华", "司炉工") in held
    assert not any(h.person == "张建国" for h in holdings(ex))  # two divisions, no job


LIST = (
    "本报讯 会议表彰了年度先进个人。青禾县红星热电有限公司运行部值长王小明、"
    "青禾县东山煤业有限公司调度中心巡检工李华、某某集团有限公司推荐的张建国等20人获评先进个人。"
)


def test_an_honourees_job_the_lexicon_lacks_between_unit_and_name() -> None:
    ex = extract(LIST)
    assert {c.person for c in conferrals(ex)} == {"王小明", "李华", "张建国"}
    jobs = {h.person: (h.org.name, h.post.role) for h in holdings(ex)}
    assert jobs["王小明"] == ("青禾县红星热电有限公司运行部", "值长")
    assert jobs["李华"] == ("青禾县东山煤业有限公司调度中心", "巡检工")
    assert "张建国" not in jobs  # 推荐的: prose, no job


def test_a_verb_between_a_unit_and_an_honouree_is_no_job() -> None:
    ex = extract("本报讯 青禾县总工会还授予王小明等30人“青禾县三八红旗手”称号。")
    assert "王小明" in {c.person for c in conferrals(ex)}
    assert not any(h.person == "王小明" for h in holdings(ex))


def test_a_bare_certificate_is_no_units_token() -> None:
    assert unit_awards("青禾县供电公司荣获奖状。") == []
    text = "青禾县供电公司运维班荣获全国五一巾帼奖状。"
    assert [name for _, _, name, _ in unit_awards(text)] == ["全国五一巾帼奖状"]
