"""Posts stated around a name (kg.extract.stated_posts), a time marker between an organisation
and its title, words before a tagged organisation, and 的 between an organisation and its title.

Whole pipeline on short invented sentences: invented names, invented companies and schools.
"""

from __future__ import annotations

import pytest
from extraction_support import extract, holdings


def held(text: str) -> set[tuple[str, str, str]]:
    """(person, role, organisation name) of every holding."""
    return {(h.person, h.role, h.org.name) for h in holdings(extract(text))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("李华任青禾建设投资有限公司董事长。", ("李华", "董事长", "青禾建设投资有限公司")),
        ("由李华担任青禾集团董事长。", ("李华", "董事长", "青禾集团")),
        ("李华出任青禾集团董事长。", ("李华", "董事长", "青禾集团")),
        ("李华同志升任青禾银行董事长。", ("李华", "董事长", "青禾银行")),
        ("自李华担任青禾集团董事长以来，公司发展迅速。", ("李华", "董事长", "青禾集团")),
        ("李华现任青禾集团董事长兼总经理。", ("李华", "总经理", "青禾集团")),  # and 董事长: two posts
    ],
)
def test_a_verb_of_holding_after_the_name_states_the_post(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in held(text)


@pytest.mark.parametrize(
    "text",
    [
        "李华任务繁重，青禾集团董事长也来了。",  # 任务 is no verb of holding
        "李华曾任青禾集团董事长。",  # a past post
        "李华拟任青禾大学校长。",  # a proposal
        "李华担任过很多工作。",  # no title chain after the verb
    ],
)
def test_no_post_without_a_whole_chain_after_a_verb_of_holding(text: str) -> None:
    assert not any(person == "李华" for person, _, _ in held(text))


def test_a_biography_clause_with_xianren_is_the_post_of_the_name_it_opens_with() -> None:
    text = "李华，男，1960年生，现任青禾银行董事长。"
    assert ("李华", "董事长", "青禾银行") in held(text)
    # another name between the opening name and 现任 takes the clause away from it
    assert not any(p == "李华" for p, _, _ in held("李华说，赵明光，现任青禾银行董事长。"))


def test_an_apposition_after_an_opening_name_is_its_post() -> None:
    assert ("李华", "校长", "青禾中学") in held("李华，青禾中学校长，高级教师。")
    assert ("李华", "董事长", "青禾科技有限公司") in held("李华：青禾科技有限公司董事长")
    # a title with no organisation of its own is no apposition; nor is a clause that is no chain
    assert not held("李华，高级教师，爱好书法。")
    assert not any(p == "李华" for p, _, _ in held("李华，青禾中学的老朋友。"))


def test_a_title_chain_before_wei_and_the_name() -> None:
    assert ("李华", "董事长", "青禾集团") in held("青禾集团董事长为李华。")
    assert not held("会议认为李华表现突出。")


def test_now_between_organisation_and_title_is_no_part_of_either() -> None:
    assert {o for p, _, o in held("青禾公司现任总经理李华说。") if p == "李华"} == {"青禾公司"}


@pytest.mark.parametrize(
    "text",
    [
        "青禾学校原校长李华同志出席。",
        "青禾集团前任董事长李华出席。",
        "青禾集团时任总经理李华参加了签约。",
        "本报青禾3月2日电 青禾县文化和旅游局原局长李华同志出席座谈会。",
    ],
)
def test_a_post_held_before_is_no_post(text: str) -> None:
    assert not [h for h in held(text) if h[0] == "李华"]


def test_a_place_name_ending_in_yuan_keeps_its_yuan() -> None:
    # 太原 ends in 原 but 原 is no word of its own there
    assert ("李华", "市长", "太原市人民政府") in held("太原市长李华出席。")


def test_words_before_a_tagged_organisation_are_no_part_of_it() -> None:
    assert ("李华", "董事长", "青禾药业") in held("此外青禾药业董事长李华也是教授。")


def test_de_between_a_found_organisation_and_the_title() -> None:
    assert ("李华", "董事长", "青禾集团") in held("青禾集团的董事长李华说。")
    # 的 after a word that is no organisation leaves the title without one
    assert not held("我们的校长李华说。")


@pytest.mark.parametrize(
    "text",
    [
        "会议补选青禾县委书记王小明为青禾市人大常委会委员。",
        "大会选举青禾县委书记王小明为青禾市人大常委会委员。",
        "会议任命青禾县委书记王小明为青禾市人大常委会委员。",
    ],
)
def test_an_electing_verb_before_the_chain_states_the_new_post_after_wei(text: str) -> None:
    # the chain is the post held so far; 为 and the clause after it, the new one
    found = held(text)
    assert ("王小明", "委员", "青禾市人大常委会") in found
    assert ("王小明", "书记", "青禾县委") in found


def test_wei_after_a_chain_with_no_electing_verb_states_no_post() -> None:
    # 为 here is "for": no post after it
    assert held("青禾县委书记王小明为群众办实事。") == {("王小明", "书记", "青禾县委")}
    assert held("会议听取了青禾县委书记王小明为全县作的报告。") == {("王小明", "书记", "青禾县委")}


def test_a_clause_going_on_with_jianren_states_another_post() -> None:
    text = (
        "青禾集团有限公司召开会议。会议宣布：王小明任青禾集团有限公司副总经理，兼任青禾路桥有限公司董事长。"
    )
    posts = held(text)
    assert {("王小明", "副总经理", "青禾集团有限公司"), ("王小明", "董事长", "青禾路桥有限公司")} <= posts
    assert not any(
        p == "王小明" and r == "董事长" for p, r, _ in held("王小明任青禾集团有限公司副总经理，兼任务繁重。")
    )
