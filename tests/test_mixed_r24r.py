"""Round r24r of the mixed-article check: a unit of a company honoured after a bare reference to
the company (集团某某分厂甲班被授予…, 该公司第三项目部获评…; kg.extract.bare_units)."""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_support import extract

DAY = dt.date(2025, 4, 30)
LEAD = "青禾县远航重工集团有限公司荣获“省五一劳动奖状”。"


def _units(ex) -> dict[str, set[tuple[str, str | None]]]:
    """Each honoured organisation's names (its name and aliases), with its awards and the name of
    its parent."""
    orgs = {o.key: o for o in ex.organizations}
    awards = {a.key: a.name for a in ex.awards}
    out: dict[str, set[tuple[str, str | None]]] = {}
    for c in ex.conferrals:
        if c.organization:
            org = orgs[c.recipient]
            parent = orgs[org.parent].name if org.parent in orgs else None
            for name in (org.name, *org.aliases):
                out.setdefault(name, set()).add((awards[c.award], parent))
    return out


@pytest.mark.parametrize(
    ("sentence", "unit", "award"),
    [
        ("集团铸锻分厂热处理车间乙班被授予“省工人先锋号”称号。", "铸锻分厂热处理车间乙班", "省工人先锋号"),
        ("同时，该集团物流分公司荣获“省工人先锋号”。", "物流分公司", "省工人先锋号"),
        ("公司第三项目部被授予“省青年文明号”称号。", "第三项目部", "省青年文明号"),
        ("本公司综采二队被命名为“安全生产示范班组”。", "综采二队", "安全生产示范班组"),
        ("企业装配车间荣获“省工人先锋号”称号。", "装配车间", "省工人先锋号"),
    ],
)
def test_unit_after_bare_company_word(sentence: str, unit: str, award: str) -> None:
    got = _units(extract(LEAD + sentence, day=DAY))
    assert got[unit] == {(award, "青禾县远航重工集团有限公司")}
    assert got["青禾县远航重工集团有限公司" + unit] == got[unit]  # the bare word resolved
    assert not any(name.startswith(("集团", "公司", "该", "本", "企业")) for name in got)


def test_bare_word_alone_is_the_company() -> None:
    got = _units(extract(LEAD + "该公司还被授予“省文明单位”称号。", day=DAY))
    assert ("省文明单位", None) in got["青禾县远航重工集团有限公司"]
    assert list(got) == ["青禾县远航重工集团有限公司"]  # no unit named 公司 of its own


@pytest.mark.parametrize(
    "sentence",
    [
        "集团总部第二党支部被授予“先进基层党组织”称号。",  # a party body: read elsewhere
        "集团党委书记王小明被授予“省劳动模范”称号。",  # a person, no unit
        "集团改革发展成果被授予“省管理创新成果”称号。",  # no unit's word
    ],
)
def test_no_sub_unit(sentence: str) -> None:
    got = _units(extract(LEAD + sentence, day=DAY))
    assert not any(
        parent == "青禾县远航重工集团有限公司" for awards in got.values() for _, parent in awards
    ), got


def test_no_company_named_before() -> None:
    got = _units(extract("集团铸锻分厂热处理车间乙班被授予“省工人先锋号”称号。", day=DAY))
    assert "铸锻分厂热处理车间乙班" not in got


def test_company_word_needs_a_company() -> None:
    text = "青禾县远航重工集团召开大会。公司检修车间被授予“省工人先锋号”称号。"
    assert "检修车间" not in _units(extract(text, day=DAY))


def test_group_word_needs_a_group() -> None:
    text = "青禾县某某科技有限公司荣获“省五一劳动奖状”。集团研发中心被授予“省工人先锋号”称号。"
    assert "研发中心" not in _units(extract(text, day=DAY))


def _jobs(ex) -> dict[str, set[str]]:
    """Each honouree's callings (jobs without an employer)."""
    names = {p.key: p.name for p in ex.persons}
    out: dict[str, set[str]] = {}
    for c in ex.callings:
        out.setdefault(names[c.person], set()).add(c.title)
    return out


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("经批准，青禾县消防救援大队荣立集体二等功。", "青禾县消防救援大队"),
        ("青禾县公安局刑侦大队被记集体一等功。", "青禾县公安局刑侦大队"),
        ("会上宣布，青禾县人民医院荣记集体三等功。", "青禾县人民医院"),
    ],
)
def test_unit_merit_citation(text: str, unit: str) -> None:
    got = _units(extract(text, day=DAY))
    assert {award for award, _ in got[unit]} == {text[text.index("集体") : text.index("功") + 1]}


@pytest.mark.parametrize(
    "text",
    [
        "青禾县消防救援大队队长王小明荣立个人二等功。",  # a person's citation
        "市委向荣立集体二等功的青禾县消防救援大队致信祝贺。",  # the unit after the citation
        "青禾县消防救援大队力争荣立集体二等功。",  # a goal, no citation
    ],
)
def test_no_unit_merit(text: str) -> None:
    got = _units(extract(text, day=DAY))
    assert not any(award.startswith("集体") for awards in got.values() for award, _ in awards)


@pytest.mark.parametrize(
    ("text", "person", "rank"),
    [
        ("与此同时，下士王小明荣立二等功。", "王小明", "下士"),
        ("上等兵李华、中士赵小刚荣立三等功。", "李华", "上等兵"),
        ("上等兵李华、中士赵小刚荣立三等功。", "赵小刚", "中士"),
        ("一级军士长孙大伟荣立一等功。", "孙大伟", "一级军士长"),
        ("二级警长周明荣立个人三等功。", "周明", "二级警长"),
    ],
)
def test_rank_as_job(text: str, person: str, rank: str) -> None:
    assert _jobs(extract(text, day=DAY))[person] == {rank}


@pytest.mark.parametrize(
    "text",
    [
        "青禾县消防救援大队指导员王小明与下士李华交谈。",  # no honour
        "该连下士王小明荣立二等功。",  # a unit's rank: read with the unit
        "“上士”王小明荣立二等功。",  # quoted
    ],
)
def test_no_rank_job(text: str) -> None:
    got = _jobs(extract(text, day=DAY))
    assert not any(title in ("下士", "上士") for titles in got.values() for title in titles), got
