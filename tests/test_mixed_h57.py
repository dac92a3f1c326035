"""Rules of round 33, each general grammar with examples and counter-examples: an honour a person
holds opening the title chain before the name, the honoured of a kind listed after 获表彰的N名.
Invented names.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_support import conferrals, extract_page, holdings

DAY = dt.date(2025, 4, 28)


def _page(text: str):
    return extract_page("标题\n" + text, DAY)


def _honours(text: str) -> set[tuple[str, str]]:
    return {(c.person, c.award) for c in conferrals(_page(text))}


def _attendees(text: str) -> set[str]:
    ex = _page(text)
    names = {p.key: p.name for p in ex.persons}
    return {names[a] for ev in ex.events for a in ev.attendees}


# -- an honour held, opening the chain before the name ---------------------------------------------

_FORUM = (
    "本报讯　4月28日，自治区总工会在拉萨召开劳模座谈会。"
    "自治区劳动模范、西藏青禾青稞食品有限公司生产车间主任边巴顿珠介绍了企业的经历。{more}"
)


@pytest.mark.parametrize(
    ("more", "person", "award"),
    [
        ("", "边巴顿珠", "自治区劳动模范"),
        (
            "全国劳动模范、青禾电力工程有限公司带电作业班班长邝建伟说，班组常年在高海拔作业。",
            "邝建伟",
            "全国劳动模范",
        ),
        (
            "全国五一劳动奖章获得者、青禾路桥建设有限公司焊接高级技师拉巴央宗是一名女焊工。",
            "拉巴央宗",
            "全国五一劳动奖章",  # the medal its winner holds
        ),
        (
            "自治区劳动模范、林芝市巴宜区鲁朗镇措木村青禾民宿经营者格桑卓玛讲述了她的故事。",
            "格桑卓玛",
            "自治区劳动模范",
        ),
    ],
)
def test_an_honour_opening_the_chain_before_a_name_is_held(more: str, person: str, award: str) -> None:
    assert (person, award) in _honours(_FORUM.format(more=more))


def test_one_who_holds_an_honour_is_at_the_meeting_where_he_speaks() -> None:
    assert "边巴顿珠" in _attendees(_FORUM.format(more=""))


@pytest.mark.parametrize(
    "more",
    [
        "省委、省政府向受表彰的劳动模范、先进工作者表示热烈祝贺。",  # a kind, no name
        "劳动模范、退休后回村创业的甘立平说，日子越过越好。",  # no chain of posts
        "青禾电力工程有限公司带电作业班班长邝建伟说，班组常年在高海拔作业。",  # no honour
    ],
)
def test_no_honour_held_opens_the_chain(more: str) -> None:
    got = _honours(_FORUM.format(more=more))
    assert {p for p, _ in got} <= {"边巴顿珠"}


# -- the honoured of a kind after 获表彰的N名 --------------------------------------------------------

_ROLL = (
    "本报讯　6月28日，青禾县召开“两优一先”表彰大会。其中，县委授予10名同志“青禾县优秀村党组织书记”称号。"
    "县委书记温建明出席大会并讲话。\n"
    "　　{opener}潋江镇凤岗社区党委书记陈淑芬，长冈乡杉溪村党支部书记廖兴华，高兴镇石陂村党总支书记钟庆明。\n"
)


def test_a_list_of_the_honoured_of_the_awards_kind_names_its_recipients() -> None:
    got = {p for p, _ in _honours(_ROLL.format(opener="获表彰的10名优秀村党组织书记是："))}
    assert got == {"陈淑芬", "廖兴华", "钟庆明"}


@pytest.mark.parametrize("opener", ["参加会议的村党组织书记有：", "获表彰的10名优秀共产党员是："])
def test_a_list_of_another_kind_names_no_recipients_of_the_award(opener: str) -> None:
    assert not _honours(_ROLL.format(opener=opener))


# -- Mongolian elements written in other characters -------------------------------------------------


def test_variant_mongolian_elements_join_their_names_and_the_list_goes_on() -> None:
    text = (
        "本报讯　大会选举阿拉坦图门为正蓝旗人民代表大会常务委员会主任，满都拉朝克图、邝桂芳为副主任；"
        "选举哈斯其勒格尔为正蓝旗人民政府旗长，额尔登达来、王海生为副旗长。"
    )
    posts = {(h.person, h.org.name, h.role) for h in holdings(_page(text))}
    assert ("满都拉朝克图", "正蓝旗人民代表大会常务委员会", "副主任") in posts
    assert ("邝桂芳", "正蓝旗人民代表大会常务委员会", "副主任") in posts
    assert ("额尔登达来", "正蓝旗人民政府", "副旗长") in posts
