"""Round 25S: a county's paper that names its county only inside a local unit's name, townships
and villages named again after they were placed."""

from __future__ import annotations

import pytest
from extraction_support import extract, extract_page, holdings

from kg.extract.placed_again import named_again
from kg.extract.places import places_stage
from kg.extract.tagger import tokens_stage
from kg.extract.unit_openers import opens_unit
from kg.extract.visited_places import visited_places_stage
from kg.model import Article, Extraction, Place, Token
from kg.pipeline import run

# -- a county named only at the start of a local unit's name ---------------------------------------


def _posts(text: str) -> set[tuple[str, str, str | None]]:
    return {(h.person, h.role, h.org.jurisdiction) for h in holdings(extract_page(text))}


@pytest.mark.parametrize(
    "unit",
    ["沛县青禾食品有限公司", "沛县青禾农业专业合作社", "沛县青禾机械制造有限公司"],
)
def test_county_opening_a_unit_name_scopes_the_bare_county_organs(unit: str) -> None:
    text = (
        "王小明到东岗镇调研\n"
        "7月2日，县委书记王小明深入东岗镇、西河镇调研。县委副书记、代县长李华一同调研。"
        f"随后，他来到{unit}，察看生产线。全县要抓好落实。"
    )
    ex = extract_page(text)
    county = next(p for p in ex.places if p.name == "沛县")
    posts = {(h.person, h.role, h.org.jurisdiction) for h in holdings(ex)}
    assert ("王小明", "书记", county.key) in posts
    assert ("李华", "代县长", county.key) in posts
    towns = {p.name: p.parent for p in ex.places if p.level == "township"}
    assert towns == {"东岗镇": county.key, "西河镇": county.key}


@pytest.mark.parametrize(
    ("word", "name", "expected"),
    [
        (Token(0, 10, "沛县青禾食品有限公司", "ORG"), "沛县", True),
        (Token(0, 8, "沛县人民医院", "ORG"), "沛县", True),
        (Token(0, 8, "新县城建设公司", "ORG"), "新县", False),  # 县城: a longer word
        (Token(0, 6, "城区管委会", "ORG"), "城区", False),  # a district's generic name
        (Token(0, 3, "沛县委", "ORG"), "沛县", False),  # the name and one character
        (Token(0, 4, "沛县青禾", "PER"), "沛县", False),  # no organisation
        (None, "沛县", False),
    ],
)
def test_opens_unit(word: Token | None, name: str, expected: bool) -> None:
    assert opens_unit(word, name) is expected


def test_two_character_county_inside_a_longer_word_is_no_place() -> None:
    ex: Extraction = run(Article("t", "test", 0, "新县城建设有限公司开工。"), [tokens_stage, places_stage])
    assert "新县" not in {p.name for p in ex.places}


# -- a township or a village named again ----------------------------------------------------------


def test_village_named_again_in_a_title_chain_gives_both_posts() -> None:
    text = "王小明调研\n在沛县东岗镇王家庄村，王小明察看农田，与省人大代表、王家庄村党支部书记周海旺交流。"
    posts = {(h.person, h.role, h.org.name) for h in holdings(extract_page(text))}
    assert ("周海旺", "代表", "江苏省人大") in posts
    assert ("周海旺", "书记", "王家庄村党支部") in posts


def _again(text: str, places: list[Place]) -> list[str]:
    ex: Extraction = run(Article("t", "test", 0, text), [tokens_stage])
    return [m.text for m in named_again(ex, places)]


def test_named_again_finds_a_placed_village_and_not_a_longer_township() -> None:
    village = Place("320322/东岗镇/王家庄村", "王家庄村", "village", None, "320322/东岗镇")
    assert _again("王家庄村党支部组织学习。", [village]) == ["王家庄村"]
    assert _again("王家庄村镇召开会议。", [village]) == []  # 王家庄村镇: another township's name
    assert _again("本村和全村都在变化。", [village]) == []  # never placed: no name


def test_unplaced_village_word_stays_unplaced() -> None:
    stages = [tokens_stage, places_stage, visited_places_stage]
    ex: Extraction = run(Article("t", "test", 0, "沛县推进新农村建设，该村面貌一新。"), stages)
    assert not [p for p in ex.places if p.level == "village"]


def test_extract_helper_runs_without_headline() -> None:
    ex = extract("县委书记王小明来到沛县青禾食品有限公司调研。")
    assert "沛县" in {p.name for p in ex.places}
