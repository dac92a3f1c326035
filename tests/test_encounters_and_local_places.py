"""Encounters (某甲会见某乙, 某甲同某乙会谈), meeting words for receptions and banquets, short
forms read by the words around them, and townships and villages named after a verb of visiting.

Sentences and names are invented; the divisions are real (general knowledge): 太原市 140100 >
尖草坪区 140108; 新疆维吾尔自治区 650000 > 喀什地区 653100 > 巴楚县 653130; 江苏省 320000 > 苏州市
320500; 吉林省 220000 > 吉林市 220200; 山西省 140000 > 朔州市 140600 > 右玉县 140623; 大同市 140200
> 云冈区 140214.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract import default_stages
from kg.extract.encounters import find_encounters
from kg.model import Article, Extraction
from kg.pipeline import run


def extract(text: str) -> Extraction:
    return run(Article("t", "test", 0, text, date=dt.date(2022, 6, 9)), default_stages())


def events(text: str) -> list[tuple[str, list[str]]]:
    ex = extract(text)
    persons = {p.key: p.name for p in ex.persons}
    return [(e.name, [persons[k] for k in e.attendees]) for e in ex.events]


def places(text: str) -> dict[str, str | None]:
    """Mentioned places: name -> parent's name."""
    ex = extract(text)
    by_key = {p.key: p for p in ex.places}
    refs = {m.ref for m in ex.mentions if m.label == "Place" and m.ref}
    return {
        p.name: (by_key[p.parent].name if p.parent in by_key else None) for p in ex.places if p.key in refs
    }


# ------------------------------------------------------------------ 会见 and its object


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("市长王小明今天在市政府会见了来访的青禾集团董事长李华。", "王小明会见来访的青禾集团董事长李华"),
        # the object ends at 时 that closes a time clause, and at 并 that joins the next verb
        ("市长王小明在会见青禾集团代表团时表示，欢迎投资。", "王小明会见青禾集团代表团"),
        ("市长王小明会见了全体代表并讲话。", "王小明会见全体代表"),
        # quotation marks inside the object stay in the name
        ("市长王小明会见了“青禾杯”比赛获奖者代表。", "王小明会见“青禾杯”比赛获奖者代表"),
        ("省长王小明接见了青禾县劳动模范代表。", "王小明接见青禾县劳动模范代表"),
        ("外长王小明会晤了某国外长李华。", "王小明会晤某国外长李华"),
    ],
)
def test_meeting_named_by_who_met_whom(text: str, name: str) -> None:
    assert [n for n, _ in events(text)] == [name]


def test_the_guest_named_in_the_object_is_an_attendee() -> None:
    assert events("市长王小明今天会见了青禾集团董事长李华。") == [
        ("王小明会见青禾集团董事长李华", ["王小明", "李华"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "副市长王小明也参加了当天的会见和会晤。",  # 会见 as a noun after 的
        "秘书长王小明会见时在座。",  # 会见时: a time clause with no object
        "秘书长王小明参加了今天的会见。",
    ],
)
def test_meeting_as_a_noun_is_no_encounter(text: str) -> None:
    assert find_encounters(extract(text)) == []


@pytest.mark.parametrize(
    ("text", "name", "people"),
    [
        ("市长王小明与某国代表团举行了工作会谈。", "王小明与某国代表团工作会谈", ["王小明"]),
        ("市长王小明同省长李华进行电话会谈。", "王小明同省长李华电话会谈", ["王小明", "李华"]),
        ("市长王小明28日下午与省长李华会见后，宣布了决定。", "王小明与省长李华会见", ["王小明", "李华"]),
        (
            "市长王小明与省长李华就合作问题，特别是交通问题举行了会谈。",
            "王小明与省长李华会谈",
            ["王小明", "李华"],
        ),
    ],
)
def test_talks_between_two_sides(text: str, name: str, people: list[str]) -> None:
    assert events(text) == [(name, people)]


def test_talks_need_someone_on_the_other_side() -> None:
    # 与会议精神: no person or delegation on the other side; 王小明 is not next to 与
    assert find_encounters(extract("市长王小明表示，要把工作与会谈成果结合起来。")) == []


# ------------------------------------------------------------------ receptions and banquets


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("市长王小明出席了今天的晚宴。", "晚宴"),  # 今天的 points at the banquet, no part of its name
        ("市长王小明出席庆祝青禾县成立60周年招待会。", "庆祝青禾县成立60周年招待会"),
        ("市长王小明、副市长李华出席了青禾杯颁奖会。", "青禾杯颁奖会"),
    ],
)
def test_receptions_and_banquets_are_meetings(text: str, name: str) -> None:
    assert [n for n, _ in events(text)] == [name]


def test_opening_ceremony_is_no_holding_verb() -> None:
    # 开幕式 is a part of the meeting: no event named 某某主席李华出席了会议 from 会议开幕式
    names = [n for n, _ in events("副市长王小明，青禾县县长李华出席了会议开幕式。")]
    assert all("出席" not in n for n in names)


# ------------------------------------------------------------------ short forms by their neighbours


def test_short_county_right_after_its_region_is_a_chain() -> None:
    assert places("大家为浙江义乌的商户点赞。")["义乌市"] == "金华市"
    assert places("原浙江省温州青禾电子有限公司副总经理王小明")["温州市"] == "浙江省"
    # counter-example: a county's short form alone, with neither its region nor its city named
    assert "义乌市" not in places("大家为义乌的商户点赞。")


def test_unit_below_a_city_names_the_city_not_the_province() -> None:
    found = places("吉林公安处民警王小明在车站执勤，吉林站客流平稳。")
    assert found.get("吉林市") == "吉林省"  # both mentions read as the city: one sense per article
    assert "吉林省" not in found
    # counter-example: with no unit below a city, 吉林 is the province
    assert "吉林省" in places("吉林代表团王小明发言。")


def test_spirit_named_after_a_place_names_the_place() -> None:
    assert places("山西省要弘扬“偏关精神”，做好保护。")["偏关县"] == "忻州市"
    assert "偏关县" not in places("山西省要弘扬“偏关”品牌，做好保护。")


def test_landmark_named_after_a_district_is_no_district() -> None:
    assert "麦积区" not in places("天水市要保护好麦积山石窟的壁画。")
    assert "天水市" in places("天水市要保护好麦积山石窟的壁画。")


# ------------------------------------------------------------------ villages after a verb of visiting


def test_village_after_a_verb_of_visiting_lies_in_the_county_visited() -> None:
    found = places("6月8日，市委书记王小明到尖草坪区调研。王小明走进黑石村，看望群众。")
    assert found["黑石村"] == "尖草坪区"


def test_township_and_village_after_a_verb_of_visiting_nest_in_the_home_city() -> None:
    found = places("太原市委书记王小明来到青禾镇红星村，看望群众。太原市委召开会议。")
    assert (found["青禾镇"], found["红星村"]) == ("太原市", "青禾镇")


def test_village_without_a_verb_of_visiting_or_a_home_city_is_not_placed() -> None:
    assert "红星村" not in places("太原市委书记王小明说，红星村发展很快。")  # no verb of visiting
    assert "红星村" not in places("王小明走进红星村，看望群众。")  # no home city: the parent is unknown
