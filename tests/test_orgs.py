"""Organisations: the suffix lexicon, reading written names, and the stage.

Every name here is invented; only the divisions are real (the gazetteer is general knowledge).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from e2e_support import gold_cases

from kg.extract.org_suffixes import suffixes
from kg.extract.orgs import org_key, orgs_stage, parse_org
from kg.extract.places import places_stage
from kg.extract.tagger import tokens_stage
from kg.model import Article, Extraction, Place
from kg.pipeline import run

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

TAIYUAN = (
    Place("100000", "中国", "country"),
    Place("140000", "山西省", "province", "140000", "100000", ("山西",)),
    Place("140100", "太原市", "prefecture", "140100", "140000", ("太原",)),
    Place("140108", "尖草坪区", "county", "140108", "140100"),
)


def parse(text: str, home: str | None = "140100"):
    return parse_org(text, home=home, places=TAIYUAN)


def extract(text: str) -> Extraction:
    return run(Article("t", "test", 0, text), [tokens_stage, places_stage, orgs_stage])


# ------------------------------------------------------------------ the lexicon


@pytest.mark.parametrize("row", suffixes(), ids=lambda r: r.suffix)
def test_suffix_lexicon_examples(row) -> None:
    for example in row.examples:
        parsed = parse_org(example, home=None, places=())
        assert parsed is not None, example
        leaf = parsed.organizations[-1]
        assert leaf.name.endswith(row.suffix) and leaf.kind == row.kind, (example, leaf)
    for counter in row.counter_examples:
        parsed = parse_org(counter, home=None, places=())
        assert parsed is None or parsed.organizations[-1].name != counter, (counter, parsed)


def test_lexicon_kinds_are_ontology_classes() -> None:
    kinds = {"Corporation", "GovernmentOrganization", "PartyOrganization", "Organization", "-"}
    assert {row.kind for row in suffixes()} <= kinds
    assert all(row.use in {"name", "unit", "organ", "whole", "venue", "none"} for row in suffixes())


# ------------------------------------------------------------------ parse_org


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("太原市尖草坪区青禾文化局", [("太原市尖草坪区青禾文化局", "GovernmentOrganization", "140108")]),
        ("太原市委", [("太原市委", "PartyOrganization", "140100")]),
        ("市委", [("太原市委", "PartyOrganization", "140100")]),
        ("市政府", [("太原市人民政府", "GovernmentOrganization", "140100")]),
        ("省委", [("山西省委", "PartyOrganization", "140000")]),
        ("中共太原市委员会", [("太原市委", "PartyOrganization", "140100")]),
        ("娄烦县人民政府", [("娄烦县人民政府", "GovernmentOrganization", "140123")]),
        ("青禾大学", [("青禾大学", "Organization", None)]),
        ("太原市红星医院", [("太原市红星医院", "Organization", "140100")]),
        ("红旗村党总支", [("红旗村党总支", "PartyOrganization", None)]),
        ("红旗社区居委会", [("红旗社区居委会", "Organization", None)]),
        ("青禾集团", [("青禾集团", "Corporation", None)]),
        (
            "青禾医药有限公司城南分公司",
            [("青禾医药有限公司", "Corporation", None), ("青禾医药有限公司城南分公司", "Corporation", None)],
        ),
        (
            "中国铁路青禾局集团有限公司青禾机务段",
            [
                ("中国铁路青禾局集团有限公司", "Corporation", "100000"),
                ("中国铁路青禾局集团有限公司青禾机务段", "Organization", "100000"),
            ],
        ),
        (
            "太原市委组织部",
            [("太原市委", "PartyOrganization", "140100"), ("太原市委组织部", "PartyOrganization", "140100")],
        ),
        (
            "太原市青禾中心办公室",
            [
                ("太原市青禾中心", "Organization", "140100"),
                ("太原市青禾中心办公室", "Organization", "140100"),
            ],
        ),
    ],
)
def test_parse_org(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    parsed = parse(text)
    assert parsed is not None
    assert [(o.name, o.kind, o.jurisdiction) for o in parsed.organizations] == expected
    assert parsed.leaf == parsed.organizations[-1].key
    orgs = parsed.organizations
    assert all(child.parent == parent.key for parent, child in zip(orgs, orgs[1:], strict=False))
    assert orgs[0].parent is None


def test_parse_org_keys() -> None:
    parsed = parse("市委")
    assert parsed is not None and parsed.leaf == org_key("140100", "太原市委") == "org|140100|太原市委"


def test_written_ends_fit_the_text() -> None:
    parsed = parse("青禾钢铁股份有限公司炼铁厂原料作业区")
    assert parsed is not None
    assert parsed.ends == (10, 13, 18)
    parsed = parse("中共太原市委员会")
    assert parsed is not None and parsed.ends == (8,)


@pytest.mark.parametrize(
    "text",
    [
        "太原市",  # a bare division is a place
        "青禾饭店",  # a venue
        "青禾城市规划展示馆",  # a venue
        "公司",  # a suffix alone
        "该公司",
        "常委",  # a role
        "发展格局",
        "县委",  # a bare county organ that the home (a city) cannot resolve
    ],
)
def test_not_organisations(text: str) -> None:
    assert parse(text) is None


def test_bare_forms_need_a_home() -> None:
    assert parse("市委", home=None) is None
    assert parse("省委", home="110000") is None  # a municipality has no provincial committee


def test_market_is_not_a_bare_city() -> None:
    parsed = parse("市场监督管理局")
    assert parsed is not None and parsed.organizations[0].name == "市场监督管理局"


# ------------------------------------------------------------------ the stage


def corporations(ex: Extraction) -> set[str]:
    return {o.name for o in ex.organizations if o.kind == "Corporation" and o.parent is None}


def test_stage_finds_companies_and_their_units() -> None:
    ex = extract("山西青禾钢铁股份有限公司炼铁厂原料作业区工人王某某，山西红星医药有限公司董事长李某某。")
    assert corporations(ex) == {"山西青禾钢铁股份有限公司", "山西红星医药有限公司"}
    unit = next(o for o in ex.organizations if o.name.endswith("炼铁厂"))
    assert ex.organization(unit.parent or "") is not None
    for m in ex.mentions:
        assert ex.article.text[m.start : m.end] == m.text


def test_stage_resolves_bare_organs_by_home() -> None:
    ex = extract("太原市召开会议，市委、市政府主要领导出席。")
    names = {o.name for o in ex.organizations}
    assert {"太原市委", "太原市人民政府"} <= names


@pytest.mark.parametrize(
    "text",
    [
        "会议第一项由集团党委副书记宣读文件。",  # a phrase that ends in 集团
        "记者从公司获悉，新产品下月上市。",  # 公司 alone
        "代表团听取了青禾汽车公司产业布局介绍。",  # 产业布局 is not a unit
    ],
)
def test_stage_rejects_fragments(text: str) -> None:
    ex = extract(text)
    assert not any(o.name.startswith(("会议", "记者")) for o in ex.organizations)
    assert not any(o.name.endswith("布局") for o in ex.organizations)


def test_stage_rejects_bare_division_and_venue() -> None:
    ex = extract("太原市青禾饭店厨师张某某见义勇为。")
    assert ex.organizations == () or all(not o.name.endswith(("饭店", "太原市")) for o in ex.organizations)


# ------------------------------------------------------------------ real files


def measure_enterprises(text: str, gold: dict) -> tuple[int, int, int]:
    """(right, gold total, predicted): enterprises are top-level Corporation organisations;
    a gold file's enterprise_aliases count as the enterprise they name."""
    expected = set(gold.get("enterprises", []))
    aliases = gold.get("enterprise_aliases") or {}
    canonical = {n: e for e in expected for n in (e, *aliases.get(e, ()))}
    predicted = {canonical.get(n, n) for n in corporations(extract(text))}
    return len(predicted & expected), len(expected), len(predicted)


def test_enterprises_on_real_files() -> None:
    cases = gold_cases()
    if not cases:
        pytest.skip("the shared sample and gold files are not present")
    right = total = predicted = 0
    for name, text, gold in cases:
        r, t, p = measure_enterprises(text, gold)
        print(name, r, t, p)
        right, total, predicted = right + r, total + t, predicted + p
    # measured: recall 19/22, precision 19/19
    assert right / total >= 0.8
    assert right / predicted >= 0.9
