"""The scope of posts in a county-level city's own news, chambers of commerce named after another
place, a body's units written bare in a chain, and two organisations the tagger glues across a
preposition. Every person and company here is invented; only the divisions are real."""

from __future__ import annotations

import pytest

from kg.extract.body_units import body_unit
from kg.extract.glued_orgs import split_glued
from kg.extract.org_places import place_prefix
from kg.extract.orgs import OrgParse, parse_org
from kg.model import Organization
from tests.extraction_support import division_code, extract, placed_posts

COUNTRY = "100000"


# ------------------------------------------------------------ a county-level city's own news


def test_bare_mayor_after_city_committee_in_county_city_news() -> None:
    ex = extract(
        "义乌市召开河道整治推进会。市委书记王小明出席，市委副书记、市长李华主持，副市长赵建国作部署。",
        headline="义乌市推进河道整治",
    )
    found = placed_posts(ex)
    assert ("王小明", "义乌市委", "义乌市", "书记") in found
    assert ("李华", "义乌市人民政府", "义乌市", "市长") in found
    assert ("赵建国", "义乌市人民政府", "义乌市", "副市长") in found
    assert not any(where == "金华市" for _, _, where, _ in found)


def test_accompanying_line_in_county_city_news() -> None:
    ex = extract("3月2日，昆山市委书记孙明达带队察看园区建设。市长钱立新，副市长周文涛陪同。")
    found = placed_posts(ex)
    assert ("钱立新", "昆山市人民政府", "昆山市", "市长") in found
    assert ("周文涛", "昆山市人民政府", "昆山市", "副市长") in found


def test_group_named_after_its_leaders_in_county_city_news() -> None:
    ex = extract("建德市成立以市委书记吴天明为组长、市长郑海为副组长的护林防火领导小组。")
    found = placed_posts(ex)
    groups = {(person, where, role) for person, org, where, role in found if org.endswith("领导小组")}
    assert groups == {("吴天明", "建德市", "组长"), ("郑海", "建德市", "副组长")}
    assert ("郑海", "建德市人民政府", "建德市", "市长") in found


def test_written_county_city_scopes_the_bare_mayor_in_prefecture_news() -> None:
    ex = extract("金华市委书记陈光出席会议。义乌市委副书记、市长林峰作交流发言，金华市副市长马骏主持。")
    found = placed_posts(ex)
    assert ("林峰", "义乌市人民政府", "义乌市", "市长") in found
    assert ("马骏", "金华市人民政府", "金华市", "副市长") in found


def test_prefecture_news_naming_a_county_city_in_passing_keeps_the_prefecture() -> None:
    ex = extract("金华市召开招商大会，市委书记陈光讲话，市长韩立主持。会上，义乌市、东阳市作交流发言。")
    found = placed_posts(ex)
    assert ("陈光", "金华市委", "金华市", "书记") in found
    assert ("韩立", "金华市人民政府", "金华市", "市长") in found


def test_county_city_in_an_autonomous_prefecture_keeps_the_prefecture_words() -> None:
    ex = extract("凯里市召开会议，州委常委、市委书记杨志远出席，副州长吴光明讲话。")
    found = placed_posts(ex)
    assert ("杨志远", "凯里市委", "凯里市", "书记") in found
    assert ("吴光明", "黔东南苗族侗族自治州人民政府", "黔东南苗族侗族自治州", "副州长") in found


# ------------------------------------------------------------ chambers named after another place


@pytest.mark.parametrize(
    ("name", "length", "place"),
    [
        ("宁波市温州商会", 3, "宁波市"),  # the chamber in 宁波 of people from 温州
        ("长兴县温州商会", 3, "长兴县"),
        ("宁波市河南商会", 3, "宁波市"),
        ("浙江省宁波市商会", 6, "宁波市"),  # counter-example: the city inside the province
        ("浙江省义乌市商会", 6, "义乌市"),
    ],
)
def test_place_chain_stops_at_a_place_outside_the_one_before(name: str, length: int, place: str) -> None:
    assert place_prefix(name, (), None) == (length, division_code(place))


