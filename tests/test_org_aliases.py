"""Short names the text defines for an organisation (kg.extract.org_aliases): 以下简称“某某”.

Whole pipeline on invented company news."""

from __future__ import annotations

import pytest
from rdflib.namespace import SKOS

from kg.extract import default_stages
from kg.extract.org_aliases import SHORT_NAME
from kg.model import Article, Extraction
from kg.pipeline import run
from kg.rdf.graph import article_graph
from kg.rdf.iri import Minter


def extract(text: str) -> Extraction:
    return run(Article("t", "test", 0, text), default_stages())


def org_mentions(ex: Extraction) -> list[tuple[str, str | None]]:
    names = {o.key: o.name for o in ex.organizations}
    return [(m.text, names.get(m.ref or "")) for m in ex.mentions if m.label == "Organization"]


def test_a_short_name_is_an_alias_and_its_uses_mention_the_organisation() -> None:
    ex = extract("青禾投资运营有限公司（以下简称“青禾投资”）成立于2017年。去年，青禾投资营收增长两成。")
    [org] = [o for o in ex.organizations if o.kind == "Corporation"]
    assert org.name == "青禾投资运营有限公司" and org.aliases == ("青禾投资",)
    assert org_mentions(ex).count(("青禾投资", "青禾投资运营有限公司")) == 2  # in the parenthesis and after


def test_a_short_name_that_reads_as_an_organisation_is_that_one() -> None:
    ex = extract("青禾集团有限公司（下称“青禾集团”）发布公告。青禾集团营收增长，青禾集团党委召开会议。")
    assert sorted(o.name for o in ex.organizations) == ["青禾集团党委", "青禾集团有限公司"]
    unit = next(o for o in ex.organizations if o.name == "青禾集团党委")
    assert unit.parent == next(o.key for o in ex.organizations if o.name == "青禾集团有限公司")
    assert all(org == "青禾集团有限公司" for text, org in org_mentions(ex) if text == "青禾集团")


def test_the_alias_is_an_alternative_label_in_the_graph() -> None:
    ex = extract("华东电气股份有限公司（简称华东电气）今日公告。")
    graph = article_graph(ex, Minter())
    assert {str(o) for o in graph.objects(None, SKOS.altLabel)} == {"华东电气"}


@pytest.mark.parametrize(
    "text",
    [
        "王小明（简称小王）是青禾投资运营有限公司的员工。",  # the parenthesis follows no organisation
        "青禾投资运营有限公司（2017年成立）发布公告。",  # no short name
        "青禾投资运营有限公司发布公告，简称“青禾投资”的说法有误。",  # no parenthesis
    ],
)
def test_no_alias_without_the_grammar(text: str) -> None:
    assert all(not o.aliases for o in extract(text).organizations)


def test_short_name_forms() -> None:
    for written in (
        "（简称“某某”）",
        "（以下简称某某）",
        "（下称：某某）",
        "(简称为「某某」)",
        "（以下称“某某”）",
    ):
        m = SHORT_NAME.fullmatch(written)
        assert m is not None and m.group(1) == "某某", written
    assert (
        SHORT_NAME.fullmatch("（简称）") is None and SHORT_NAME.fullmatch("（以下简称“某某、某某”）") is None
    )
