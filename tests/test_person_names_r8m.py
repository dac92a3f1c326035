"""Spans read as names that the grammar says are none (kg.extract.not_names): examples and
counter-examples, as functions and through the whole pipeline. Invented names and sentences."""

from __future__ import annotations

import pytest
from extraction_support import extract

from kg.extract.not_names import country_pair, kin_form, not_a_name, saying_tail


def person_names(text: str) -> set[str]:
    return {p.name for p in extract(text).persons}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("王妻", True),  # a surname and a kinship term
        ("李叔", True),
        ("张总", True),  # a surname and a form of address
        ("陈导", True),
        ("周公", True),
        # counter-examples: given names, a kinship word that ends given names too, no surname
        ("王明", False),
        ("林弟", False),
        ("王小妹", False),
        ("夫妻", False),
        ("王总理", False),  # three characters: a surname and a title, cut elsewhere
    ],
)
def test_kin_form(name: str, expected: bool) -> None:
    assert kin_form(name) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("韩朝两国领导人", True),
        ("美俄关系缓和", True),
        ("巴印间的边界问题", True),
        ("中日双方同意", True),
        # counter-examples: one country, a name before another word, a pair with no word of relations
        ("韩美说，今年要办十件事", False),
        ("美美两国", False),
        ("韩朝已经开始", False),
        ("王明两国之行", False),
    ],
)
def test_country_pair(text: str, expected: bool) -> None:
    assert country_pair(text, 0) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("时表示", True),
        ("后指出", True),
        ("中强调", True),
        # counter-examples: a name, a two-character name, a longer span
        ("王小明", False),
        ("表示", False),
        ("王明表示", False),
    ],
)
def test_saying_tail(name: str, expected: bool) -> None:
    assert saying_tail(name) is expected


def test_not_a_name_combines_the_forms() -> None:
    text = "李叔和韩朝两国的代表时表示"
    assert not_a_name(text, 0, 2)  # 李叔
    assert not_a_name(text, 3, 5)  # 韩朝 before 两国
    assert not_a_name(text, 10, 13)  # 时表示
    assert not not_a_name(text, 0, 1)  # one character: none of the forms


def test_kinship_forms_are_no_persons() -> None:
    names = person_names("青禾县某某集团副总经理王小明说，出门时大家都让李叔先走，王妻当晚也赶到了现场。")
    assert "王小明" in names
    assert "李叔" not in names
    assert "王妻" not in names


def test_form_of_address_after_a_title_is_no_person() -> None:
    names = person_names("王小明是某某集团董事长，陪同参观的有该集团副总经理李总，")
    assert "王小明" in names
    assert "李总" not in names


def test_a_given_name_that_ends_in_a_kinship_word_stays() -> None:
    names = person_names("青禾县某某村党支部书记林小弟说，今年村里的收成不错。")
    assert "林小弟" in names


def test_pair_of_countries_is_no_person() -> None:
    ex = extract("外长会谈后，韩朝两国发表联合声明，约定扩大人员往来。")
    assert not ex.persons


def test_verb_of_saying_after_a_title_is_no_name() -> None:
    ex = extract("青禾县县长王小明在会见记者时表示，全县要把水渠修好。")
    names = {p.name for p in ex.persons}
    assert names == {"王小明"}
    assert "时表示" not in {m.text for m in ex.mentions if m.label == "Person"}


def test_kinship_form_is_an_unlinked_mention() -> None:
    ex = extract("青禾县某某村里，大家出门都让李叔先走。")
    assert "李叔" not in {p.name for p in ex.persons}
    forms = [m for m in ex.mentions if m.label == "Person" and m.text == "李叔"]
    assert forms and all(m.ref is None for m in forms)


def test_single_characters_joined_by_a_dot_are_no_name() -> None:
    from kg.extract.not_names import single_dotted

    assert single_dotted("文·图") and single_dotted("图·文")
    assert not single_dotted("阿卜杜拉·艾山") and not single_dotted("王小明")
    ex = extract("青禾县召开会议\n文·图/王小明\n6月3日，青禾县召开会议，县长李华出席。\n")
    assert sorted(p.name for p in ex.persons) == ["李华", "王小明"]
