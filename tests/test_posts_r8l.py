"""Posts in the kinds of article a national paper's front page carries besides local news: the
armed forces, the special administrative regions, diplomacy. Every person here is invented; the
divisions, the regions' secretariats and the armed forces' units are real names of offices."""

from __future__ import annotations

import pytest

from kg.extract.armed_forces import armed_forces_unit
from kg.extract.sar_orgs import HONG_KONG, MACAO, sar_secretariat
from kg.extract.titles import split_title
from tests.extraction_support import division_code, extract, placed_posts

COUNTRY = "100000"


# ------------------------------------------------------------ the armed forces


@pytest.mark.parametrize(
    "unit",
    [
        "东部战区",
        "西部战区",
        "第七十一集团军",
        "第82集团军",
        "武警部队",
        "中国人民武装警察部队",
        "海军某基地",
        "火箭军",
    ],
)
def test_national_armed_forces_units_are_the_countrys(unit: str) -> None:
    parsed = armed_forces_unit(unit, extract("无关的一句话。"))
    assert parsed is not None
    assert parsed.jurisdiction == COUNTRY
    assert [o.name for o in parsed.organizations] == [unit]


@pytest.mark.parametrize(
    "text", ["山西省军区", "青禾县人武部", "海军路社区", "集团军品部", "某某集团", "东部地区"]
)
def test_other_organs_are_no_national_units(text: str) -> None:
    assert armed_forces_unit(text, extract("无关的一句话。")) is None


def test_armed_police_corps_is_its_divisions() -> None:
    parsed = armed_forces_unit("武警山西省总队", extract("无关的一句话。"))
    assert parsed is not None and parsed.jurisdiction == division_code("山西省")
    assert armed_forces_unit("武警某某支队", extract("无关的一句话。")) is None  # no division named


def test_theatre_and_group_army_posts_in_a_provincial_article() -> None:
    ex = extract(
        "本报太原讯　北部战区司令员王振国、第81集团军军长刘建军日前到山西省青禾县检查民兵工作。"
        "山西省军区政治委员李华陪同。"
    )
    found = placed_posts(ex)
    assert ("王振国", "北部战区", "中国", "司令员") in found
    assert ("刘建军", "第81集团军", "中国", "军长") in found
    assert ("李华", "山西省军区", "山西省", "政治委员") in found  # the province's own military organ
    assert not any(where == "山西省" for name, _, where, _ in found if name != "李华")


def test_group_army_in_chinese_numerals_and_a_theatres_service() -> None:
    found = placed_posts(extract("第八十一集团军军长刘建军、东部战区陆军司令员王振国出席了仪式。"))
    assert ("刘建军", "第八十一集团军", "中国", "军长") in found
    assert ("王振国", "东部战区陆军", "中国", "司令员") in found


def test_armed_police_head_is_national_and_corps_head_provincial() -> None:
    ex = extract("武警部队司令员赵明远、武警山西省总队政治委员孙立军出席了表彰大会。")
    found = placed_posts(ex)
    assert ("赵明远", "武警部队", "中国", "司令员") in found
    assert ("孙立军", "武警山西省总队", "山西省", "政治委员") in found


# ------------------------------------------------------------ the special administrative regions


def test_region_head_is_a_title() -> None:
    assert split_title("香港特别行政区行政长官") is not None
    got = split_title("香港特别行政区行政长官")
    assert got is not None and (got.org, got.role) == ("香港特别行政区", "行政长官")
    assert split_title("行政长官办公室") is None


def test_secretariat_of_a_named_region() -> None:
    hong_kong = extract("香港特别行政区政府今天召开记者会。")
    parsed = sar_secretariat("政务司", hong_kong)
    assert parsed is not None and parsed.jurisdiction == HONG_KONG
    macao = extract("澳门特别行政区政府今天召开记者会。")
    parsed = sar_secretariat("经济财政司", macao)
    assert parsed is not None and parsed.jurisdiction == MACAO


def test_secretariat_needs_its_region_and_its_bare_name() -> None:
    elsewhere = extract("青禾县政府今天召开记者会。")
    assert sar_secretariat("政务司", elsewhere) is None  # the article names no region
    hong_kong = extract("香港特别行政区政府今天召开记者会。")
    assert sar_secretariat("经济财政司", hong_kong) is None  # Macao's, and Macao is not named
    assert sar_secretariat("外交部礼宾司", hong_kong) is None  # a ministry's department


def test_region_head_and_secretaries_in_a_chain() -> None:
    ex = extract("香港特别行政区行政长官梁志远、政务司司长何文健、律政司司长郑美玲等出席升旗仪式。")
    found = placed_posts(ex)
    assert ("梁志远", "香港特别行政区", "香港特别行政区", "行政长官") in found
    assert ("何文健", "政务司", "香港特别行政区", "司长") in found
    assert ("郑美玲", "律政司", "香港特别行政区", "司长") in found


def test_secretary_after_a_dateline_in_the_region() -> None:
    ex = extract("新华社香港3月8日电　财政司司长何文健8日向议员介绍预算草案要点。")
    assert ("何文健", "财政司", "香港特别行政区", "司长") in placed_posts(ex)


def test_ministry_department_stays_national() -> None:
    ex = extract("新华社北京3月8日电　外交部礼宾司司长何文健8日出席招待会。")
    assert ("何文健", "外交部礼宾司", "中国", "司长") in placed_posts(ex)


def test_liaison_office_and_basic_law_committee_are_national() -> None:
    ex = extract("全国人大常委会澳门基本法委员会主任陈立新出席研讨会并致辞。")
    assert ("陈立新", "全国人大常委会澳门基本法委员会", "中国", "主任") in placed_posts(ex)


# ------------------------------------------------------------ diplomacy


def test_envoys_abroad_are_the_countrys() -> None:
    ex = extract(
        "中国驻法国大使周文斌、中国驻里昂总领事王佳宁出席了当地的招待会。外交部发言人李明哲也作了介绍。"
    )
    found = {(p, where, role) for p, _, where, role in placed_posts(ex)}
    assert ("周文斌", "中国", "大使") in found
    assert ("王佳宁", "中国", "总领事") in found
    assert ("李明哲", "中国", "发言人") in found


def test_special_representative_in_a_chain() -> None:
    """特别|代表 opens a title; 中国政府 is the country's government as written (no 人民政府)."""
    found = placed_posts(extract("中国政府特别代表邓远航出席了地区论坛并发言。"))
    assert ("邓远航", "中国政府", "中国", "特别代表") in found


def test_an_adverb_that_opens_a_title_stays_in_the_chain() -> None:
    """特别|代表: the tagger reads 特别 as an adverb; 特别代表 is a title, so the chain goes on."""
    assert placed_posts(extract("外交部特别代表王小明会见了李华。")) == {
        ("王小明", "外交部", "中国", "特别代表")
    }
    assert placed_posts(extract("他特别代表全体员工向王小明致谢。")) == set()  # an adverb and a verb
