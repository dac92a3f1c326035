"""Organisation names of the genre and the posts in them: chambers of commerce, newspapers, the
Red Cross, law firms, the national mass organisations by their short forms, and the leaders of a
group named after 的. Every person and organisation here is invented; only the divisions are real."""

from __future__ import annotations

import pytest
from extraction_support import extract

from kg.extract.mass_orgs import national_body, without_second_name
from kg.extract.org_suffixes import cuts_word
from kg.extract.orgs import parse_org
from kg.model import Extraction


def posts(ex: Extraction) -> set[tuple[str, str, str]]:
    names = {p.key: p.name for p in ex.persons}
    by_key = {p.key: p for p in ex.posts}
    orgs = {o.key: o.name for o in ex.organizations}
    return {
        (names[h.person], orgs[by_key[h.post].organization], by_key[h.post].role)
        for h in ex.holdings
        if h.person in names
    }


# ------------------------------------------------------------------ suffixes


@pytest.mark.parametrize(
    ("name", "suffix"),
    [
        ("青禾县温州商会", "商会"),
        ("青禾县红十字会", "红十字会"),
        ("青禾晚报社", "报社"),
        ("青禾明理律师事务所", "律师事务所"),
        ("青禾县工商联", "工商联"),
        ("青禾县残联", "残联"),
    ],
)
def test_new_suffixes_read_a_name(name: str, suffix: str) -> None:
    parsed = parse_org(name, home=None, places=())
    assert parsed is not None
    leaf = parsed.organizations[-1]
    assert leaf.name == name and leaf.kind == "Organization"


@pytest.mark.parametrize("text", ["商会", "总商会", "报社", "该报社", "红十字会"])
def test_bare_suffix_is_no_name(text: str) -> None:
    parsed = parse_org(text, home=None, places=())
    assert parsed is None or parsed.organizations[-1].name != text


def test_entrepreneur_is_no_company_end() -> None:
    assert cuts_word("青禾女企业家商会", 5)  # 企业|家: the chamber of women entrepreneurs
    assert not cuts_word("青禾食品企业", 6)


# ------------------------------------------------------------------ national bodies


@pytest.mark.parametrize(
    ("short", "where"),
    [
        ("全国妇联", "100000"),
        ("全国总工会", "100000"),
        ("全国工商联", "100000"),
        ("中国科协", None),
        ("团中央", None),
    ],
)
def test_national_body_short_forms(short: str, where: str | None) -> None:
    parsed = national_body(short)
    assert parsed is not None
    (org,) = parsed.organizations
    assert (org.name, org.kind, org.jurisdiction) == (short, "Organization", where)


def test_national_body_unit() -> None:
    parsed = national_body("团中央书记处")
    assert parsed is not None
    body, unit = parsed.organizations
    assert body.name == "团中央" and unit.name == "团中央书记处" and unit.parent == body.key
    party = national_body("全国妇联党组")
    assert party is not None and party.organizations[-1].kind == "PartyOrganization"


@pytest.mark.parametrize("text", ["全国妇女代表", "中国科技馆", "全国妇联合唱比赛", "团中央以外", "妇联"])
def test_national_body_counter_examples(text: str) -> None:
    assert national_body(text) is None


def test_second_name_of_federation() -> None:
    assert without_second_name("某市工商联（总商会）") == "某市工商联"
    assert without_second_name("某市工商联(商会)") == "某市工商联"
    assert without_second_name("某市商会（筹）") == "某市商会（筹）"


def test_posts_in_national_bodies() -> None:
    ex = extract("本报北京3月5日电　全国妇联副主席王小明、中国文联副主席李华参加了这次交流活动。\n")
    got = posts(ex)
    assert ("王小明", "全国妇联", "副主席") in got
    assert ("李华", "中国文联", "副主席") in got
    org = next(o for o in ex.organizations if o.name == "中国文联")
    assert org.kind == "Organization" and org.jurisdiction is None


def test_federation_post_without_second_name() -> None:
    got = posts(extract("洛阳市工商联（总商会）主席王小明参加了座谈。\n"))
    assert ("王小明", "洛阳市工商联", "主席") in got
    assert not any("（" in org for _, org, _ in got)


def test_posts_in_chamber_paper_and_red_cross() -> None:
    text = "洛阳市温州商会会长王小明、洛阳晚报社社长李华、洛阳市红十字会常务副会长赵明亮出席仪式。\n"
    got = posts(extract(text))
    assert ("王小明", "洛阳市温州商会", "会长") in got
    assert ("李华", "洛阳晚报社", "社长") in got
    assert ("赵明亮", "洛阳市红十字会", "常务副会长") in got


# ------------------------------------------------------------------ leaders of a group


def test_leaders_named_before_their_group() -> None:
    text = "近日，洛阳市成立以市委书记王小明为组长、市长李华为副组长的青禾园区建设工作领导小组。\n"
    got = posts(extract(text))
    assert ("王小明", "青禾园区建设工作领导小组", "组长") in got
    assert ("李华", "青禾园区建设工作领导小组", "副组长") in got


@pytest.mark.parametrize(
    "text",
    [
        "以王小明为代表的一批青年创业者获得了扶持。\n",  # 代表 is no title in a group
        "成立以市场需求为导向的青禾园区管理委员会。\n",  # no name before 为
    ],
)
def test_no_group_leader(text: str) -> None:
    got = posts(extract(text))
    assert not any(role in ("组长", "副组长", "主任") for _, _, role in got)
