"""A guest's tour of sites told beside the encounter it came to (kg.extract.guest_visits)."""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_support import attendees, extract

DAY = dt.date(2025, 5, 21)
MEETING = "5月20日，省长王小明在郑州会见了匈牙利驻华大使贝拉·托特一行。"


def tours(text: str) -> list[tuple[str, str | None, list[str], tuple[str, ...]]]:
    ex = extract(text, day=DAY)
    return [(e.name, e.date, attendees(ex, e), e.sites) for e in ex.events if e.kind == "Inspection"]


def test_a_guests_tour_before_the_meeting_is_an_event_of_that_day() -> None:
    text = (
        MEETING + "会见前，贝拉·托特一行参观了位于郑州航空港区的河南青禾冷链物流有限公司，了解冷链运输情况。"
    )
    assert tours(text) == [
        (
            "贝拉·托特一行参观河南青禾冷链物流有限公司",
            "2025-05-20",
            ["贝拉·托特"],
            ("河南青禾冷链物流有限公司",),
        )
    ]


def test_who_goes_along_attends_the_tour_and_a_delegation_stands_for_the_guest() -> None:
    text = MEETING + "当天下午，贝拉·托特一行在副省长李华陪同下，参观了河南青禾冷链物流有限公司。"
    ((_, _, people, _),) = tours(text)
    assert people == ["贝拉·托特", "李华"]
    text = MEETING + "此前，代表团一行参观了河南青禾冷链物流有限公司。"
    ((name, _, people, _),) = tours(text)
    assert (name, people) == ("代表团一行参观河南青禾冷链物流有限公司", ["贝拉·托特"])


@pytest.mark.parametrize(
    "text",
    [
        MEETING + "会前，与会人员参观了河南青禾冷链物流有限公司。",  # nobody of the encounter
        # no encounter (with 会前， the sentence is a look at sites of its own: kg.extract.site_visits)
        "5月20日，省长王小明出席论坛。李华一行参观了河南青禾冷链物流有限公司。",
        MEETING + "贝拉·托特一行还将参观河南青禾冷链物流有限公司。",  # to come
        MEETING + "会见前，贝拉·托特一行参观了当地的一座博物馆。",  # no organisation named
    ],
)
def test_no_guests_tour_without_its_marks(text: str) -> None:
    assert [t for t in tours(text) if "参观" in t[0]] == []
