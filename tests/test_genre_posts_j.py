"""Posts in kinds of articles tried late: a congress's list of appointments, the clauses after
选举… at a party congress, police ranks, a press office's spokesperson.

Whole pipeline on short invented sentences: invented names, invented cities and counties.
"""

from __future__ import annotations

import pytest
from extraction_support import extract, holdings

from kg.extract.appointments import appointments


def held(text: str) -> set[tuple[str, str, str]]:
    """(person, role, organisation name) of every holding."""
    return {(h.person, h.role, h.org.name) for h in holdings(extract(text))}


LIST = (
    "青禾市人大常委会任免名单\n"
    "决定任命：\n"
    "王小明为青禾市教育局局长；\n"
    "李华、赵晓东为青禾市财政局副局长。\n"
    "免去：\n"
    "孙立新的青禾市教育局局长职务。\n"
    "批准任命：\n"
    "钱文涛为青禾县人民检察院检察长。\n"
)


def test_a_list_heading_gives_its_verb_to_every_line_under_it() -> None:
    found = [(a.verb, a.names, a.marker) for a in appointments(LIST)]
    assert found == [
        ("任命", "王小明", "为"),
        ("任命", "李华、赵晓东", "为"),
        ("免去", "孙立新", "的"),
        ("任命", "钱文涛", "为"),
    ]


def test_the_lines_of_a_list_of_appointments_state_posts() -> None:
    posts = held(LIST)
    assert ("王小明", "局长", "青禾市教育局") in posts
    assert ("李华", "副局长", "青禾市财政局") in posts
    assert ("赵晓东", "副局长", "青禾市财政局") in posts
    assert ("孙立新", "局长", "青禾市教育局") in posts
    assert ("钱文涛", "检察长", "青禾县人民检察院") in posts


@pytest.mark.parametrize(
    "text",
    [
        "会议决定任命：\n王小明为青禾市教育局局长。",  # the heading is no line of its own
        "任命：\n这一天是青禾市的节日。",  # the line under the heading names nobody
        "任命程序：\n王小明为青禾市教育局局长。",  # no heading of a list
    ],
)
def test_no_list_without_a_heading_and_an_appointment_line(text: str) -> None:
    assert [a for a in appointments(text) if a.start > text.index("\n")] == []


def test_a_list_stops_at_the_first_line_that_is_no_appointment() -> None:
    text = "免去：\n孙立新的青禾市教育局局长职务。\n会议还听取了报告。\n王小明为大家讲了话。"
    assert [a.names for a in appointments(text)] == ["孙立新"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "全会选举王小明、李华、赵晓东为青禾市委常委，王小明为青禾市委书记，李华、赵晓东为青禾市委副书记。",
            {
                ("王小明", "书记", "青禾市委"),
                ("李华", "副书记", "青禾市委"),
                ("赵晓东", "副书记", "青禾市委"),
            },
        ),
        (
            "全会通过了青禾市纪委书记、副书记人选，孙立新为青禾市纪委书记，钱文涛为青禾市纪委副书记。",
            {("孙立新", "书记", "青禾市纪委"), ("钱文涛", "副书记", "青禾市纪委")},
        ),
    ],
)
def test_names_opening_a_clause_before_wei_and_a_title_chain(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= held(text)


@pytest.mark.parametrize(
    "text",
    [
        "大家推举以王小明为组长的工作组。",  # the name opens no clause
        "会上，王小明为青禾市委书记的讲话作了说明。",  # the chain does not run to the clause's end
        "会上，王小明为大家介绍了情况。",  # no title chain after 为
        "会上，王小明为时任青禾市委书记的老同事送行。",  # a past post, and no whole chain
    ],
)
def test_wei_after_a_name_states_no_post_without_a_whole_chain(text: str) -> None:
    assert {p for p in held(text) if p[0] == "王小明"} == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "青禾市政府新闻办副主任、新闻发言人赵晓东主持发布会。",
            ("赵晓东", "新闻发言人", "青禾市政府新闻办"),
        ),
    ],
)
def test_police_ranks_and_spokespersons_are_titles(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in held(text)


def test_a_chain_ending_in_a_police_rank_keeps_its_other_posts() -> None:
    posts = held("据青禾市公安局局长、一级警监王小明介绍，案件已告破。")
    assert ("王小明", "局长", "青禾市公安局") in posts
    assert ("王小明", "一级警监", "青禾市公安局") not in posts  # a rank is no post (kg.extract.academy)
    assert held("青禾市公安局二级警督李华说，线索很快查实。") == set()


@pytest.mark.parametrize("text", ["警监督工作要加强。", "新闻发言人制度不断完善。"])
def test_rank_and_spokesperson_words_name_nobody_alone(text: str) -> None:
    assert held(text) == set()


@pytest.mark.parametrize("verb", ["提起", "说起", "谈起"])
def test_a_verb_of_speaking_of_someone_is_no_part_of_the_chain(verb: str) -> None:
    posts = held(f"在青禾县，{verb}县长王小明，老百姓都竖起大拇指。")
    assert {p for p in posts if p[0] == "王小明" and p[2].startswith(verb)} == set()
    assert {p[1] for p in posts if p[0] == "王小明"} <= {"县长"}


def test_a_word_only_holding_qi_stays_in_the_chain() -> None:
    assert ("王小明", "厂长", "青禾起重机厂") in held("青禾起重机厂厂长王小明说，要办好实事。")
