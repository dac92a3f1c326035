"""More grammar of news text read on articles without gold: names the tagger cut before a title
of an enumeration or an ellipsis, words it took for names (a class, a landmark's short form), a
venue's room named after a province, awards conferred on a titled list or in the passive voice,
and an exchange activity held as an event.

Whole pipeline on short invented sentences: invented names, organisations, venues and awards.
"""

from __future__ import annotations

import pytest
from extraction_support import conferrals

from kg.extract import default_stages
from kg.extract.cut_names import cut_before_mark
from kg.model import Article, Extraction, Token
from kg.pipeline import run


def extract(text: str) -> Extraction:
    return run(Article("t", "test", 0, text), default_stages())


def persons(text: str) -> set[str]:
    return {p.name for p in extract(text).persons}


def honours(text: str) -> set[tuple[str, str]]:
    return {(c.person, c.award) for c in conferrals(extract(text))}


# ---------------------------------------------------------------- names cut one character short


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("授予王建民院士、赵立存院士青禾科学奖。", {"王建民", "赵立存"}),  # 李庆|存|院士
        ("授予赵立存院士、王建民院士青禾科学奖。", {"赵立存", "王建民"}),  # the cut item comes first
        ("名单上还有“山村医生”郑永滚……大家都很感动。", {"郑永滚"}),  # 郑永|滚|……
    ],
)
def test_a_name_cut_before_the_title_of_an_enumeration_or_an_ellipsis_is_whole(
    text: str, expected: set[str]
) -> None:
    assert persons(text) == expected


def test_no_third_character_after_a_verb_of_holding() -> None:
    assert persons("王明任院长、李华任院长。") == {"王明", "李华"}  # 任 joins a name to its title


def _cut(text: str, start: int) -> bool:
    """``cut_before_mark`` on a two-character PER token at ``start`` and the character after it."""
    toks = (
        Token(start, start + 2, text[start : start + 2], "PER"),
        Token(start + 2, start + 3, text[start + 2], "v"),
    )
    return cut_before_mark(text, toks, 0)


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("王建民院士、赵立存院士出席。", 6, True),  # the same title as the item before
        ("赵立存院士、王建民院士出席。", 0, True),  # the same title as the item after
        ("王建民院士、赵立存教授出席。", 6, False),  # no parallel title
        ("赵立存院士出席。", 0, False),  # no enumeration
        ("“山村医生”赵立存……", 6, True),  # a quoted title, then the ellipsis
        ("他说赵立存……", 2, False),  # no title before the name
        ("王建民院士、李庆任院士出席。", 6, False),  # 任: a verb of holding
    ],
)
def test_the_rules_of_a_name_cut_before_a_title_or_an_ellipsis(text: str, start: int, expected: bool) -> None:
    assert _cut(text, start) is expected


# ---------------------------------------------------------------- words that are no names


@pytest.mark.parametrize(
    "text",
    [
        "孩子们上了寒托班，让午托班走进社区。",  # a class the tagger read as a name
        "修复韩原石窟，传承韩原精神。",  # the short form of a grotto before a noun
    ],
)
def test_a_clipped_class_noun_or_a_landmarks_short_form_is_no_person(text: str) -> None:
    assert persons(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("参观林峰纪念馆，学习林峰精神。", "林峰"),  # a memorial names a person: no landmark word
        ("修复韩原石窟，韩原说这里很美。", "韩原"),  # not before a noun: a speaker
        ("保护邓峰洞窟，弘扬邓峰精神。", "邓峰"),  # the tagger reads no one place 邓峰洞窟
        ("王小明班长说。", "王小明"),  # a surname, and 班长 is a title
    ],
)
def test_a_name_near_a_landmark_or_before_a_title_stays_a_person(text: str, name: str) -> None:
    assert name in persons(text)


# ---------------------------------------------------------------- a venue's room is no province


@pytest.mark.parametrize(
    "text",
    [
        "代表们步入江西厅，与大家握手。",
        "签约仪式在青禾国际会议中心四川厅举行。",
    ],
)
def test_a_room_named_after_a_province_is_no_place(text: str) -> None:
    assert extract(text).places == ()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("湖南省教育厅厅长王小明说。", "湖南省"),
        ("湖南厅级干部王小明说。", "湖南省"),  # 厅级: a rank, not a room
        ("王小明在湖南调研。", "湖南省"),
    ],
)
def test_a_province_before_a_department_or_a_rank_stays_a_place(text: str, place: str) -> None:
    assert place in {p.name for p in extract(text).places}


# ---------------------------------------------------------------- awards


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "经国务院批准，授予王建民院士、赵立存院士青禾科学技术奖；授予“某项成果”青禾自然科学奖一等奖。",
            {("王建民", "青禾科学技术奖"), ("赵立存", "青禾科学技术奖")},
        ),
        ("授予王小明青禾科学奖。", {("王小明", "青禾科学奖")}),
        (
            "青禾研究院名誉院长王小明同志被授予“青禾卫士”国家荣誉称号、“改革标兵”“最美劳动者”称号。",
            {("王小明", "青禾卫士"), ("王小明", "改革标兵"), ("王小明", "最美劳动者")},
        ),
        ("张建国同志曾被授予“青禾好人”称号，他说很光荣。", {("张建国", "青禾好人")}),
        ("王小明、李华同志被授予“青禾楷模”称号。", {("王小明", "青禾楷模"), ("李华", "青禾楷模")}),
        ("消防员张建国被追授全国五一劳动奖章。", {("张建国", "全国五一劳动奖章")}),
        ("王小明被授予青禾市优秀教师称号。", {("王小明", "青禾市优秀教师")}),
    ],
)
def test_an_award_conferred_on_a_titled_list_or_in_the_passive(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert honours(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "授予王小明等十名专家青禾合作奖。",  # a count of recipients: the award's start is unclear
        "王小明告诉记者，被授予荣誉称号的人很多。",  # no name right before 被授予
        "授予王小明院士的青禾科学奖很重要。",  # the award does not follow the list
    ],
)
def test_no_conferral_where_the_list_or_the_recipient_is_unclear(text: str) -> None:
    assert honours(text) == set()


# ---------------------------------------------------------------- an exchange activity


def test_a_named_exchange_activity_is_an_event_without_its_occurrence_count() -> None:
    text = (
        "青禾市文明办20日在青禾市举办全市志愿者经验交流活动。这是青禾网举办的第12场全市志愿者经验交流活动。"
    )
    assert [(e.name, e.kind, e.attendees) for e in extract(text).events] == [
        ("全市志愿者经验交流活动", "Meeting", ())
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("王小明说，要多举办交流活动。", []),  # no name: no one event
        ("青禾公司开展交流活动，效果很好。", []),
        ("青禾市20日举办第二届青禾发展论坛。", ["第二届青禾发展论坛"]),  # 届 is part of the name
    ],
)
def test_no_event_from_a_bare_activity_and_an_edition_stays_in_the_name(
    text: str, expected: list[str]
) -> None:
    assert [e.name for e in extract(text).events] == expected
