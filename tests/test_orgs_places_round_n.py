"""Places and organisations of economy news: a city district's short form inside a company's name
after its province is a brand word (某省中原某某有限公司), a one-character suffix that starts a word
is no organ (汽车零部|件), a function character inside a tagged township name is part of the name
(和平镇, 向阳镇), and a township after 在 lies in the one county the article names even when the
city is named after that county. Invented names and sentences; divisions are real."""

from __future__ import annotations

import datetime as dt

from extraction_support import extract as extract_text

from kg.extract.divisions import Division, gazetteer
from kg.extract.local_words import has_function_word
from kg.extract.org_suffixes import cuts_word
from kg.extract.place_words import skipped_district
from kg.model import Extraction, Organization, Token

DAY = dt.date(2023, 9, 4)


def extract(text: str) -> Extraction:
    return extract_text(text, day=DAY)


def chains(ex: Extraction) -> set[str]:
    """Each place with its parents, innermost first: 顺德区<佛山市<广东省<中国."""
    by_key = {p.key: p for p in ex.places}
    out = set()
    for place in ex.places:
        names, key = [], place.key
        while key in by_key:
            names.append(by_key[key].name)
            key = by_key[key].parent
        out.add("<".join(names))
    return out


def org(ex: Extraction, name: str) -> Organization:
    return next(o for o in ex.organizations if o.name == name)


def place_name(ex: Extraction, key: str | None) -> str | None:
    return next((p.name for p in ex.places if p.key == key), None)


# ------------------------------------------------------------------ a district's short form in a name


def test_district_short_form_after_its_province_in_a_company_name_is_a_brand_word() -> None:
    ex = extract("今年，河南中原青泰仓储有限公司新开三条冷链线路。")
    assert "中原区" not in {p.name for p in ex.places}
    assert place_name(ex, org(ex, "河南中原青泰仓储有限公司").jurisdiction) == "河南省"


def test_prefecture_short_form_after_its_province_in_a_company_name_is_the_city() -> None:
    ex = extract("山西太原青岚化工有限公司今年产值再创新高。")
    assert place_name(ex, org(ex, "山西太原青岚化工有限公司").jurisdiction) == "太原市"


def test_county_short_form_after_its_province_in_a_company_name_is_the_county() -> None:
    ex = extract("浙江长兴青篁竹业有限公司今年产值再创新高。")
    assert place_name(ex, org(ex, "浙江长兴青篁竹业有限公司").jurisdiction) == "长兴县"


def test_district_whose_full_name_the_article_writes_stays_a_place() -> None:
    ex = extract("佛山市顺德区与广东顺德青珀电器有限公司签约。")
    assert place_name(ex, org(ex, "广东顺德青珀电器有限公司").jurisdiction) == "顺德区"


def test_district_written_with_its_former_level_after_its_province_is_a_place() -> None:
    ex = extract("四川彭山县青禾印务厂扩建了两条生产线。")
    assert place_name(ex, org(ex, "四川彭山县青禾印务厂").jurisdiction) == "彭山区"


def test_district_short_form_after_its_province_in_no_company_name_stays_a_place() -> None:
    ex = extract("内蒙古乌达青禾矿务局今年产煤增长。")
    assert place_name(ex, org(ex, "内蒙古乌达青禾矿务局").jurisdiction) == "乌达区"


def test_district_of_a_municipality_after_it_is_a_place() -> None:
    ex = extract("北京朝阳青桐数据科技有限公司今年营收增长。")
    assert place_name(ex, org(ex, "北京朝阳青桐数据科技有限公司").jurisdiction) == "朝阳区"


def test_skipped_district_needs_a_district_of_another_city_not_written_in_full() -> None:
    gaz = gazetteer()
    henan, zhengzhou, beijing = gaz.by_code["410000"], gaz.by_code["410100"], gaz.by_code["110000"]
    zhongyuan, chaoyang = gaz.by_code["410102"], gaz.by_code["110105"]

    def skipped(text: str, end: int, cands: list[Division], outer: list[Division]) -> bool:
        return skipped_district(text, end, cands, outer, text.split("的")[-1])  # the name's word

    assert skipped("河南中原某某有限公司", 4, [zhongyuan], [henan])
    assert not skipped("河南中原某某有限公司", 4, [zhongyuan], [zhengzhou])  # its own city
    assert not skipped("中原区的河南中原某某公司", 8, [zhongyuan], [henan])  # written in full
    assert not skipped("河南中原县某某公司", 4, [zhongyuan], [henan])  # a level word follows
    assert not skipped("河南中原某某局", 4, [zhongyuan], [henan])  # no company's name
    assert not skipped("北京朝阳某某有限公司", 4, [chaoyang], [beijing])  # the municipality's
    assert not skipped("河南郑州某某有限公司", 4, [zhengzhou], [henan])  # a prefecture


