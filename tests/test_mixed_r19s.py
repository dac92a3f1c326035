"""Round 19 (S) of the mixed-articles check: events named by an activity that is no 会 (a leader
receiving the public, a leader's visit of units paid with greetings) and fairs (招聘会, 展销会) with
the leaders who tour their halls."""

from __future__ import annotations

import pytest

from tests.extraction_support import events_by_name, extract_page

# -- a leader receiving the public -------------------------------------------------------------


@pytest.mark.parametrize(
    "told",
    [
        "副市长王小明到县信访局接待来访群众，倾听诉求。",
        "副市长王小明在县信访局接待来访群众，逐一登记。",
        "副市长王小明在县群众来访接待中心接访，逐一登记。",
        "副市长王小明到县信访局接待群众来访，逐一登记。",
        "副市长王小明在县信访局接待上访群众，逐一登记。",
    ],
)
def test_a_leader_receiving_the_public_at_a_place_is_an_event_with_those_who_join_in(told: str) -> None:
    text = f"青禾县开展接访活动\n　　本报讯 9月9日，{told}县政府副县长李华，县人社局局长张建国参加接待。\n"
    ex = extract_page(text)
    assert list(events_by_name(ex).values()) == [{"王小明", "李华", "张建国"}]
    assert ex.events[0].date == "2025-09-09"


def test_receiving_counter_examples() -> None:
    counted = "信访工作\n　　本报讯 县信访局今年共接待群众来访1200批次，县长王小明对此表示肯定。\n"
    assert events_by_name(extract_page(counted)) == {}  # a year's count, no one received anyone
    planned = "接访安排\n　　本报讯 副县长王小明将于下周到县信访局接待来访群众。\n"
    assert events_by_name(extract_page(planned)) == {}  # a reception to come


# -- a visit paid to units with greetings ------------------------------------------------------


@pytest.mark.parametrize(
    ("told", "name"),
    [
        ("王小明带队走访慰问青禾县人民武装部", "王小明走访慰问青禾县人民武装部"),
        ("王小明率队看望慰问青禾县人民医院", "王小明看望慰问青禾县人民医院"),
        ("王小明慰问了青禾县人民武装部", "王小明慰问青禾县人民武装部"),
        ("王小明走访慰问青禾县消防救援大队和青禾县人民武装部", "王小明走访慰问青禾县消防救援大队"),
    ],
)
def test_a_leaders_visit_of_greeting_to_a_unit_is_an_event_with_those_who_join_in(
    told: str, name: str
) -> None:
    text = f"节前慰问\n　　本报讯 7月30日，县委书记{told}。县长李华参加慰问。\n"
    ex = extract_page(text)
    assert events_by_name(ex) == {name: {"王小明", "李华"}}
    assert ex.events[0].date == "2025-07-30"


def test_greeting_counter_examples() -> None:
    gift = "节前慰问\n　　本报讯 某某集团捐赠物资慰问青禾县人民医院，县长王小明表示感谢。\n"
    assert events_by_name(extract_page(gift)) == {}  # a company's gift, no one's visit
    said = "会议\n　　本报讯 县委书记王小明说，要做好慰问青禾县人民医院医护人员的准备。\n"
    assert events_by_name(extract_page(said)) == {}  # a visit to prepare, none paid


# -- a fair and those who tour it --------------------------------------------------------------


@pytest.mark.parametrize(
    ("held", "name"),
    [
        ("2025“才聚青禾”青禾县春季人才招聘会在县会展中心举行", "2025“才聚青禾”青禾县春季人才招聘会"),
        ("青禾县举办第三届农副产品展销会", "青禾县第三届农副产品展销会"),
        ("青禾县农业机械交易会在县会展中心开幕", "青禾县农业机械交易会"),
        ("青禾学院举行高校毕业生双选会", "青禾学院高校毕业生双选会"),
    ],
)
def test_a_fair_is_an_event_with_the_leader_who_tours_its_halls(held: str, name: str) -> None:
    text = f"青禾见闻\n　　本报讯 4月19日，{held}。县委常委王小明到现场巡馆。县人社局局长李华陪同。\n"
    ex = extract_page(text)
    (got,) = events_by_name(ex).items()
    assert got[1] == {"王小明", "李华"}
    assert got[0].endswith(name[-6:])


@pytest.mark.parametrize(
    "act", ["县委常委王小明巡展", "县委常委王小明巡视展区", "某某集团董事长王小明亲自坐镇展位"]
)
def test_those_who_tour_a_fair_or_keep_its_stands_are_there(act: str) -> None:
    text = f"青禾见闻\n　　本报讯 4月19日，青禾县春季人才招聘会在县会展中心举行。{act}，与求职者交流。\n"
    assert events_by_name(extract_page(text)) == {"青禾县春季人才招聘会": {"王小明"}}


def test_fair_counter_examples() -> None:
    planned = "招聘预告\n　　本报讯 青禾县春季人才招聘会将于5月10日在县会展中心举行。县人社局局长王小明介绍了筹备情况。\n"
    assert events_by_name(extract_page(planned)) == {}  # a fair to come
    fee = "招聘会\n　　本报讯 4月19日，县人社局局长王小明表示，参展企业的展位费全部减免。\n"
    assert events_by_name(extract_page(fee)) == {}  # a stand's fee names no fair held


# -- those who sit in at a hearing -------------------------------------------------------------


@pytest.mark.parametrize("sat", ["应邀到庭旁听", "现场旁听", "列席旁听"])
def test_those_who_sit_in_at_a_hearing_are_there(sat: str) -> None:
    text = (
        "公开审理\n　　本报讯 6月11日，青禾县人民法院公开开庭审理被告人张某某盗窃一案。"
        f"县法院院长王小明担任审判长。县人大代表李华、县政协委员刘芳等10人{sat}。\n"
    )
    (people,) = events_by_name(extract_page(text)).values()
    assert {"王小明", "李华", "刘芳"} <= people


def test_a_seat_or_a_pass_for_the_public_places_no_one() -> None:
    text = (
        "公开审理\n　　本报讯 6月11日，青禾县人民法院公开开庭审理被告人张某某盗窃一案。"
        "县法院院长王小明担任审判长。县人大代表李华介绍，旁听席共设60个座位。\n"
    )
    (people,) = events_by_name(extract_page(text)).values()
    assert "李华" not in people
