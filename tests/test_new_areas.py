"""National-level new areas (国家级新区): places of their province, in mentions, the hierarchy,
jurisdictions, events' places and address chains.

The new areas and divisions are real (a closed public list, general knowledge); people, counties
of invented names and sentences are invented.
"""

from __future__ import annotations

import pytest
from extraction_support import event, extract, holdings

from kg.extract.divisions import gazetteer
from kg.extract.new_areas import LEVEL, SUB_LEVEL, covers, find_new_areas, new_areas
from kg.extract.tagger import tokenize
from kg.model import Extraction, Place
from kg.rdf.iri import Minter


def parents(ex: Extraction) -> dict[str, str | None]:
    """Each place's name -> its parent's name."""
    by_key = {p.key: p for p in ex.places}
    return {p.name: (by_key[p.parent].name if p.parent in by_key else None) for p in ex.places}


def jurisdictions(ex: Extraction) -> dict[str, str | None]:
    """Each holder's name -> the name of the place their post's organisation governs."""
    by_key = {p.key: p.name for p in ex.places}
    return {h.person: by_key.get(h.org.jurisdiction or "") for h in holdings(ex)}


# ------------------------------------------------------------------ the lexicon


def test_lexicon_lists_the_new_areas_the_table_lacks_under_their_provinces() -> None:
    areas = {a.name: a for a in new_areas().values()}
    gaz = gazetteer()
    assert len(areas) == 16
    assert gaz.by_code[areas["雄安新区"].province].name == "河北省"
    assert gaz.by_code[areas["舟山群岛新区"].province].name == "浙江省"
    assert gaz.by_code[areas["西海岸新区"].province].name == "山东省"
    assert areas["雄安新区"].key == "130000/雄安新区"
    assert areas["雄安新区"].shorts == ("雄安",)
    assert all(not a.shorts for name, a in areas.items() if name != "雄安新区")
    for district in ("浦东新区", "滨海新区", "两江新区"):  # divisions of the table, with their codes
        assert district not in areas
        assert gaz.lookup(district)[0].code.isdigit()


def test_short_forms_are_only_those_unambiguous_in_news() -> None:
    assert new_areas()["雄安"].name == "雄安新区"
    for stem in ("天府", "两江", "南沙", "兰州", "湘江", "江北", "西海岸", "西咸", "贵安"):
        assert stem not in new_areas()


def test_iri_of_a_new_area_is_deterministic_and_no_code() -> None:
    key = new_areas()["西咸新区"].key
    assert Minter().place(key) == Minter().place(key)
    assert "610000" not in str(Minter().place(key))


# ------------------------------------------------------------------ mentions and the hierarchy


def test_new_area_is_a_place_of_its_province_without_a_code() -> None:
    ex = extract("王小明到滇中新区考察物流园区建设。")
    place = next(p for p in ex.places if p.name == "滇中新区")
    assert (place.level, place.code) == (LEVEL, None)
    assert parents(ex)["滇中新区"] == "云南省"
    assert parents(ex)["云南省"] == "中国"


def test_province_written_before_the_new_area_is_its_parent_once() -> None:
    ex = extract("李华在陕西西咸新区出席一场推介会。")
    assert parents(ex)["西咸新区"] == "陕西省"
    assert {m.text for m in ex.mentions if m.label == "Place"} >= {"陕西", "西咸新区"}


def test_city_inside_a_new_areas_name_names_no_division() -> None:
    ex = extract("甘肃兰州新区和浙江舟山群岛新区签订合作协议。")
    assert parents(ex)["兰州新区"] == "甘肃省"
    assert parents(ex)["舟山群岛新区"] == "浙江省"
    assert "兰州市" not in parents(ex)
    assert "舟山市" not in parents(ex)


def test_counties_a_new_area_covers_stay_their_prefectures() -> None:
    ex = extract("雄安新区统筹容城县、安新县的棚户区改造。")
    assert parents(ex)["容城县"] == "保定市"
    assert parents(ex)["安新县"] == "保定市"
    assert parents(ex)["雄安新区"] == "河北省"


