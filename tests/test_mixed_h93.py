"""Rules of round 39, each general grammar with examples and counter-examples: the delegate who
speaks for an honoured class; a meeting opened by a sentence placed there, of the day of the visit
told before it; the list after a passive conferral that counts its recipients. Invented names.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_support import attended, conferrals, headlined

DAY = dt.date(2024, 6, 29)


def _page(text: str):
    return headlined(text, DAY)


def _honours(text: str) -> set[tuple[str, str]]:
    return {(c.person, c.award) for c in conferrals(_page(text))}


# -- the delegate of an honoured class ---------------------------------------------------------------

COMMENDED = (
    "　　本报讯 6月28日，平乡县“两优一先”表彰大会召开。县委书记尉迟明出席并讲话。\n"
    "　　会议对50名优秀共产党员、20名优秀党务工作者和30个先进基层党组织进行了表彰。\n"
)


@pytest.mark.parametrize(
    ("told", "honoured"),
    [
        (
            "　　优秀共产党员代表、县人民医院心内科主任钮春燕，优秀党务工作者代表、县税务局干部蓝德旺先后发言。\n",
            {("钮春燕", "优秀共产党员"), ("蓝德旺", "优秀党务工作者")},
        ),
        ("　　受表彰的优秀共产党员代表钮春燕作交流发言。\n", {("钮春燕", "优秀共产党员")}),
        ("　　会上，县人民医院心内科主任钮春燕作为优秀共产党员代表发言。\n", {("钮春燕", "优秀共产党员")}),
        ("　　由优秀共产党员代表钮春燕领誓。\n", {("钮春燕", "优秀共产党员")}),
    ],
)
def test_the_delegate_of_a_class_commended_receives_its_award(
    told: str, honoured: set[tuple[str, str]]
) -> None:
    assert honoured <= _honours(COMMENDED + told)


def test_the_delegate_of_an_award_conferred_by_name_receives_it() -> None:
    text = (
        "　　本报讯 6月28日，平乡县召开大会，授予钮春燕等30名同志“全县优秀共产党员”称号。\n"
        "　　优秀共产党员代表、县人民医院心内科主任卜永胜作交流发言。\n"
    )
    assert ("卜永胜", "全县优秀共产党员") in _honours(text)


@pytest.mark.parametrize(
    "told",
    [
        # a class the article confers nowhere
        "　　本报讯 6月28日，平乡县召开座谈会。优秀共产党员代表、县人民医院主任钮春燕发言。\n",
        # delegates of bodies, not of honours
        COMMENDED + "　　县人大代表钮春燕、职工代表蓝德旺、村民代表卜永胜先后发言。\n",
        # a class of units: the unit is of the class, not the one who speaks for it
        COMMENDED + "　　先进基层党组织代表、某某村党支部书记钮春燕作交流发言。\n",
        # the delegate's clause ends before any name
        COMMENDED + "　　优秀共产党员代表作交流发言，钮春燕主持会议。\n",
    ],
)
def test_no_delegate_receives_what_the_article_does_not_confer_on_persons(told: str) -> None:
    assert "钮春燕" not in {p for p, _ in _honours(told)}


# -- a meeting opened by a sentence placed there, of the day of the visit before it ------------------

TOUR = (
    "　　本报讯 6月18日，市委书记严立峰到绵阳高新区调研重点项目建设情况。\n"
    "　　严立峰一行先后来到某某新材料产业园，察看项目进展。\n"
)


@pytest.mark.parametrize(
    "told",
    [
        "　　在随后召开的座谈会上，严立峰听取了绵阳高新区工作汇报。\n",
        "　　在座谈会上，严立峰听取了绵阳高新区工作汇报。\n",
        "　　座谈会上，严立峰听取了绵阳高新区工作汇报。\n",
    ],
)
def test_a_meeting_opened_there_is_of_the_day_of_the_visit_before(told: str) -> None:
    ex = _page(TOUR + told)
    meetings = [ev for ev in ex.events if ev.name == "座谈会"]
    assert [ev.date for ev in meetings] == ["2024-06-18"]
    assert attended(ex)["座谈会"] == ["严立峰"]
    assert not [ev for ev in ex.events if "听取" in ev.name]  # the report heard is part of that meeting


def test_a_meeting_opened_there_that_names_its_own_day_keeps_it() -> None:
    ex = _page(TOUR + "　　6月20日，在座谈会上，严立峰听取了绵阳高新区工作汇报。\n")
    assert [ev.date for ev in ex.events if ev.name == "座谈会"] == ["2024-06-20"]


def test_a_report_heard_in_a_sentence_of_its_own_is_an_event() -> None:
    ex = _page(TOUR + "　　严立峰听取了绵阳高新区工作汇报。\n")
    assert any("听取" in ev.name for ev in ex.events)


# -- a conferral that counts its recipients, and the list after it ------------------------------------

ROADS = "　　本报讯 5月14日，全省公路养护工作推进会召开。副省长柴国栋出席会议。\n"
THEY = (
    "他们是：绥江县公路养护段道班班长卜永胜，德钦县公路养护段养护工邵婉清，勐腊县公路养护段养护工蓝德旺。\n"
)


@pytest.mark.parametrize(
    "told",
    [
        "　　会上，卜永胜等3名同志被授予“最美公路养护人”称号。" + THEY,
        "　　会上，卜永胜等3人被授予“最美公路养护人”称号。" + THEY,
        "　　会上，3名同志被授予“最美公路养护人”称号。" + THEY,
        "　　会上，3名同志被授予“最美公路养护人”称号。\n　　" + THEY,
    ],
)
def test_the_list_after_a_passive_conferral_that_counts_names_its_recipients(told: str) -> None:
    honoured = {("卜永胜", "最美公路养护人"), ("邵婉清", "最美公路养护人"), ("蓝德旺", "最美公路养护人")}
    assert honoured <= _honours(ROADS + told)


@pytest.mark.parametrize(
    "told",
    [
        # no count: the one named is the only recipient; the sentence after tells of others
        "　　会上，卜永胜被授予“最美公路养护人”称号。他们是：县交通运输局干部邵婉清、蓝德旺。\n",
        # units counted: the list after it is of units, and the persons of its sentence receive nothing
        "　　会上，县委书记邵婉清宣布，3个集体被授予“最美公路养护集体”称号。\n",
    ],
)
def test_no_list_after_a_conferral_that_counts_no_persons(told: str) -> None:
    assert "邵婉清" not in {p for p, _ in _honours(ROADS + told)}
