"""Enterprises named in an enumeration closed by 等 and an enterprise word (kg.extract.enterprise_lists),
and two companies joined by 和 (kg.extract.orgs). Invented company names; the tagger reads them."""

from __future__ import annotations

import pytest

from kg.extract import default_stages
from kg.extract.enterprise_lists import CLOSING
from kg.model import Article, Extraction
from kg.pipeline import run


def extract(text: str) -> Extraction:
    return run(Article("t", "test", 0, text), default_stages())


def companies(text: str) -> list[str]:
    return sorted(o.name for o in extract(text).organizations if o.kind == "Corporation")


def test_items_before_an_enterprise_word_are_companies() -> None:
    assert companies("青禾钢铁、华东电气等企业签约落户。") == ["华东电气", "青禾钢铁"]
    assert companies("青禾钢铁和华东电气等3家公司签约落户。") == ["华东电气", "青禾钢铁"]


@pytest.mark.parametrize(
    "text",
    [
        "钢铁、化工、建材等企业要加快转型。",  # industries: no organisations for the tagger
        "王小明、李华等企业家出席座谈会。",  # entrepreneurs are people
        "青禾钢铁、华东电气等单位参加。",  # units: no word for enterprises
    ],
)
def test_no_enterprises_without_the_grammar(text: str) -> None:
    assert companies(text) == []


def test_closing() -> None:
    assert CLOSING.match("等企业") and CLOSING.match("等3家公司") and CLOSING.match("等龙头企业")
    assert not CLOSING.match("等企业家") and not CLOSING.match("等单位") and not CLOSING.match("企业")


def test_a_place_inside_a_listed_company_is_no_place_of_the_article() -> None:
    ex = extract("比亚迪、宁德时代等企业的代表参加了会议。")
    assert "宁德时代" in {o.name for o in ex.organizations}
    assert not ex.places and ex.home is None
    ex = extract("宁德时代、华为等企业的代表来到宁德市参观。")  # the city named on its own stays
    assert [p.name for p in ex.places if p.level == "prefecture"] == ["宁德市"]


def test_two_companies_joined_by_and_are_two() -> None:
    text = "国家电网公司和中国移动通信集团的负责人来到会场。"
    assert companies(text) == ["中国移动通信集团", "国家电网公司"]
    assert "文化和旅游局" in {
        o.name.removeprefix("太原市") for o in extract("太原市文化和旅游局召开会议。").organizations
    }


@pytest.mark.parametrize("name", ["国有资本投资运营有限公司", "向阳社区党委", "红星食品企业"])
def test_names_with_characters_that_also_open_phrases(name: str) -> None:
    from kg.extract.orgs import parse_org

    parsed = parse_org(name, home=None, places=())
    assert parsed is not None and parsed.organizations[-1].name == name


@pytest.mark.parametrize("name", ["本公司", "该公司", "青禾集团下属企业", "龙头企业", "全市民营企业"])
def test_phrases_are_no_names(name: str) -> None:
    from kg.extract.orgs import parse_org

    parsed = parse_org(name, home=None, places=())
    assert parsed is None or parsed.organizations[-1].name != name