def test_chamber_posts_take_the_host_place() -> None:
    ex = extract("宁波市温州商会会长张立群、长兴县温州商会会长陈晓峰和浙江省宁波市商会会长林立出席。")
    found = placed_posts(ex)
    assert ("张立群", "宁波市温州商会", "宁波市", "会长") in found
    assert ("陈晓峰", "长兴县温州商会", "长兴县", "会长") in found
    assert ("林立", "浙江省宁波市商会", "宁波市", "会长") in found


# ------------------------------------------------------------ a body's units written bare


def _org(name: str, kind: str = "Organization", where: str | None = COUNTRY) -> Organization:
    return Organization(f"org|{where}|{name}", name, kind, where, None)


def test_secretariat_after_a_mass_organisation() -> None:
    host = (_org("全国妇联"),)
    orgs = body_unit(host, "书记处")
    assert orgs is not None and [o.name for o in orgs] == ["全国妇联", "全国妇联书记处"]
    assert orgs[-1].parent == host[0].key and orgs[-1].jurisdiction == COUNTRY


def test_standing_committee_after_itself_is_the_same_body() -> None:
    host = (_org("江西省人大常委会", "GovernmentOrganization", "360000"),)
    assert body_unit(host, "常委会") == host


@pytest.mark.parametrize(
    ("name", "kind", "organ"),
    [
        ("青禾实业有限公司", "Corporation", "书记处"),  # a company holds no secretariat
        ("青禾县人民政府", "GovernmentOrganization", "常委会"),  # nor a government a standing committee
        ("全国妇联", "Organization", "办公厅"),  # no body unit
    ],
)
def test_body_unit_counter_examples(name: str, kind: str, organ: str) -> None:
    assert body_unit((_org(name, kind),), organ) is None


def test_bare_units_in_chains() -> None:
    ex = extract(
        "全国妇联党组成员、书记处书记刘晓云，全国总工会党组成员、书记处书记何文，"
        "江西省人大常委会党组成员、常委会副秘书长胡平出席。"
    )
    found = placed_posts(ex)
    assert ("刘晓云", "全国妇联书记处", "中国", "书记") in found
    assert ("何文", "全国总工会书记处", "中国", "书记") in found
    assert ("胡平", "江西省人大常委会", "江西省", "副秘书长") in found
    assert not any(org in ("书记处", "常委会") for _, org, _, _ in found)


# ------------------------------------------------------------ two organisations glued across 向


def _reader(text: str) -> OrgParse | None:
    return parse_org(text, home=None, places=())


def test_company_then_preposition_then_an_organisation_of_a_place_is_two() -> None:
    text = "青禾科技有限公司向阳新县红十字会捐赠"
    assert split_glued(text, (0, 16), _reader, ()) == [(0, 8), (9, 16)]


def test_company_then_preposition_then_a_company_is_two() -> None:
    text = "青禾实业集团与丰泽电子科技有限公司签约"
    assert split_glued(text, (0, 17), _reader, ()) == [(0, 6), (7, 17)]


@pytest.mark.parametrize(
    "text",
    [
        "青禾实业集团向阳分公司",  # a unit of the group whose name begins with 向
        "青禾实业有限公司为民服务站",  # what follows opens with no place and is no company
    ],
)
def test_glued_counter_examples(text: str) -> None:
    assert split_glued(text, (0, len(text)), _reader, ()) == [(0, len(text))]


def test_donation_names_two_organisations() -> None:
    ex = extract(
        "7月3日，丰泽电子科技有限公司向阳新县红十字会捐赠一批物资。丰泽电子科技有限公司总经理黄立出席。"
    )
    names = {o.name for o in ex.organizations}
    assert "丰泽电子科技有限公司" in names and "阳新县红十字会" in names
    assert not any("向" in n for n in names)
    assert ("黄立", "丰泽电子科技有限公司", None, "总经理") in placed_posts(ex)