# ------------------------------------------------------------------ a suffix character inside a word


def test_one_character_suffix_that_starts_a_word_is_no_organ() -> None:
    ex = extract("襄阳青松汽车零部件有限公司与青禾办公设备有限公司签约。")
    assert {(o.name, o.kind, o.parent) for o in ex.organizations} == {
        ("襄阳青松汽车零部件有限公司", "Corporation", None),
        ("青禾办公设备有限公司", "Corporation", None),
    }


def test_company_unit_of_one_character_is_a_word_cut_in_two() -> None:
    ex = extract("青禾集团智能科创有限公司今日成立。")
    names = {o.name for o in ex.organizations}
    assert "青禾集团智能科" not in names
    assert "青禾集团智能科创有限公司" in names


def test_numbered_unit_of_a_company_is_read() -> None:
    ex = extract("青禾建工集团三公司承建了这座桥。")
    parents = {o.name: o.parent for o in ex.organizations}
    keys = {o.key: o.name for o in ex.organizations}
    assert keys[parents["青禾建工集团三公司"]] == "青禾建工集团"


def test_units_after_a_one_character_suffix_are_still_read() -> None:
    ex = extract("平遥县发改委办公室的干部参加培训。平遥县教育局科技科的干部也参加了。")
    parents = {o.name: o.parent for o in ex.organizations}
    keys = {o.key: o.name for o in ex.organizations}
    assert keys[parents["平遥县发改委办公室"]] == "平遥县发改委"
    assert keys[parents["平遥县教育局科技科"]] == "平遥县教育局"


def test_cuts_word() -> None:
    assert cuts_word("某某汽车零部件有限公司", 6)  # 零部|件
    assert cuts_word("某某办公设备有限公司", 3)  # 办|公
    assert not cuts_word("某某发改委办公室", 5)  # 委|办公室: the next piece starts a word
    assert not cuts_word("某某汽车零部", 6)  # nothing goes on after it


# ------------------------------------------------------------------ townships below a county


def test_township_whose_name_holds_a_function_character_after_its_county() -> None:
    ex = extract("青篁竹业有限公司的新厂房建在长兴县和平镇，明年投产。")
    assert "和平镇<长兴县<湖州市<浙江省<中国" in chains(ex)


def test_township_and_village_named_with_a_function_character() -> None:
    ex = extract("记者来到平遥县向阳镇向阳村采访。")
    assert "向阳村<向阳镇<平遥县<晋中市<山西省<中国" in chains(ex)


def test_conjunction_after_a_county_starts_no_township() -> None:
    ex = extract("平遥县和城关镇的干部参加了培训。")
    assert not any(p.level == "township" for p in ex.places)


def test_township_after_zai_lies_in_the_one_county_named_before_the_city() -> None:
    ex = extract("去年，长兴县青篁竹业有限公司获评湖州市诚信企业，今年公司又在泗安镇新建厂房。")
    assert "泗安镇<长兴县<湖州市<浙江省<中国" in chains(ex)


def test_township_after_zai_with_no_county_named_lies_in_the_county_of_the_national_table() -> None:
    ex = extract("湖州市今年在泗安镇新建一座竹木产业园。")
    assert "泗安镇<长兴县<湖州市<浙江省<中国" in chains(ex)  # kg.extract.townships


def test_township_after_zai_the_table_does_not_hold_lies_in_the_home_city() -> None:
    ex = extract("湖州市今年在青禾镇新建一座竹木产业园。")  # an invented town
    assert "青禾镇<湖州市<浙江省<中国" in chains(ex)


def test_township_after_zai_with_two_counties_named_is_not_guessed_into_one() -> None:
    ex = extract("长兴县、德清县两地企业获评湖州市诚信企业，今年还将在青禾镇新建产业园。")
    assert "青禾镇<湖州市<浙江省<中国" in chains(ex)
    assert not any(c.startswith("青禾镇<长兴县") or c.startswith("青禾镇<德清县") for c in chains(ex))
    ex = extract("长兴县、德清县两地企业获评湖州市诚信企业，今年还将在泗安镇新建产业园。")
    assert "泗安镇<长兴县<湖州市<浙江省<中国" in chains(ex)  # the table's county, no guess


def test_has_function_word() -> None:
    at = {0: Token(0, 3, "和平镇", "LOC")}
    assert not has_function_word("和平镇", 0, at)  # inside the tagger's word
    alone = {0: Token(0, 1, "和", "c"), 1: Token(1, 4, "城关镇", "LOC")}
    assert has_function_word("和城关镇", 0, alone)  # a word of its own
    assert has_function_word("青禾的镇", 0, {0: Token(0, 4, "青禾的镇", "LOC")})  # 的 is in no name