def test_short_form_alone_names_the_new_area() -> None:
    ex = extract("一批高校将陆续迁往雄安，李华说。")
    place = next(p for p in ex.places if p.name == "雄安新区")
    assert place.aliases == ("雄安",)


@pytest.mark.parametrize(
    "text",
    [
        "英雄安息，青山作证。",  # 雄安 inside 英雄安息
        "青禾县新区小学迎来新学期。",  # a county's own 新区 quarter
        "青禾高新区党工委召开会议。",  # a development zone
        "青禾经济开发区新建两座厂房。",
        "天府之国物产丰富。",  # 天府: no short form
        "两江四岸灯火通明。",  # 两江: no short form
    ],
)
def test_no_new_area_where_none_is_named(text: str) -> None:
    ex = extract(text)
    assert [p.name for p in ex.places if p.level == LEVEL and p.code is None] == []


def test_full_name_counts_where_a_word_or_a_chain_of_places_starts() -> None:
    text = "滨江北新区块"  # 江北新区 inside a word that 滨 starts: none
    assert find_new_areas(text, {0}, {6}, {}, set()) == []
    assert [h.area.name for h in find_new_areas(text, {0, 1}, {6}, {}, set())] == ["江北新区"]
    assert [h.area.name for h in find_new_areas(text, {0}, {6}, {}, {1})] == ["江北新区"]


def test_short_form_counts_only_as_a_whole_word() -> None:
    text = "英雄安息"
    tokens = tokenize(text)
    starts, ends = {t.start for t in tokens}, {t.end for t in tokens}
    assert find_new_areas(text, starts, ends, {t.start: t for t in tokens}, set()) == []
    assert [h.short for h in find_new_areas("走进雄安", {0, 2}, {2, 4}, {}, set())] == [True]


# ------------------------------------------------------------------ sub-areas


def test_new_city_written_after_a_new_area_is_its_sub_area() -> None:
    ex = extract("王小明来到西咸新区青禾新城调研。青禾新城管委会主任李华陪同。")
    sub = next(p for p in ex.places if p.name == "青禾新城")
    assert sub.level == SUB_LEVEL
    assert parents(ex)["青禾新城"] == "西咸新区"
    assert jurisdictions(ex)["李华"] == "青禾新城"


def test_building_a_new_city_is_no_sub_area() -> None:
    ex = extract("雄安新区建设新城市的步伐加快。")
    assert [p.name for p in ex.places if p.level == SUB_LEVEL and p.code is None] == []
    assert "雄安新区" in parents(ex)


# ------------------------------------------------------------------ organisations, posts, events


def test_post_in_a_new_areas_committees_has_the_new_area_as_jurisdiction() -> None:
    ex = extract("滇中新区党工委书记王小明、滇中新区管委会常务副主任李华出席开幕式。")
    assert jurisdictions(ex) == {"王小明": "滇中新区", "李华": "滇中新区"}


def test_post_in_a_city_organ_stays_the_citys() -> None:
    ex = extract("福州市副市长王小明在福州新区调研。")
    assert jurisdictions(ex)["王小明"] == "福州市"
    assert parents(ex)["福州新区"] == "福建省"


def test_event_in_a_new_area_is_there() -> None:
    ex = extract("5月6日，吉林省副省长王小明在长春新区调研。")
    ev = event(ex)
    assert ex.place(ev.place or "") is not None
    assert ex.place(ev.place or "").name == "长春新区"  # type: ignore[union-attr]


def test_event_in_a_county_written_after_its_new_area_is_in_the_county() -> None:
    ex = extract("5月6日，王小明在雄安新区容城县调研。")
    place = ex.place(event(ex).place or "")
    assert place is not None and place.name == "容城县"


def test_covers_only_counties_of_the_new_areas_province() -> None:
    gaz = gazetteer()
    key = new_areas()["雄安新区"].key

    def county(name: str) -> Place:
        div = gaz.lookup(name)[0]
        return Place(div.code, div.name, div.level, div.code, div.parent)

    assert covers(key, county("容城县"))
    assert not covers(key, county("和林格尔县"))  # another province
    assert not covers(key, county("保定市"))  # a prefecture, not a county
    assert not covers("130000", county("容城县"))  # a division is no new area
