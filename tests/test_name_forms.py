"""Forms of names the tagger misreads: names in the titles of works (《李华》, 《致王小明》), the
family of a surname (刘家), a surname alone before a title it read apart (汤|局长), a withheld
name (王某), and a name glued to the adverb after it (赵建国也)."""

from __future__ import annotations

import pytest

from kg.extract import default_stages
from kg.extract.address import family
from kg.extract.works import _names
from kg.model import Article, Extraction
from kg.pipeline import run


def extract(text: str) -> Extraction:
    return run(Article(id="a", source="x.txt", index=0, text=text), default_stages())


def persons(text: str) -> list[tuple[str, int, str | None]]:
    """The article's Person mentions: text, start and the person they are linked to."""
    return sorted((m.text, m.start, m.ref) for m in extract(text).mentions if m.label == "Person")


# ------------------------------------------------------------------ titles of works


@pytest.mark.parametrize(
    ("inner", "parts"),
    [
        ("李华", [(0, 2)]),
        ("致王小明", [(1, 4)]),
        ("赵建国诗文集", [(0, 3)]),
        ("王小明传", [(0, 3)]),
        ("李华的故事", [(0, 2)]),
        ("王贵明与李香", [(0, 3), (4, 6)]),
        # counter-examples: a genre word alone is no name's title; 与 twice is no pair
        ("文集", [(0, 2)]),
        ("甲与乙与丙", [(0, 5)]),
    ],
)
def test_the_parts_of_a_title_that_may_be_names(inner, parts):
    assert _names(inner) == parts


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("他写了一本《赵建国》，很受欢迎。", [("赵建国", 6)]),
        ("晚年他写了《致王小明》一文。", [("王小明", 7)]),
        ("新出版的《李明华诗文集》共两卷。", [("李明华", 5)]),
        ("我读过《王贵明与李香》这部长诗。", [("李香", 8), ("王贵明", 4)]),
        # counter-examples: titles that are ordinary words, or not between book marks
        ("他读了《茶馆》和《春天》。", []),
        ("他常读《人民日报》。", []),
    ],
)
def test_names_in_titles_of_works_are_unlinked_person_mentions(text, names):
    found = persons(text)
    assert [(t, s) for t, s, _ in found] == names
    if len(names) == 1:  # the work's subject is no person of the article (a name the tagger
        assert found[0][2] is None  # read in a pair, 李香, stays the person it found)


def test_a_name_in_a_title_makes_no_person_entity():
    assert extract("他写了一本《赵建国》。").persons == ()


# ------------------------------------------------------------------ families and short forms


@pytest.mark.parametrize(
    ("word", "surname"),
    [
        ("刘家", "刘"),
        ("王家门", "王"),
        ("李家里", "李"),
        # counter-examples: a three-character name, no surname, 家 elsewhere
        ("王家明", None),
        ("这家", None),
        ("家王", None),
        ("王", None),
    ],
)
def test_family(word, surname):
    assert family(word) == surname


def test_a_family_is_a_mention_of_the_surname_and_no_person():
    ex = extract("天刚亮，刘家门前停着两辆车。")
    assert [(m.text, m.start, m.ref) for m in ex.mentions if m.label == "Person"] == [("刘", 4, None)]
    assert ex.persons == ()


def test_a_withheld_name_is_a_mention_of_the_surname_linked_to_no_one():
    found = persons("厂长王小明说，职工王某昨天受了伤。")
    assert ("王", 9, None) in found and ("王小明", 2, "a|王小明") in found


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("听完汇报，常副局长提出，要尽快整改。", ("常", 5)),
        ("当汤局长来到现场时，大家都很高兴。", ("汤", 1)),
        # counter-examples: a verb (任市长), a preposition (向局长), a word's last character
        ("会上，任市长的同志讲话。", None),
        ("他向局长汇报了工作。", None),
        ("我国选手表现出色。", None),
        ("他是法学班班长。", None),
        ("连局长都来了。", None),
    ],
)
def test_a_surname_alone_before_a_title_is_a_short_form(text, surname):
    ex = extract(text)
    found = [(m.text, m.start) for m in ex.mentions if m.label == "Person"]
    assert found == ([surname] if surname else [])
    if surname:  # and its title a Role mention
        assert any(m.label == "Role" and m.start == surname[1] + 1 for m in ex.mentions)


# ------------------------------------------------------------------ what the tagger glues to a name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("委员会主席赵建国也警告说，问题很严重。", "赵建国"),
        ("研究院院长王小明都认为，要加强合作。", "王小明"),
        # counter-examples: names that end in no particle stay whole
        ("赵建国说，问题很严重。", "赵建国"),
        ("王小明主持会议。", "王小明"),
    ],
)
def test_an_adverb_after_a_name_is_not_part_of_it(text, name):
    found = [(t, s) for t, s, _ in persons(text)]
    assert found == [(name, text.index(name))]


# ------------------------------------------------------------------ foreign names before a title


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("卡斯梅尔总理周三在记者会上说，谈判有进展。", ("卡斯梅尔", "Person")),
        # counter-examples: a country before a title; a state before a place's office (州长)
        ("巴基斯坦总理周三在记者会上说，谈判有进展。", ("巴基斯坦", "Place")),
        ("他会见了阿拉巴马州长。", ("阿拉巴马州", "Place")),
    ],
)
def test_a_foreign_name_before_a_persons_title_is_a_person(text, label):
    found = [(m.text, m.label) for m in extract(text).mentions if m.label in ("Person", "Place")]
    assert found == [label]
