"""Posts and persons in national political news (a 会见, a 座谈会, a provincial inspection): a
bare 国务委员 is the State Council's, 兼 before a national organ joins two posts, a post held
before does not end the chain before it, a rare surname the tagger reads as a verb is a name
after a title, and ``X方`` of talks with a country is a side, not a person. The whole pipeline on
invented sentences (names 王小明, 李华, 储立军; the real countries of ``kg/lexicons/countries.txt``)."""

from __future__ import annotations

import pytest
from extraction_support import extract, holdings

from kg.extract.sides import is_side

Held = tuple[str, str, str]


def held(text: str) -> set[Held]:
    """(person, organisation, role) of every holding."""
    return {(h.person, h.org.name, h.role) for h in holdings(extract(text))}


def persons(text: str) -> set[str]:
    return {p.name for p in extract(text).persons}


# ------------------------------------------------------------------ 国务委员: the State Council's


def test_bare_state_councillor_is_of_the_state_council() -> None:
    assert held("国务委员王小明出席会议。") == {("王小明", "国务院", "国务委员")}


def test_state_councillor_of_the_state_council_written_out() -> None:
    assert held("国务院国务委员王小明出席会议。") == {("王小明", "国务院", "国务委员")}


def test_state_councillor_council_is_no_title() -> None:
    assert ("王小明", "国务院", "国务委员") not in held("青禾县国务委员会主任王小明出席会议。")


# ------------------------------------------------------------------ 兼 before a national organ


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "国务委员兼国务院秘书长王小明参加座谈会。",
            {("王小明", "国务院", "国务委员"), ("王小明", "国务院", "秘书长")},
        ),
        (
            "国务委员兼外交部部长李华参加会见。",
            {("李华", "国务院", "国务委员"), ("李华", "外交部", "部长")},
        ),
        (
            "外交部部长兼国务委员李华参加会见。",
            {("李华", "外交部", "部长"), ("李华", "国务院", "国务委员")},
        ),
    ],
)
def test_concurrent_national_posts_are_two(text: str, expected: set[Held]) -> None:
    assert held(text) == expected


def test_verb_before_a_national_organ_still_opens_the_clause() -> None:
    """报请 is a verb, not 兼: the chain is the head of state's title alone."""
    assert held("会议决定，报请国家主席王小明签署。") == {("王小明", "国家", "主席")}


# ------------------------------------------------------------------ a post held before, in the middle


@pytest.mark.parametrize(
    "text",
    [
        "全国政协委员、国家卫生健康委原副主任王小明在会上发言。",
        "全国政协委员、原国家卫生健康委副主任王小明在会上发言。",
    ],
)
def test_post_held_before_keeps_the_current_post_before_it(text: str) -> None:
    assert held(text) == {("王小明", "全国政协", "委员")}


def test_former_post_without_an_organisation_of_its_own_may_cover_the_chain() -> None:
    """某集团董事长、原党委书记: 原 may cover both titles of the one organisation; no post."""
    assert held("青禾集团董事长、原党委书记王小明出席。") == set()


def test_post_held_before_keeps_the_local_member_before_it() -> None:
    assert held("青禾县政协委员、县教育局原局长李华发言。") == {("李华", "青禾县政协", "委员")}


def test_former_mark_first_still_covers_the_titles_after_it() -> None:
    """原市委常委、副市长: both held before; neither is a post now."""
    assert held("原市委常委、副市长王小明参加活动。") == set()


# ------------------------------------------------------------------ a rare surname read as a verb


def test_rare_surname_after_a_title_is_a_name() -> None:
    text = "市委书记储立军、市长王小明参加调研。"
    assert {"储立军", "王小明"} <= persons(text)
    assert ("储立军", "市委", "书记") in held(text)


def test_verb_after_a_title_is_no_name() -> None:
    assert persons("县委书记王小明强调指出，要加快发展。") == {"王小明"}


# ------------------------------------------------------------------ X方: a side of talks


@pytest.mark.parametrize(
    "text",
    [
        "王小明指出，中马两国传统友谊深厚。李华表示，马方高度重视对华关系。",
        "马尔代夫总统李华表示，马方愿同中方合作。",
        "中韩关系稳步发展，韩方表示支持。",
    ],
)
def test_side_of_talks_is_no_person(text: str) -> None:
    assert not {n for n in persons(text) if n.endswith("方")}


@pytest.mark.parametrize(
    "text",
    ["县委书记王小明，副县长马方出席会议。", "青禾县副县长马方主持会议。"],
)
def test_a_person_named_x_fang_stays(text: str) -> None:
    assert "马方" in persons(text)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("中马两国签署协议，马方表示感谢。", "马方", True),
        ("马来西亚总理表示，马方欢迎投资。", "马方", True),
        ("马韩两国", "韩方", False),
        ("副县长马方主持会议。", "马方", False),
        ("中马两国", "马方明", False),
        ("中马两国", "马军", False),
    ],
)
def test_is_side(text: str, name: str, expected: bool) -> None:
    assert is_side(text, name) is expected
