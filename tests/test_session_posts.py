"""Posts of a session's presidium and secretariat (kg.extract.sessions), 当选 as a verb of
election, short names the text defines in a title chain, the article's own institution
(kg.extract.home_orgs), democratic parties' committees and a level's only named division.

Whole pipeline on short invented sentences: invented names, invented companies and schools.
"""

from __future__ import annotations

import pytest
from extraction_support import extract, holdings

from kg.extract.sessions import SESSION, session_body
from kg.model import Extraction, Organization


def top(ex: Extraction, org: Organization) -> Organization:
    while org.parent is not None:
        parent = ex.organization(org.parent)
        assert parent is not None
        org = parent
    return org


def posts(text: str) -> set[tuple[str, str, str, str | None]]:
    """(person, role, organisation, the topmost organisation's name) of every holding."""
    ex = extract(text)
    return {(h.person, h.role, h.org.name, top(ex, h.org).name) for h in holdings(ex)}


def roles(text: str) -> set[tuple[str, str, str]]:
    """(person, role, organisation) of every holding."""
    return {(p, r, o) for p, r, o, _ in posts(text)}


def changes(text: str) -> dict[str, str | None]:
    ex = extract(text)
    names = {p.key: p.name for p in ex.persons}
    return {names[h.person]: h.change for h in ex.holdings}


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("十四届全国人大二次会议", "十四届全国人大二次会议"),
        ("第十四届人民代表大会第二次会议", "第十四届人民代表大会第二次会议"),
        ("政协青禾市第九届委员会第二次会议", "第九届委员会第二次会议"),
        ("全国政协十三届三次会议", "十三届三次会议"),
    ],
)
def test_session_names(written: str, name: str) -> None:
    found = SESSION.search(written)
    assert found is not None and found.group() == name


@pytest.mark.parametrize("written", ["十九届四中全会", "第三次会议", "十三届人大代表"])
def test_no_session_names(written: str) -> None:
    assert SESSION.search(written) is None


def test_session_bodies() -> None:
    assert session_body("大会主席团") and session_body("大会")
    assert session_body("十四届全国人大二次会议主席团")
    assert (
        not session_body("大会秘书处工作组") and not session_body("某某大会") and not session_body("主席团")
    )


def test_the_presidium_of_the_session_the_article_names_and_every_name_of_the_list() -> None:
    got = posts(
        "湖南省十四届人大二次会议举行第三次全体会议。大会主席团常务主席、省人大常委会副主任王小明、"
        "李华出席会议。大会副秘书长张大军，大会主席团成员赵青山在主席台就座。"
    )
    session = "湖南省十四届人大二次会议"
    assert ("王小明", "常务主席", "大会主席团", session) in got
    assert ("李华", "常务主席", "大会主席团", session) in got
    assert ("张大军", "副秘书长", "大会", session) in got
    assert ("赵青山", "成员", "大会主席团", session) in got
    assert {("王小明", "副主任"), ("李华", "副主任")} <= {(p, r) for p, r, _, _ in got}


def test_the_session_with_its_body_before_a_bare_back_reference() -> None:
    got = posts(
        "政协益阳市第九届委员会第二次会议开幕。会议听取了八届二次会议以来的提案工作报告。"
        "大会秘书长王小明在主席台就座。"
    )
    assert ("王小明", "秘书长", "大会", "政协益阳市第九届委员会第二次会议") in got


def test_no_session_post_without_a_session_named() -> None:
    got = posts("青禾县职工代表大会召开。大会秘书长王小明作说明，大会主席团常务主席李华主持。")
    assert not any(r in ("秘书长", "常务主席") for _, r, _, _ in got)


def test_dangxuan_states_an_elected_post_for_every_name_of_the_list() -> None:
    text = "青禾县作家协会第五次代表大会召开。王小明当选为青禾县作家协会主席，李华、张大军当选为副主席。"
    got = roles(text)
    assert ("王小明", "主席", "青禾县作家协会") in got
    assert ("李华", "副主席", "青禾县作家协会") in got
    assert ("张大军", "副主席", "青禾县作家协会") in got
    assert set(changes(text).values()) == {"elected"}


def test_dangxuan_of_an_honour_or_a_task_is_no_post() -> None:
    assert posts("王小明当选为全国劳动模范。") == set()
    assert changes("王小明任青禾县作家协会主席。") == {"王小明": None}


def test_a_defined_short_name_in_a_title_chain_is_the_organisation() -> None:
    got = roles(
        "青禾新材料集团有限公司（以下简称“青禾新材”）召开年度工作会议。青禾新材董事长王小明出席，"
        "青禾新材党委书记李华主持会议。"
    )
    assert ("王小明", "董事长", "青禾新材料集团有限公司") in got
    assert ("李华", "书记", "青禾新材料集团有限公司党委") in got


def test_the_definition_is_no_part_of_the_organisation_in_a_chain() -> None:
    got = roles("青禾新材料集团有限公司（以下简称青禾新材）董事长王小明表示，将加大投入。")
    assert got == {("王小明", "董事长", "青禾新材料集团有限公司")}


def test_a_short_name_does_not_take_a_longer_place() -> None:
    got = posts(
        "青禾新材料集团有限公司（以下简称青禾）在湖南省常德市桃源县签约。桃源县委书记李华、青禾董事长王小明出席。"
    )
    assert ("李华", "书记", "桃源县委", "桃源县委") in got


def test_the_universitys_own_units_and_heads() -> None:
    got = roles(
        "青禾大学召开工作会议。青禾大学党委常委王小明出席。校党委书记李华出席会议并讲话，校长张大军作部署。"
    )
    assert ("李华", "书记", "青禾大学党委") in got
    assert ("张大军", "校长", "青禾大学") in got


def test_a_bare_head_in_a_hospitals_own_news() -> None:
    got = roles("青禾市人民医院新院区启用。青禾市人民医院党委书记李华主持。院长王小明介绍了新院区。")
    assert ("王小明", "院长", "青禾市人民医院") in got


def test_a_bare_head_without_an_institution_of_its_kind_is_no_post() -> None:
    got = posts("青禾大学召开工作会议。青禾大学党委书记李华出席。院长王小明介绍情况。")
    assert not any(p == "王小明" for p, _, _, _ in got)


def test_a_bare_party_organ_after_a_companys_post_in_the_sentence() -> None:
    got = roles("青禾重工股份有限公司召开会议，青禾重工股份有限公司董事长王小明讲话，党委副书记李华主持。")
    assert ("李华", "副书记", "青禾重工股份有限公司党委") in got


def test_a_democratic_partys_committee_is_of_the_province() -> None:
    got = posts("湖南省委召开座谈会。民盟省委会主委王小明，民进省委会副主委李华发言。")
    assert ("王小明", "主委", "民盟湖南省委会", "民盟湖南省委会") in got
    assert ("李华", "副主委", "民进湖南省委会", "民进湖南省委会") in got


def test_a_bare_county_organ_is_the_only_county_the_article_names() -> None:
    got = posts("湖南省常德市桃源县召开会议。县委常委、县委办主任王小明，副县长李华出席。")
    assert ("王小明", "常委", "桃源县委", "桃源县委") in got
    assert ("李华", "副县长", "桃源县人民政府", "桃源县人民政府") in got


def test_no_county_when_the_article_names_two() -> None:
    got = posts("湖南省常德市桃源县和石门县召开会议。县委常委王小明出席。")
    assert not any(o.endswith("县委") and o != "县委" for _, _, o, _ in got)
