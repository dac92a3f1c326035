"""Round 22S events: the session that adopted a list or a law, on a line under its title, and the
one who invites others to an event, who is not told to attend it. Invented articles only."""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_support import events_by_name, extract

from kg.extract.invitations import inviters

DAY = dt.date(2031, 4, 2)


@pytest.mark.parametrize(
    ("line", "name", "date"),
    [
        (
            "（2031年3月28日青禾县第五届人民代表大会常务委员会第九次会议通过）",
            "青禾县第五届人民代表大会常务委员会第九次会议",
            "2031-03-28",
        ),
        (
            "（2031年3月28日绿川市第三届人民代表大会第二次会议批准）",
            "绿川市第三届人民代表大会第二次会议",
            "2031-03-28",
        ),
        (
            "2031年3月27日青禾县人民政府第十一次常务会议审议通过",
            "青禾县人民政府第十一次常务会议",
            "2031-03-27",
        ),
        ("（2031年3月26日绿川市人大常委会第七次会议修订）", "绿川市人大常委会第七次会议", "2031-03-26"),
    ],
)
def test_the_session_under_a_title_is_an_event_of_its_day(line: str, name: str, date: str) -> None:
    ex = extract(f"{line}\n　　一、任命王小明为青禾县教育局局长。", headline="青禾县任免名单", day=DAY)
    assert {ev.name: ev.date for ev in ex.events} == {name: date}


@pytest.mark.parametrize(
    "line",
    [
        "（根据2031年3月28日青禾县第五届人民代表大会常务委员会第九次会议通过的决定修正）",  # cited
        "青禾县第五届人民代表大会常务委员会第九次会议通过的条例自公布之日起施行。",  # a sentence
        "（2031年3月28日青禾县某某协会第二次理事会通过）",  # no numbered 会议
    ],
)
def test_no_session_event_from_a_cited_session_or_a_sentence(line: str) -> None:
    ex = extract(f"{line}\n　　一、任命王小明为青禾县教育局局长。", headline="青禾县任免名单", day=DAY)
    assert [ev.name for ev in ex.events] == []


def test_the_session_told_again_in_the_body_is_one_event() -> None:
    text = (
        "（2031年3月28日青禾县第五届人民代表大会常务委员会第九次会议通过）\n"
        "　　3月28日，县五届人大常委会第九次会议在县人大会议中心闭幕，李华主持会议。"
    )
    ex = extract(text, headline="青禾县任免名单", day=DAY)
    assert [ev.name for ev in ex.events] == ["县五届人大常委会第九次会议"]


@pytest.mark.parametrize(
    ("text", "event", "hosts"),
    [
        ("王小明专门邀请参赛的选手代表，参加青禾县迎春招待会。", "青禾县迎春招待会", {"王小明"}),
        ("王小明特意请老战士们出席绿川市新春联欢会。", "绿川市新春联欢会", {"王小明"}),
        ("李华安排新任干部列席青禾县委常委会会议。", "青禾县委常委会会议", {"李华"}),
        ("李华选派十名青年教师参加全县教学观摩会。", "全县教学观摩会", {"李华"}),
        ("王小明组织村干部观摩绿川镇防汛演练。", "绿川镇防汛演练", {"王小明"}),
    ],
)
def test_who_invites_others_to_an_event(text: str, event: str, hosts: set[str]) -> None:
    ex = extract(text, day=DAY)
    here = [m for m in ex.mentions if m.label == "Person"]
    start = text.index(event)
    assert {m.text for m in here if m.ref in inviters(text, here, start, (0, len(text)))} == hosts


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("王小明邀请老战士们一同出席绿川市新春联欢会。", "绿川市新春联欢会"),  # goes along
        ("王小明带领村干部参加绿川镇防汛演练。", "绿川镇防汛演练"),  # leads them there
        ("王小明应邀参加青禾县迎春招待会。", "青禾县迎春招待会"),  # the invited one
        ("王小明、李华参加青禾县迎春招待会。", "青禾县迎春招待会"),  # attends
        ("王小明请示上级后参加全县教学观摩会。", "全县教学观摩会"),  # asks leave, no invitation
    ],
)
def test_no_inviter_where_the_subject_goes(text: str, event: str) -> None:
    ex = extract(text, day=DAY)
    here = [m for m in ex.mentions if m.label == "Person"]
    assert inviters(text, here, text.index(event), (0, len(text))) == set()


def test_the_inviter_meets_them_and_speaks_at_the_meeting_not_the_reception() -> None:
    text = (
        "　　新华社青禾4月1日电  王小明专门邀请获奖的选手代表，参加青禾县迎春招待会，此前亲切会见选手代表。\n"
        "　　王小明表示，希望大家再接再厉。"
    )
    ex = extract(text, headline="王小明会见选手代表", day=DAY)
    found = events_by_name(ex)
    assert found["青禾县迎春招待会"] == set()
    assert any("王小明" in people for name, people in found.items() if "会见" in name)
