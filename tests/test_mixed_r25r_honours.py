"""Round 25R: a subsidiary honoured after a word of belonging (集团所属…), and a unit honoured in the
headline by a short name and in the body in full."""

from __future__ import annotations

import pytest

from kg.extract.headline_units import shortens
from tests.extraction_support import extract_page, honoured_unit_names

_GROUP = "青禾远航物流集团有限公司"


def _names(body: str, headline: str = "青禾表彰先进") -> set[tuple[str, str]]:
    return honoured_unit_names(extract_page(f"{headline}\n　　本报讯　{body}\n"))


# -- 集团所属某某有限公司某某队获得…: the subsidiary's unit, named as written --------------------------


@pytest.mark.parametrize(
    ("sentence", "unit", "award"),
    [
        (
            "去年，集团所属青禾长河港务有限公司装卸二队被授予“青禾省工人先锋号”称号。",
            "青禾长河港务有限公司装卸二队",
            "青禾省工人先锋号",
        ),
        (
            "集团下属青禾长河港务有限公司机修车间荣获青禾省五一劳动奖状。",
            "青禾长河港务有限公司机修车间",
            "青禾省五一劳动奖状",
        ),
        (
            "集团旗下青禾长河港务有限公司调度中心被授予“青年文明号”称号。",
            "青禾长河港务有限公司调度中心",
            "青年文明号",
        ),
        (
            "集团控股的青禾长河港务有限公司第三作业区获评全国工人先锋号。",
            "青禾长河港务有限公司第三作业区",
            "全国工人先锋号",
        ),
    ],
)
def test_a_subsidiarys_unit_after_a_word_of_belonging(sentence: str, unit: str, award: str) -> None:
    got = _names(f"{_GROUP}召开职工大会。{sentence}")
    assert (unit, award) in got
    assert not any(name.startswith(_GROUP) and name.endswith(unit) for name, _a in got)


def test_a_subsidiarys_party_committee_named_whole() -> None:
    got = _names(f"{_GROUP}召开职工大会。集团所属青禾长河港务有限公司党委获评先进基层党组织。")
    assert ("青禾长河港务有限公司党委", "先进基层党组织") in got


def test_a_unit_of_the_company_itself_keeps_the_companys_name() -> None:
    got = _names(f"{_GROUP}召开职工大会。集团下属第三车间获得“全国工人先锋号”称号。")
    assert (f"{_GROUP}第三车间", "全国工人先锋号") in got


@pytest.mark.parametrize(
    "sentence",
    [
        "集团所属单位获得“全国工人先锋号”称号。",  # no unit named
        "集团党委书记王小明获得全国五一劳动奖章。",  # a person, not the party committee
    ],
)
def test_no_subsidiary_unit_where_none_is_named(sentence: str) -> None:
    got = _names(f"{_GROUP}召开职工大会。{sentence}")
    assert not any("长河" in name or name.endswith(("单位", "书记")) for name, _a in got)


# -- 省某某集团荣获… over 某省某某某某集团有限公司荣获…: one recipient ----------------------------------


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("省远航集团", "青禾远航物流集团有限公司"),
        ("市长河公司", "青禾市长河港务有限公司"),
        ("远航物流集团", "青禾远航物流集团有限公司"),
        ("县人民医院", "青禾县第一人民医院"),
    ],
)
def test_short_forms(short: str, full: str) -> None:
    assert shortens(short, full)


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("省交通集团", "青禾远航物流集团有限公司"),  # characters not in the full name
        ("市医院", "青禾市实验学校"),  # another kind of unit
        ("省集团", "青禾远航物流集团有限公司"),  # too short without its level word
        ("物流远航集团", "青禾远航物流集团有限公司"),  # out of order
        ("青禾远航物流集团有限公司", "青禾远航物流集团有限公司"),  # the same name
    ],
)
def test_not_short_forms(short: str, full: str) -> None:
    assert not shortens(short, full)


def test_the_headlines_short_name_is_the_bodys_unit() -> None:
    got = _names(
        f"3月2日，{_GROUP}获评青禾省五一劳动奖状。公司董事长王小明在会上发言。",
        headline="省远航集团获评青禾省五一劳动奖状",
    )
    assert got == {(_GROUP, "青禾省五一劳动奖状")}


def test_a_headline_unit_of_another_name_is_kept() -> None:
    got = _names(
        f"{_GROUP}荣获全国五一劳动奖状。",
        headline="青禾长河港务有限公司荣获全国五一劳动奖状",
    )
    assert {name for name, _a in got} == {_GROUP, "青禾长河港务有限公司"}


def test_a_body_that_honours_two_units_keeps_the_headlines() -> None:
    got = _names(
        f"{_GROUP}、青禾长河港务有限公司荣获全国五一劳动奖状。",
        headline="省远航集团荣获全国五一劳动奖状",
    )
    assert {name for name, _a in got} == {"省远航集团", _GROUP, "青禾长河港务有限公司"}


@pytest.mark.parametrize(
    "lead",
    [
        "本报讯　",
        "本报讯（记者 王小明 通讯员 李华）",
        "本报青禾5月1日电　",
        "本报青禾讯（记者 赵一）",
    ],
)
def test_a_unit_right_after_the_dateline(lead: str) -> None:
    ex = extract_page(f"青禾表彰先进\n　　{lead}{_GROUP}荣获全国五一劳动奖状。\n")
    assert honoured_unit_names(ex) == {(_GROUP, "全国五一劳动奖状")}


def test_a_dateline_alone_names_no_unit() -> None:
    ex = extract_page("青禾表彰先进\n　　本报讯　近日荣获全国五一劳动奖状。\n")
    assert honoured_unit_names(ex) == set()


# -- 授予甲公司全国五一劳动奖状: a unit's token conferred with no 称号 ---------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (f"全国总工会授予{_GROUP}全国五一劳动奖状。", {(_GROUP, "全国五一劳动奖状")}),
        (f"全国总工会授予{_GROUP}“青禾省五一劳动奖状”。", {(_GROUP, "青禾省五一劳动奖状")}),
        (
            f"省总工会授予{_GROUP}、青禾长河港务有限公司青禾省五一劳动奖状。",
            {(_GROUP, "青禾省五一劳动奖状"), ("青禾长河港务有限公司", "青禾省五一劳动奖状")},
        ),
        ("省妇联授予青禾县人民医院护理部青禾省巾帼文明岗。", {("青禾县人民医院护理部", "青禾省巾帼文明岗")}),
    ],
)
def test_a_token_granted_to_units(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert _names(f"5月1日，{sentence}") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "省总工会授予奖状。",  # no unit, no award named
        "全国总工会授予王小明全国五一劳动奖章。",  # a person's medal
        "团省委授予青年突击队员王小明纪念章。",  # no token of a unit
    ],
)
def test_no_token_granted_without_a_unit(sentence: str) -> None:
    assert _names(f"5月1日，{sentence}") == set()
